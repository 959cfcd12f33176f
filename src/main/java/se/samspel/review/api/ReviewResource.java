package se.samspel.review.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samspel.common.SamspelException;
import se.samspel.common.http.ProblemResponses;
import se.samspel.common.http.RateLimited;
import se.samspel.organisation.application.CurrentCaller;
import se.samspel.review.application.ProduceReview;
import se.samspel.review.application.ReviewAccess;
import se.samspel.review.application.ReviewCsv;
import se.samspel.review.application.ReviewViews;
import se.samspel.review.domain.Review;

/**
 * The yearly review: the full version for KD, the KSO and auditors, and the anonymised version for
 * anyone, without login. Both as JSON or CSV.
 */
@Path("/api")
@Tag(name = "Review")
public class ReviewResource {

  static final String CSV = "text/csv";

  static final String FULL_EXAMPLE =
      "{\"period\":{\"from\":\"2025-11-24\",\"to\":\"2026-11-24\",\"lastDay\":\"2026-11-23\","
          + "\"label\":\"last-12-months\"},\"policy\":\"kungsor v1\",\"owners\":[{\"role\":\"KD\","
          + "\"title\":\"Kommundirektör\",\"holder\":\"Karin Dahl\"}],\"attached\":{\"section\":"
          + "\"Uppföljning\",\"quote\":\"Kommundirektör och kommunstyrelsens ordförande ansvarar"
          + " tillsammans …\",\"evaluationQuestions\":[\"Är det något som är oklart i riktlinjen"
          + " …\"]},\"deviations\":{\"total\":4,\"byRule\":[{\"ruleId\":\"KUN-POLITICIAN-DIALOGUE\","
          + "\"title\":\"Dialog …\",\"count\":4}],\"byDepartment\":[{\"unitId\":\"BUF\",\"name\":"
          + "\"Barn- och utbildningsförvaltningen\",\"count\":4}],\"byRoles\":[{\"requesterRole\":"
          + "\"ELECTED_MEMBER\",\"targetRole\":\"STAFF_MEMBER\",\"count\":4}],\"perMonth\":[{"
          + "\"month\":\"2025-11\",\"count\":0}],\"departmentRule\":\"A deviation counts under"
          + " the requester's department, or the target's when the requester has none …\"},"
          + "\"escalations\":{\"perLevel\":[{\"level\":1,"
          + "\"hops\":3}],\"timeToResolution\":{\"count\":5,\"median\":{\"iso\":\"PT26H\",\"hours\":"
          + "26.00},\"p90\":{\"iso\":\"PT50H\",\"hours\":50.00}}},\"approvalLeadTimes\":{\"count\":"
          + "7,\"median\":{\"iso\":\"PT3H30M\",\"hours\":3.50},\"p90\":{\"iso\":\"PT20H\",\"hours\":"
          + "20.00}},\"siteVisits\":{\"spontaneous\":2,\"coordinated\":6,\"spontaneousShare\":0.25,"
          + "\"coordinatedShare\":0.75},\"stuckAtTop\":{\"count\":1,\"requests\":[{\"requestId\":"
          + "\"6f1c…\",\"since\":\"2026-10-02T08:00:00Z\",\"waitingOn\":\"kd\"}]},"
          + "\"recordHeadHash\":null}";
  static final String PUBLIC_EXAMPLE =
      "{\"period\":{\"from\":\"2022-10-15\",\"to\":\"2026-10-15\",\"lastDay\":\"2026-10-14\","
          + "\"label\":\"term 2022–2026\"},\"suppressedBelow\":\"<3\",\"owners\":"
          + "[\"Kommundirektör\",\"Kommunstyrelsens ordförande\"],\"deviations\":{\"total\":\"12\","
          + "\"byDepartment\":[{\"name\":\"Barn- och utbildningsförvaltningen\",\"count\":\"9\"},"
          + "{\"name\":\"Socialförvaltningen\",\"count\":\"<3\"}],\"perMonth\":[{\"month\":"
          + "\"2022-10\",\"count\":\"<3\"}],\"departmentRule\":\"A deviation counts under the"
          + " requester's department, or the target's when the requester has none …\"},"
          + "\"stuckAtTop\":\"<3\",\"recordHeadHash\":null}";
  static final String CSV_EXAMPLE =
      "table,rule_id,title,count\r\ndeviations_by_rule,KUN-POLITICIAN-DIALOGUE,Dialog …,4\r\n";

  private final ProduceReview produce;
  private final ReviewAccess access;
  private final CurrentCaller caller;

  public ReviewResource(ProduceReview produce, ReviewAccess access, CurrentCaller caller) {
    this.produce = produce;
    this.access = access;
    this.caller = caller;
  }

