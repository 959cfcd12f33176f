package se.samspel.escalation.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samspel.common.SamspelException;
import se.samspel.common.http.ProblemResponses;
import se.samspel.escalation.application.TakeQuickDecision;
import se.samspel.organisation.application.CurrentCaller;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.domain.Roles;
import se.samspel.policy.application.PolicyCatalog;
import se.samspel.request.application.ActOnRequest.Expected;
import se.samspel.request.application.ReadRequests;
import se.samspel.request.application.RequestViews;
import se.samspel.request.domain.ContactRequest;
import se.samspel.request.domain.RequestId;

/**
 * "Quick decision taken" on an acute matter: the request is settled at the level where it waits and
 * the level above is informed at once, as the guideline's quick-decision clause says (Kungsör,
 * <i>Allas ansvar tillsammans är att</i>: "Då ska berörd ansvarig informeras utan dröjsmål.").
 */
@Path("/api/requests/{id}")
@Tag(name = "Escalation")
@RolesAllowed(Roles.MEMBER)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
public class QuickDecisionResource {

  static final String SETTLED_EXAMPLE =
      "{\"id\":\"0b6f…\",\"version\":2,\"status\":\"COMPLETED\",\"subject\":\"Vattenläcka i"
          + " skolköket\",\"kind\":\"ACUTE_MATTER\",\"rule\":{\"id\":\"KUN-ACUTE\",\"section\":"
          + "\"Kommunikation i akuta frågor\"},\"history\":[{\"event\":\"SUBMITTED\",\"to\":"
          + "\"AWAITING_ACTION\"},{\"event\":\"QUICK_DECISION_TAKEN\",\"from\":"
          + "\"AWAITING_ACTION\",\"to\":\"COMPLETED\",\"note\":\"Köket stängt, eleverna äter i"
          + " matsalen B (informed POS-FCHEF-BUF)\"}]}";

  private final TakeQuickDecision quickDecision;
  private final ReadRequests read;
  private final OrganisationDirectory directory;
  private final PolicyCatalog policies;
  private final CurrentCaller caller;
  private final Clock clock;

  public QuickDecisionResource(
      TakeQuickDecision quickDecision,
      ReadRequests read,
      OrganisationDirectory directory,
      PolicyCatalog policies,
      CurrentCaller caller,
      Clock clock) {
    this.quickDecision = quickDecision;
    this.read = read;
    this.directory = directory;
    this.policies = policies;
    this.caller = caller;
    this.clock = clock;
  }

  /** What was decided, and optionally the version it was decided on. */
  public record QuickDecisionBody(
      @NotBlank
          @Size(max = ContactRequest.MAX_NOTE_LENGTH)
          @Schema(example = "Köket stängt, eleverna äter i matsal B")
          String note,
      @Schema(description = "The version the decision was made on (from GET); 409 if stale")
          Long version) {}

  @POST
  @Path("/quick-decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Quick decision taken: settle an acute matter and inform the level above at once",
      description =
          "Whoever may act on the request's waiting HANDLE step (its holder, acting holder or"
              + " substitute) records that an acute situation required a quick decision, with a"
              + " note saying what was decided. The step is done and the request COMPLETED; its"
              + " history records QUICK_DECISION_TAKEN with the note and the position informed."
              + " The level the rule's quickDecision clause names, relative to the position that"
              + " took the decision (Kungsör: the nearest manager above it), is resolved as the"
              + " escalation ladder resolves its targets (a vacant post is passed over) and"
              + " notified at once (event QUICK_DECISION_TAKEN, reason ACUTE_INFORMATION). Only"
              + " rules whose guideline says so allow it (Kungsör's acute rules, citing Allas"
              + " ansvar tillsammans är att: \"Då ska berörd ansvarig informeras utan"
              + " dröjsmål.\"); every other request answers 409 quick-decision-not-in-guideline.")
  @APIResponse(
      responseCode = "200",
      description = "Settled; the request with its new version (ETag)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "settled", value = SETTLED_EXAMPLE)))
  @APIResponse(
      responseCode = "400",
      ref = ProblemResponses.BAD_REQUEST,
      description = "No note, a note too long, or a malformed field")
  @APIResponse(
      responseCode = "403",
      ref = ProblemResponses.FORBIDDEN,
      description = "You take part in the request but do not act in the position it waits on")
  @APIResponse(
      responseCode = "404",
      ref = ProblemResponses.NOT_FOUND,
      description = "No such request, or not one you take part in")
  @APIResponse(
      responseCode = "409",
      ref = ProblemResponses.CONFLICT,
      description =
          "quick-decision-not-in-guideline: the request's rule allows no quick decision;"
              + " invalid-transition: closed, or the waiting step is not to handle; stale-version:"
              + " not at the version given; concurrent-modification: it changed at the same time")
  public Response take(@PathParam("id") String id, @NotNull @Valid QuickDecisionBody body) {
    ContactRequest request =
        quickDecision.take(
            caller.requirePerson(),
            requestId(id),
            body.note().trim(),
            new Expected(Optional.ofNullable(body.version())));
    return Response.ok(
            RequestViews.of(
                request,
                directory.current(),
                directory.names(),
                policies.version(
                    request.routedUnder().policyKey(), request.routedUnder().policyVersion()),
                LocalDate.now(clock),
                read.reader(caller.requirePerson()).of(request)))
        .tag(new EntityTag(Long.toString(request.version())))
        .build();
  }

  private static RequestId requestId(String id) {
    return RequestId.parse(id)
        .orElseThrow(() -> SamspelException.notFound("request", String.valueOf(id)));
  }
}
