package se.samspel.escalation.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samspel.common.http.Page;
import se.samspel.common.http.Paging;
import se.samspel.common.http.ProblemResponses;
import se.samspel.escalation.application.EscalationViews;
import se.samspel.escalation.application.EscalationViews.EscalationView;
import se.samspel.escalation.application.ReadEscalations;
import se.samspel.organisation.application.CurrentCaller;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.Roles;
import se.samspel.request.domain.RequestReader;

/** A manager's list of the open requests that reached them or the people below them. */
@Path("/api/escalations")
@Tag(name = "Escalation")
@RolesAllowed(Roles.MEMBER)
@Produces(MediaType.APPLICATION_JSON)
public class EscalationListResource {

  private final ReadEscalations read;
  private final OrganisationDirectory directory;
  private final EscalationViews views;
  private final CurrentCaller caller;

  public EscalationListResource(
      ReadEscalations read,
      OrganisationDirectory directory,
      EscalationViews views,
      CurrentCaller caller) {
    this.read = read;
    this.directory = directory;
    this.views = views;
    this.caller = caller;
  }

  @GET
  @Operation(
      summary = "Escalations in my part of the organisation",
      description =
          "Open requests whose waiting step is on a position I act in today (appointed, acting or"
              + " as a substitute) or on any position below those, and open requests that climbed"
              + " away from there; overdue (or stuck at the top) first, then by deadline. Each of"
              + " them I may also read with GET /api/requests/{id}. Whistleblowing reports appear"
              + " only in the whistleblower function's own chain, and never name the reporter.")
  @APIResponse(responseCode = "200", description = "A page of the list")
  @APIResponse(
      responseCode = "400",
      ref = ProblemResponses.BAD_REQUEST,
      description = "A bad page or size (size at most 100)")
  @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
  @APIResponse(
      responseCode = "403",
      ref = ProblemResponses.FORBIDDEN,
      description = "Not a person of the organisation")
  public Page<EscalationView> list(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    Paging.Request paging = Paging.of(page, size);
    PersonId me = caller.requirePerson();
    ReadEscalations.Listing listing = read.page(me, paging.page(), paging.size());
    OrganisationGraph graph = directory.current();
    RequestReader reader = views.reader(me);
    return new Page<>(
        listing.items().stream()
            .map(item -> views.of(item, graph, listing.now(), listing.day(), reader))
            .toList(),
        paging.page(),
        paging.size(),
        listing.total());
  }
}