  @GET
  @Path("/review")
  @Produces({MediaType.APPLICATION_JSON, CSV})
  @RolesAllowed({
    se.samspel.organisation.domain.Roles.KD,
    se.samspel.organisation.domain.Roles.KSO,
    se.samspel.organisation.domain.Roles.AUDITOR
  })
  @Operation(
      summary = "The full yearly review (KD, KSO, auditors)",
      description =
          "Deviations by rule, department, roles and month; escalations per level and time to"
              + " resolution; approval lead times; site visits; requests stuck at the top with"
              + " ids. Period: the last twelve months by default, from/to (YYYY-MM-DD, to"
              + " inclusive) or term=current|previous. format=csv gives text/csv."
              + " recordHeadHash is null until the deviation record publishes its head hash.")
  @APIResponse(
      responseCode = "200",
      description = "The review",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "review", value = FULL_EXAMPLE)),
        @Content(mediaType = CSV, examples = @ExampleObject(name = "csv", value = CSV_EXAMPLE))
      })
  @APIResponse(
      responseCode = "400",
      ref = ProblemResponses.BAD_REQUEST,
      description = "A bad from, to, term or format")
  @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
  @APIResponse(
      responseCode = "403",
      ref = ProblemResponses.FORBIDDEN,
      description = "Neither KD, KSO nor auditor")
  @APIResponse(responseCode = "429", ref = ProblemResponses.TOO_MANY_REQUESTS)
  @RateLimited(RateLimited.REVIEW)
  public Response full(
      @Parameter(description = "First day, YYYY-MM-DD") @QueryParam("from") String from,
      @Parameter(description = "Last day (inclusive), YYYY-MM-DD") @QueryParam("to") String to,
      @Parameter(description = "current or previous electoral term") @QueryParam("term")
          String term,
      @Parameter(description = "json (default) or csv") @QueryParam("format") String format) {
    // @RolesAllowed is the coarse gate; the rule itself is ReviewAccess's, as on the page.
    access.requireFull(caller.requirePerson());
    boolean csv = csv(format);
    ReviewViews.FullReview view = ReviewViews.full(review(from, to, term));
    return csv
        ? csvResponse(ReviewCsv.full(view), "review")
        : Response.ok(view, MediaType.APPLICATION_JSON).build();
  }

  @GET
  @Path("/review.csv")
  @Produces(CSV)
  @RolesAllowed({
    se.samspel.organisation.domain.Roles.KD,
    se.samspel.organisation.domain.Roles.KSO,
    se.samspel.organisation.domain.Roles.AUDITOR
  })
  @Operation(summary = "The full yearly review as CSV, one table per section")
  @APIResponse(
      responseCode = "200",
      description = "The review",
      content =
          @Content(mediaType = CSV, examples = @ExampleObject(name = "csv", value = CSV_EXAMPLE)))
  @APIResponse(
      responseCode = "400",
      ref = ProblemResponses.BAD_REQUEST,
      description = "A bad from, to or term")
  @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
  @APIResponse(
      responseCode = "403",
      ref = ProblemResponses.FORBIDDEN,
      description = "Neither KD, KSO nor auditor")
  @APIResponse(responseCode = "429", ref = ProblemResponses.TOO_MANY_REQUESTS)
  @RateLimited(RateLimited.REVIEW)
  public Response fullCsv(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("term") String term) {
    access.requireFull(caller.requirePerson());
    return csvResponse(ReviewCsv.full(ReviewViews.full(review(from, to, term))), "review");
  }

  @GET
  @Path("/public/review")
  @Produces({MediaType.APPLICATION_JSON, CSV})
  @PermitAll
  @Operation(
      summary = "The anonymised yearly review, for publication (no login)",
      description =
          "No names and no request ids; departments by name only; every count below"
              + " samspel.review.suppress-below (default 3) shown as \"<3\", and durations and"
              + " shares resting on such counts left out. Same periods as the full review.")
  @APIResponse(
      responseCode = "200",
      description = "The anonymised review",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "public", value = PUBLIC_EXAMPLE)),
        @Content(mediaType = CSV, examples = @ExampleObject(name = "csv", value = CSV_EXAMPLE))
      })
  @APIResponse(
      responseCode = "400",
      ref = ProblemResponses.BAD_REQUEST,
      description = "A bad from, to, term or format")
  @APIResponse(responseCode = "429", ref = ProblemResponses.TOO_MANY_REQUESTS)
  @RateLimited(RateLimited.PUBLIC_REVIEW)
  public Response anonymised(
      @Parameter(description = "First day, YYYY-MM-DD") @QueryParam("from") String from,
      @Parameter(description = "Last day (inclusive), YYYY-MM-DD") @QueryParam("to") String to,
      @Parameter(description = "current or previous electoral term") @QueryParam("term")
          String term,
      @Parameter(description = "json (default) or csv") @QueryParam("format") String format) {
    boolean csv = csv(format);
    ReviewViews.PublicReview view =
        ReviewViews.anonymised(review(from, to, term), produce.suppression());
    return csv
        ? csvResponse(ReviewCsv.anonymised(view), "review-public")
        : Response.ok(view, MediaType.APPLICATION_JSON).build();
  }

  @GET
  @Path("/public/review.csv")
  @Produces(CSV)
  @PermitAll
  @Operation(summary = "The anonymised yearly review as CSV (no login)")
  @APIResponse(
      responseCode = "200",
      description = "The anonymised review",
      content =
          @Content(mediaType = CSV, examples = @ExampleObject(name = "csv", value = CSV_EXAMPLE)))
  @APIResponse(
      responseCode = "400",
      ref = ProblemResponses.BAD_REQUEST,
      description = "A bad from, to or term")
  @APIResponse(responseCode = "429", ref = ProblemResponses.TOO_MANY_REQUESTS)
  @RateLimited(RateLimited.PUBLIC_REVIEW)
  public Response anonymisedCsv(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("term") String term) {
    return csvResponse(
        ReviewCsv.anonymised(ReviewViews.anonymised(review(from, to, term), produce.suppression())),
        "review-public");
  }

  private Review review(String from, String to, String term) {
    return produce.produce(produce.period(from, to, term));
  }

  private static boolean csv(String format) {
    if (format == null || format.isBlank() || format.equalsIgnoreCase("json")) {
      return false;
    }
    if (format.equalsIgnoreCase("csv")) {
      return true;
    }
    throw SamspelException.invalid("format", "must be 'json' or 'csv'");
  }

  private static Response csvResponse(String body, String name) {
    return Response.ok(body, CSV + "; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
        .build();
  }
}
