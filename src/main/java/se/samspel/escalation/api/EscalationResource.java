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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samspel.common.SamspelException;
import se.samspel.common.http.ProblemResponses;
import se.samspel.escalation.application.EscalateRequest;
import se.samspel.organisation.application.CurrentCaller;
import se.samspel.organisation.domain.Roles;
import se.samspel.request.domain.ContactRequest;
import se.samspel.request.domain.RequestId;

/** Taking a matter, or escalating it by hand, at the level where it waits. */
@Path("/api/requests/{id}")
@Tag(name = "Escalation")
@RolesAllowed(Roles.MEMBER)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
@APIResponse(
    responseCode = "403",
    ref = ProblemResponses.FORBIDDEN,
    description = "You do not hold the position the request waits on")
@APIResponse(
    responseCode = "404",
    ref = ProblemResponses.NOT_FOUND,
    description = "No such request, or not one you take part in")
@APIResponse(
    responseCode = "409",
    ref = ProblemResponses.CONFLICT,
    description = "Nothing waits on it, it was taken already, or it changed at the same time")
public class EscalationResource {

  private final EscalateRequest escalate;
  private final CurrentCaller caller;

  public EscalationResource(EscalateRequest escalate, CurrentCaller caller) {
    this.escalate = escalate;
    this.caller = caller;
  }

  /** Why the holder cannot solve it at their level. */
  public record EscalateBody(
      @NotBlank
          @Size(max = ContactRequest.MAX_NOTE_LENGTH)
          @Schema(example = "Kräver beslut om extra resurser")
          String reason) {}

  /** The new state of the request's waiting step. */
  public record EscalationAnswer(
      String id, long version, String status, String waitingOn, String dueAt, boolean stuckAtTop) {}

  @POST
  @Path("/acknowledge")
  @Operation(
      summary = "Take the matter at my level",
      description =
          "Stops the escalation clock of the waiting step until the next deadline the policy sets.")
  @APIResponse(responseCode = "200", description = "Taken; the answer gives the new deadline")
  public EscalationAnswer acknowledge(@PathParam("id") String id) {
    return answer(escalate.acknowledge(caller.requirePerson(), requestId(id)));
  }

  @POST
  @Path("/escalate")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Escalate by hand: it cannot be solved at my level",
      description =
          "Moves the waiting step to the next level of the chain as the organisation stands now,"
              + " recording the reason. At the top of the chain the request is flagged stuck.")
  @APIResponse(responseCode = "200", description = "Escalated (or flagged stuck at the top)")
  @APIResponse(
      responseCode = "400",
      ref = ProblemResponses.BAD_REQUEST,
      description = "No reason given")
  public EscalationAnswer escalate(@PathParam("id") String id, @NotNull @Valid EscalateBody body) {
    return answer(escalate.escalateByHand(caller.requirePerson(), requestId(id), body.reason()));
  }

  private static EscalationAnswer answer(se.samspel.request.domain.ContactRequest r) {
    return new EscalationAnswer(
        r.id().value(),
        r.version(),
        r.status().name(),
        r.current().map(h -> h.position().value()).orElse(null),
        r.current().flatMap(h -> h.dueAt()).map(Object::toString).orElse(null),
        r.isStuckAtTop());
  }

  private static RequestId requestId(String id) {
    return RequestId.parse(id)
        .orElseThrow(() -> SamspelException.notFound("request", String.valueOf(id)));
  }
}
