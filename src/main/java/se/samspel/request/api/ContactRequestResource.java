package se.samspel.request.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samspel.common.SamspelException;
import se.samspel.common.http.Page;
import se.samspel.common.http.Paging;
import se.samspel.common.http.ProblemResponses;
import se.samspel.organisation.application.CurrentCaller;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.application.PersonNames;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.PositionId;
import se.samspel.organisation.domain.Roles;
import se.samspel.organisation.domain.UnitId;
import se.samspel.policy.application.PolicyCatalog;
import se.samspel.request.application.ActOnRequest;
import se.samspel.request.application.ActOnRequest.Expected;
import se.samspel.request.application.ReadRequests;
import se.samspel.request.application.RequestViews;
import se.samspel.request.application.SubmitContactRequest;
import se.samspel.request.application.SubmitOutcome;
import se.samspel.request.domain.ContactRequest;
import se.samspel.request.domain.RequestDetails;
import se.samspel.request.domain.RequestId;

/** Contact requests: submit, follow, decide, arrange, complete, withdraw. */
@Path("/api/requests")
@Tag(name = "Contact requests")
@RolesAllowed(Roles.MEMBER)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
@APIResponse(
    responseCode = "403",
    ref = ProblemResponses.FORBIDDEN,
    description = "Not a person of the organisation")
public class ContactRequestResource {

  /** What the steps whose fields are all optional say of their body: it may be left out. */
  private static final String OPTIONAL_BODY = "May be left out: every field is optional";

  static final String REQUEST_EXAMPLE =
      "{\"id\":\"0b6f…\",\"version\":1,\"status\":\"APPROVED\",\"subject\":\"Dialog om"
          + " läsfrämjande arbete\",\"kind\":\"DIALOGUE\",\"policy\":{\"key\":\"kungsor\","
          + "\"version\":1},\"rule\":{\"id\":\"KUN-POLITICIAN-DIALOGUE\",\"section\":"
          + "\"Förtroendevalda\"},\"waiting\":{\"position\":{\"id\":\"POS-REKTOR-1\"},"
          + "\"action\":\"ARRANGE\"},\"history\":[{\"event\":\"SUBMITTED\",\"to\":"
          + "\"AWAITING_DECISION\"},{\"event\":\"APPROVED\",\"from\":\"AWAITING_DECISION\","
          + "\"to\":\"APPROVED\"}]}";

  static final String WITHDRAWN_EXAMPLE =
      "{\"id\":\"0b6f…\",\"version\":2,\"status\":\"WITHDRAWN\",\"subject\":\"Dialog om"
          + " läsfrämjande arbete\",\"kind\":\"DIALOGUE\",\"history\":[{\"event\":"
          + "\"SUBMITTED\",\"to\":\"AWAITING_DECISION\"},{\"event\":\"APPROVED\",\"from\":"
          + "\"AWAITING_DECISION\",\"to\":\"APPROVED\"},{\"event\":\"WITHDRAWN\",\"from\":"
          + "\"APPROVED\",\"to\":\"WITHDRAWN\",\"note\":\"Vi löste det på annat sätt\"}]}";

  private final SubmitContactRequest submit;
  private final ActOnRequest act;
  private final ReadRequests read;
  private final OrganisationDirectory directory;
  private final PolicyCatalog policies;
  private final CurrentCaller caller;
  private final Clock clock;

