package se.samspel.routing.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samspel.common.http.ProblemResponses;
import se.samspel.organisation.application.CurrentCaller;
import se.samspel.organisation.domain.Roles;
import se.samspel.routing.application.RouteContact;
import se.samspel.routing.application.RoutePlan;
import se.samspel.routing.application.RouteViews;

/** "Who do I contact, and why": the route a contact must take, computed without storing it. */
@Path("/api/routes/preview")
@Tag(name = "Routing")
@RolesAllowed(Roles.MEMBER)
public class RoutePreviewResource {

  static final String REQUEST_EXAMPLE =
      "{\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\",\"context\":\"ON_DUTY\"}";
  static final String ROUTE_EXAMPLE =
      "{\"policy\":{\"key\":\"kungsor\",\"version\":1,\"municipality\":\"Kungsörs kommun\"},"
          + "\"outcome\":\"ROUTE\",\"rule\":{\"id\":\"KUN-POLITICIAN-DIALOGUE\",\"section\":"
          + "\"Förtroendevalda\",\"quote\":\"Regeln är att alltid först ha kontakt med"
          + " förvaltningschefen …\"},\"hops\":[{\"order\":1,\"position\":{\"id\":\"POS-FC-BUF\","
          + "\"title\":\"Förvaltningschef\"},\"holder\":{\"id\":\"P-FC-BUF\",\"name\":\"Lars Ek\"},"
          + "\"action\":\"APPROVE\"},{\"order\":2,\"position\":{\"id\":\"POS-REKTOR-1\","
          + "\"title\":\"Rektor\"},\"action\":\"ARRANGE\"}]}";

  private final RouteContact routeContact;
  private final CurrentCaller caller;

  public RoutePreviewResource(RouteContact routeContact, CurrentCaller caller) {
    this.routeContact = routeContact;
    this.caller = caller;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Preview the route a contact must take",
      description =
          "Computes, under the policy in force today and the organisation as it is now, the"
              + " prescribed route hop by hop (position, holder, action, rule and quote), or that"
              + " the contact is free (with the first contact the guideline recommends, when its"
              + " rule recommends one: give concernsUnit to have it named), direct for this"
              + " requester (outcome DIRECT: every step of the route would be the requester's"
              + " own, so nobody approves their own contact), not permitted, or without a rule"
              + " (askFirst names whom to ask, never the person contacted). Nothing is stored.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "dialogue", value = REQUEST_EXAMPLE)))
  @APIResponse(
      responseCode = "200",
      description = "The route, or the rule that makes it free or forbids it",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "route", value = ROUTE_EXAMPLE)))
  @APIResponse(
      responseCode = "400",
      ref = ProblemResponses.BAD_REQUEST,
      description = "A missing or malformed field")
  @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
  @APIResponse(
      responseCode = "403",
      ref = ProblemResponses.FORBIDDEN,
      description = "Not a person of the organisation")
  @APIResponse(
      responseCode = "404",
      ref = ProblemResponses.NOT_FOUND,
      description = "The target does not exist")
  @APIResponse(
      responseCode = "409",
      ref = ProblemResponses.CONFLICT,
      description = "No version of the guideline is in force today")
  @APIResponse(
      responseCode = "422",
      ref = ProblemResponses.UNPROCESSABLE,
      description = "The target is ambiguous (a person with several positions) or has no leader")
  public RouteViews.RouteView preview(@NotNull @Valid RoutePreviewRequest request) {
    RoutePlan plan = routeContact.route(caller.requirePerson(), request.toCommand());
    return RouteViews.of(
        plan,
        request.requesterExternal() == null ? null : request.requesterExternal().name(),
        request.target() == null || request.target().external() == null
            ? null
            : request.target().external().name());
  }
}
