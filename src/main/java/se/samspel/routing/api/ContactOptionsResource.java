package se.samspel.routing.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samspel.common.http.ProblemResponses;
import se.samspel.organisation.application.CurrentCaller;
import se.samspel.organisation.domain.Roles;
import se.samspel.policy.domain.ContactContext;
import se.samspel.policy.domain.ContactFlag;
import se.samspel.policy.domain.ContactKind;
import se.samspel.policy.domain.QuestionType;
import se.samspel.routing.application.ContactOffer;
import se.samspel.routing.application.ContactOptions;
import se.samspel.routing.application.RouteViews;

/** "What may I ask for": the contact kinds and circumstances the policy in force offers me. */
@Path("/api/contact-options")
@Tag(name = "Routing")
@RolesAllowed(Roles.MEMBER)
public class ContactOptionsResource {

  /** What a politician of Kungsör is offered (the demo's {@code politiker}). */
  static final String EXAMPLE =
      "{\"policy\":{\"key\":\"kungsor\",\"version\":1,\"municipality\":\"Kungsörs kommun\","
          + "\"title\":\"Riktlinje för samspel mellan förtroendevalda politiker och"
          + " tjänstepersoner\"},\"kinds\":[\"DIALOGUE\",\"FACTUAL_QUESTION\","
          + "\"SITE_VISIT_COORDINATED\",\"SITE_VISIT_SPONTANEOUS\",\"PARTY_GROUP_INFORMATION\","
          + "\"GREY_ZONE_QUESTION\",\"SUSPECTED_WRONGDOING\",\"DECISION_OR_EXECUTION_UNCLEAR\","
          + "\"CHANGE_DELEGATED_DECISION\",\"STEER_INDIVIDUAL_CASE\"],\"contexts\":[\"ON_DUTY\","
          + "\"OFF_DUTY\"],\"questions\":[\"WHAT\",\"HOW\",\"UNCLEAR\",\"PROPOSAL\"],\"flags\":[]}";

  /**
   * What the caller may ask for.
   *
   * @param kinds the contact kinds offered ({@code kind} of a preview or request)
   * @param contexts the values of {@code context} worth asking for; empty: always {@code ON_DUTY}
   * @param questions the values of {@code question} worth asking for; empty: none is needed
   * @param flags the circumstances worth stating ({@code purposeStated}, {@code
   *     concernsNearestManager}, {@code strategic} of a preview or request)
   */
  public record ContactOptionsView(
      RouteViews.PolicyRef policy,
      List<ContactKind> kinds,
      List<ContactContext> contexts,
      List<QuestionType> questions,
      List<ContactFlag> flags) {}

  private final ContactOptions options;
  private final CurrentCaller caller;

  public ContactOptionsResource(ContactOptions options, CurrentCaller caller) {
    this.options = options;
    this.caller = caller;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "What I may ask for under the policy in force",
      description =
          "The contact kinds the policy in force today decides for a requester in one of the"
              + " caller's positions and a target in the organisation, and which circumstances"
              + " (on or off duty, the kind of question, the flags) its rules depend on: what the"
              + " contact form offers. Read from the policy's rules.")
  @APIResponse(
      responseCode = "200",
      description = "The offer; no kinds for a caller who holds no position today",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ContactOptionsView.class),
              examples = @ExampleObject(name = "politician", value = EXAMPLE)))
  @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
  @APIResponse(
      responseCode = "403",
      ref = ProblemResponses.FORBIDDEN,
      description = "Not a person of the organisation")
  @APIResponse(
      responseCode = "409",
      ref = ProblemResponses.CONFLICT,
      description = "No version of the guideline is in force today (no-active-policy)")
  public ContactOptionsView options() {
    ContactOffer offer = options.offeredTo(caller.requirePerson());
    return new ContactOptionsView(
        RouteViews.policyRef(offer.policy()),
        offer.kinds(),
        offer.contexts(),
        offer.questions(),
        offer.flags());
  }
}