  public ContactRequestResource(
      SubmitContactRequest submit,
      ActOnRequest act,
      ReadRequests read,
      OrganisationDirectory directory,
      PolicyCatalog policies,
      CurrentCaller caller,
      Clock clock) {
    this.submit = submit;
    this.act = act;
    this.read = read;
    this.directory = directory;
    this.policies = policies;
    this.caller = caller;
    this.clock = clock;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Submit a contact request",
      description =
          "Routes the contact under the policy in force today and stores it with that route,"
              + " the policy version and the rule. A free or forbidden contact is not stored:"
              + " 422 says why and quotes the rule.")
  @APIResponse(
      responseCode = "201",
      description = "Stored; Location names it",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "request", value = REQUEST_EXAMPLE)))
  @APIResponse(
      responseCode = "400",
      ref = ProblemResponses.BAD_REQUEST,
      description = "A missing or malformed field")
  @APIResponse(
      responseCode = "422",
      ref = ProblemResponses.UNPROCESSABLE,
      description =
          "The contact is free (contact-free), forbidden (contact-not-permitted), has no rule"
              + " (no-rule) or a route the organisation cannot follow (route-unresolvable)")
  public Response submit(@NotNull @Valid RequestCommands.SubmitRequest body) {
    if (body.wishedFrom() != null
        && body.wishedTo() != null
        && body.wishedTo().isBefore(body.wishedFrom())) {
      throw SamspelException.invalid("wishedTo", "is before wishedFrom");
    }
    SubmitOutcome outcome =
        submit.submit(
            caller.requirePerson(),
            body.contact().toCommand(),
            new RequestDetails(
                body.subject().trim(),
                Optional.ofNullable(body.purpose()),
                Optional.ofNullable(body.wishedFrom()),
                Optional.ofNullable(body.wishedTo())));
    if (!(outcome instanceof SubmitOutcome.Submitted submitted)) {
      throw SubmitRefusals.problem((SubmitOutcome.Refused) outcome);
    }
    ContactRequest request = submitted.request();
    return Response.created(URI.create("/api/requests/" + request.id().value()))
        .tag(etag(request))
        .entity(view(request))
        .build();
  }

  @GET
  @Path("/mine")
  @Operation(summary = "My requests, newest first")
  @APIResponse(responseCode = "200", description = "A page of my requests")
  public Page<RequestViews.SummaryView> mine(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    Paging.Request paging = Paging.of(page, size);
    ReadRequests.Mine mine = read.mine(caller.requirePerson(), paging.page(), paging.size());
    OrganisationGraph graph = directory.current();
    PersonNames names = directory.names();
    LocalDate day = LocalDate.now(clock);
    return new Page<>(
        mine.items().stream()
            .map(s -> RequestViews.summary(s, graph, names, day, mine.reader().of(s)))
            .toList(),
        paging.page(),
        paging.size(),
        mine.total());
  }

  /** The inbox: a page of what waits on me, oldest first, and counts per status. */
  public record InboxView(Map<String, Long> counts, Page<RequestViews.SummaryView> requests) {}

  @GET
  @Path("/inbox")
  @Operation(summary = "What waits on my positions today, oldest first, with counts")
  @APIResponse(responseCode = "200", description = "My inbox")
  public InboxView inbox(@QueryParam("page") String page, @QueryParam("size") String size) {
    Paging.Request paging = Paging.of(page, size);
    ReadRequests.Inbox inbox = read.inbox(caller.requirePerson(), paging.page(), paging.size());
    OrganisationGraph graph = directory.current();
    PersonNames names = directory.names();
    LocalDate day = LocalDate.now(clock);
    Map<String, Long> counts = new TreeMap<>();
    inbox.counts().forEach((status, n) -> counts.put(status.name(), n));
    return new InboxView(
        counts,
        new Page<>(
            inbox.items().stream()
                .map(s -> RequestViews.summary(s, graph, names, day, inbox.reader().of(s)))
                .toList(),
            paging.page(),
            paging.size(),
            inbox.total()));
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "A request with its route and history (for the people it involves)")
  @APIResponse(
      responseCode = "200",
      description = "The request; ETag carries its version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "request", value = REQUEST_EXAMPLE)))
  @APIResponse(
      responseCode = "404",
      ref = ProblemResponses.NOT_FOUND,
      description = "No such request, or not one you take part in")
  public Response get(@PathParam("id") String id) {
    ContactRequest request = read.get(caller.requirePerson(), requestId(id));
    return Response.ok(view(request)).tag(etag(request)).build();
  }

  @POST
  @Path("/{id}/approve")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Approve (department head), naming the responsible manager who arranges it")
  @APIResponse(responseCode = "200", description = "Approved")
  @APIResponse(
      responseCode = "400",
      ref = ProblemResponses.BAD_REQUEST,
      description = "A malformed field, or a note or manager id too long")
  @APIResponse(
      responseCode = "403",
      ref = ProblemResponses.FORBIDDEN,
      description = "You do not hold the position this step waits on")
  @APIResponse(
      responseCode = "404",
      ref = ProblemResponses.NOT_FOUND,
      description = "No such request, or not one you take part in")
  @APIResponse(
      responseCode = "409",
      ref = ProblemResponses.CONFLICT,
      description = "Not awaiting a decision, decided already, or changed at the same time")
  public Response approve(
      @PathParam("id") String id,
      @RequestBody(required = false, description = OPTIONAL_BODY) @Valid
          RequestCommands.Approve body) {
    RequestCommands.Approve b = body == null ? new RequestCommands.Approve(null, null, null) : body;
    return answer(
        act.approve(
            caller.requirePerson(),
            requestId(id),
            Optional.ofNullable(b.responsibleManager()).map(m -> new PositionId(m.trim())),
            Optional.ofNullable(b.note()),
            new Expected(Optional.ofNullable(b.version()))));
  }

  @POST
  @Path("/{id}/decline")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Decline (department head), with a reason")
  @APIResponse(responseCode = "200", description = "Declined")
  @APIResponse(
      responseCode = "400",
      ref = ProblemResponses.BAD_REQUEST,
      description = "No reason given, a reason too long, or a malformed field")
  @APIResponse(
      responseCode = "403",
      ref = ProblemResponses.FORBIDDEN,
      description = "You do not hold the position this step waits on")
  @APIResponse(
      responseCode = "404",
      ref = ProblemResponses.NOT_FOUND,
      description = "No such request, or not one you take part in")
  @APIResponse(
      responseCode = "409",
      ref = ProblemResponses.CONFLICT,
      description = "Not awaiting a decision, or changed at the same time")
  public Response decline(
      @PathParam("id") String id, @NotNull @Valid RequestCommands.Decline body) {
    return answer(
        act.decline(
            caller.requirePerson(),
            requestId(id),
            body.reason(),
            new Expected(Optional.ofNullable(body.version()))));
  }

  @POST
  @Path("/{id}/redirect")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Redirect (department head) to another department or the right forum")
  @APIResponse(responseCode = "200", description = "Redirected")
  @APIResponse(
      responseCode = "400",
      ref = ProblemResponses.BAD_REQUEST,
      description = "No reason given, a field too long, or a malformed field")
  @APIResponse(
      responseCode = "403",
      ref = ProblemResponses.FORBIDDEN,
      description = "You do not hold the position this step waits on")
  @APIResponse(
      responseCode = "404",
      ref = ProblemResponses.NOT_FOUND,
      description = "No such request, or not one you take part in")
  @APIResponse(
      responseCode = "409",
      ref = ProblemResponses.CONFLICT,
      description = "Not awaiting a decision, or changed at the same time")
  public Response redirect(
      @PathParam("id") String id, @NotNull @Valid RequestCommands.Redirect body) {
    return answer(
        act.redirect(
            caller.requirePerson(),
            requestId(id),
            Optional.ofNullable(body.department()).map(d -> new UnitId(d.trim())),
            Optional.ofNullable(body.forum()),
            body.reason(),
            new Expected(Optional.ofNullable(body.version()))));
  }

  @POST
  @Path("/{id}/arrange")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Mark arranged (the responsible manager)")
  @APIResponse(responseCode = "200", description = "Arranged")
  @APIResponse(
      responseCode = "400",
      ref = ProblemResponses.BAD_REQUEST,
      description = "A note too long, or a malformed field")
  @APIResponse(
      responseCode = "403",
      ref = ProblemResponses.FORBIDDEN,
      description = "You are not the responsible manager")
  @APIResponse(
      responseCode = "404",
      ref = ProblemResponses.NOT_FOUND,
      description = "No such request, or not one you take part in")
  @APIResponse(
      responseCode = "409",
      ref = ProblemResponses.CONFLICT,
      description = "Not approved, or changed at the same time")
  public Response arrange(
      @PathParam("id") String id,
      @RequestBody(required = false, description = OPTIONAL_BODY) @Valid
          RequestCommands.Step body) {
    RequestCommands.Step b = step(body);
    return answer(
        act.arrange(
            caller.requirePerson(),
            requestId(id),
            Optional.ofNullable(b.note()),
            new Expected(Optional.ofNullable(b.version()))));
  }

  @POST
  @Path("/{id}/resolve")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Resolve a handling or answering step (its holder)")
  @APIResponse(responseCode = "200", description = "Resolved")
  @APIResponse(
      responseCode = "400",
      ref = ProblemResponses.BAD_REQUEST,
      description = "A note too long, or a malformed field")
  @APIResponse(
      responseCode = "403",
      ref = ProblemResponses.FORBIDDEN,
      description = "You do not hold the position this step waits on")
  @APIResponse(
      responseCode = "404",
      ref = ProblemResponses.NOT_FOUND,
      description = "No such request, or not one you take part in")
  @APIResponse(
      responseCode = "409",
      ref = ProblemResponses.CONFLICT,
      description = "Nothing to resolve, or changed at the same time")
  public Response resolve(
      @PathParam("id") String id,
      @RequestBody(required = false, description = OPTIONAL_BODY) @Valid
          RequestCommands.Step body) {
    RequestCommands.Step b = step(body);
    return answer(
        act.resolve(
            caller.requirePerson(),
            requestId(id),
            Optional.ofNullable(b.note()),
            new Expected(Optional.ofNullable(b.version()))));
  }

  @POST
  @Path("/{id}/complete")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Mark completed: the contact took place (requester or arranger)")
  @APIResponse(responseCode = "200", description = "Completed")
  @APIResponse(
      responseCode = "400",
      ref = ProblemResponses.BAD_REQUEST,
      description = "A note too long, or a malformed field")
  @APIResponse(
      responseCode = "403",
      ref = ProblemResponses.FORBIDDEN,
      description = "Neither the requester nor the arranger")
  @APIResponse(
      responseCode = "404",
      ref = ProblemResponses.NOT_FOUND,
      description = "No such request, or not one you take part in")
  @APIResponse(
      responseCode = "409",
      ref = ProblemResponses.CONFLICT,
      description = "Not arranged, or changed at the same time")
  public Response complete(
      @PathParam("id") String id,
      @RequestBody(required = false, description = OPTIONAL_BODY) @Valid
          RequestCommands.Step body) {
    RequestCommands.Step b = step(body);
    return answer(
        act.complete(
            caller.requirePerson(),
            requestId(id),
            Optional.ofNullable(b.note()),
            new Expected(Optional.ofNullable(b.version()))));
  }

  @POST
  @Path("/{id}/withdraw")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Withdraw my request, until it is arranged",
      description =
          "The requester withdraws the request while it is AWAITING_DECISION, AWAITING_ACTION or"
              + " APPROVED: an approved request may still be withdrawn, an ARRANGED one no longer"
              + " (nor a COMPLETED, DECLINED, REDIRECTED or WITHDRAWN one): 409"
              + " invalid-transition. The steps still waiting are skipped, the history records"
              + " the withdrawal with the optional note as its reason, and whoever approved the"
              + " request and whoever it waited on (the approver still to decide, the manager who"
              + " was to arrange it) are notified (event REQUEST_WITHDRAWN). A withdrawal is"
              + " serialised with other changes of the request by its version: without a"
              + " version it applies to the request as it is when it is stored, so an approval"
              + " at the same moment either comes first (both succeed, the approver is told) or"
              + " finds the request withdrawn (409); of an arrangement and a withdrawal at once"
              + " exactly one succeeds. With a version, a request that has moved on gives 409"
              + " stale-version.")
  @APIResponse(
      responseCode = "200",
      description = "Withdrawn; the request with its new version (ETag)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "withdrawn", value = WITHDRAWN_EXAMPLE)))
  @APIResponse(
      responseCode = "400",
      ref = ProblemResponses.BAD_REQUEST,
      description = "A note too long, or a malformed field")
  @APIResponse(
      responseCode = "403",
      ref = ProblemResponses.FORBIDDEN,
      description = "Not your request")
  @APIResponse(
      responseCode = "404",
      ref = ProblemResponses.NOT_FOUND,
      description = "No such request, or not one you take part in")
  @APIResponse(
      responseCode = "409",
      ref = ProblemResponses.CONFLICT,
      description =
          "invalid-transition: arranged or closed already; stale-version: not at the version"
              + " given; concurrent-modification: it kept changing at the same time")
  public Response withdraw(
      @PathParam("id") String id,
      @RequestBody(required = false, description = OPTIONAL_BODY) @Valid
          RequestCommands.Step body) {
    RequestCommands.Step b = step(body);
    return answer(
        act.withdraw(
            caller.requirePerson(),
            requestId(id),
            Optional.ofNullable(b.note()),
            new Expected(Optional.ofNullable(b.version()))));
  }

  private static RequestCommands.Step step(RequestCommands.Step body) {
    return body == null ? new RequestCommands.Step(null, null) : body;
  }

  private Response answer(ContactRequest request) {
    return Response.ok(view(request)).tag(etag(request)).build();
  }

  /** The request as the caller may see it: {@link ReadRequests#reader} decides, once for all. */
  private RequestViews.RequestView view(ContactRequest request) {
    return RequestViews.of(
        request,
        directory.current(),
        directory.names(),
        policies.version(request.routedUnder().policyKey(), request.routedUnder().policyVersion()),
        LocalDate.now(clock),
        read.reader(caller.requirePerson()).of(request));
  }

  private static EntityTag etag(ContactRequest request) {
    return new EntityTag(Long.toString(request.version()));
  }

  private static RequestId requestId(String id) {
    return RequestId.parse(id)
        .orElseThrow(() -> SamspelException.notFound("request", String.valueOf(id)));
  }
}
