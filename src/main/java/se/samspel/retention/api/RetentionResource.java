package se.samspel.retention.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samspel.common.http.ProblemResponses;
import se.samspel.organisation.application.CurrentCaller;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.Roles;
import se.samspel.retention.application.ReadRetention;
import se.samspel.retention.application.SetRetentionPolicy;
import se.samspel.retention.domain.RetentionPolicy;
import se.samspel.retention.domain.RetentionRun;

/**
 * The municipality's retention decision (gallring) and what the last culling run did, at {@code
 * /api/{municipalityId}/retention}. Every member may read it (the decision is a public document);
 * the municipality's administrators record it.
 */
@Path("/api/retention")
@Tag(name = "Retention")
@RolesAllowed(Roles.MEMBER)
public class RetentionResource {

  static final String BODY_EXAMPLE =
      "{\"closedRequests\":\"P2Y\",\"whistleblowingReports\":\"P2Y\","
          + "\"notifications\":\"P6M\",\"deviationPersonalData\":\"P3Y\","
          + "\"decision\":{\"reference\":\"Dokumenthanteringsplan för kommunstyrelsen,"
          + " KS 2025/112\",\"section\":\"4.3 Kontakter mellan förtroendevalda och"
          + " förvaltningen\",\"quote\":\"Gallras två år efter att ärendet avslutats.\","
          + "\"decidedOn\":\"2025-03-12\"},\"version\":0}";

  static final String VIEW_EXAMPLE =
      "{\"inForce\":true,\"policy\":{\"closedRequests\":\"P2Y\",\"whistleblowingReports\":"
          + "\"P2Y\",\"notifications\":\"P6M\",\"deviationPersonalData\":\"P3Y\",\"decision\":"
          + "{\"reference\":\"Dokumenthanteringsplan för kommunstyrelsen, KS 2025/112\","
          + "\"section\":\"4.3\",\"quote\":null,\"decidedOn\":\"2025-03-12\"},\"version\":1},"
          + "\"lastRun\":{\"ranAt\":\"2026-11-30T03:00:00Z\",\"requestsCulled\":12,"
          + "\"notificationsCulled\":40,\"eventsCulled\":31,\"deviationsRedacted\":2,"
          + "\"siteVisitsCulled\":3}}";

  /**
   * The decision's citation.
   *
   * @param reference the decision (document management plan and diary number)
   * @param section its section, if given
   * @param quote its words on these records, if given
   * @param decidedOn the day it was taken
   */
  public record DecisionView(
      String reference,
      String section,
      String quote,
      @Schema(example = "2025-03-12") LocalDate decidedOn) {}

  /**
   * The decision in force: ISO-8601 periods, each counted from when a thing was closed (requests)
   * or recorded (notifications, deviation entries).
   */
  public record PolicyView(
      @Schema(example = "P2Y") String closedRequests,
      @Schema(example = "P2Y") String whistleblowingReports,
      @Schema(example = "P6M") String notifications,
      @Schema(example = "P3Y") String deviationPersonalData,
      DecisionView decision,
      long version) {

    static PolicyView of(RetentionPolicy p) {
      return new PolicyView(
          p.closedRequests().toString(),
          p.whistleblowingReports().toString(),
          p.notifications().toString(),
          p.deviationPersonalData().toString(),
          new DecisionView(
              p.decision().reference(),
              p.decision().section().orElse(null),
              p.decision().quote().orElse(null),
              p.decision().decidedOn()),
          p.version());
    }
  }

  /** What the last culling run did. */
  public record RunView(
      Instant ranAt,
      long requestsCulled,
      long notificationsCulled,
      long eventsCulled,
      long deviationsRedacted,
      long siteVisitsCulled) {

    static RunView of(RetentionRun r) {
      return new RunView(
          r.ranAt(),
          r.requestsCulled(),
          r.notificationsCulled(),
          r.eventsCulled(),
          r.deviationsRedacted(),
          r.siteVisitsCulled());
    }
  }

  /**
   * The municipality's retention.
   *
   * @param inForce whether a decision is recorded; while none is, nothing is culled
   * @param policy the decision, null while none is recorded
   * @param lastRun the last culling run, null before the first
   */
  public record RetentionView(boolean inForce, PolicyView policy, RunView lastRun) {}

  /**
   * A decision to record.
   *
   * @param version the version read (0 when the municipality has none yet)
   */
  public record RetentionBody(
      @Schema(example = "P2Y") String closedRequests,
      @Schema(example = "P2Y") String whistleblowingReports,
      @Schema(example = "P6M") String notifications,
      @Schema(example = "P3Y") String deviationPersonalData,
      DecisionBody decision,
      @Schema(example = "0") Long version) {}

  /** The decision's citation, as sent. */
  public record DecisionBody(
      String reference,
      String section,
      String quote,
      @Schema(example = "2025-03-12") String decidedOn) {}

  private final ReadRetention read;
  private final SetRetentionPolicy set;
  private final CurrentCaller caller;

  public RetentionResource(ReadRetention read, SetRetentionPolicy set, CurrentCaller caller) {
    this.read = read;
    this.set = set;
    this.caller = caller;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "The municipality's retention decision and its last culling run",
      description =
          "How long closed requests, whistleblowing reports, notifications and the deviation"
              + " record's personal data are kept, with the decision they come from, and what the"
              + " last culling run did. While no decision is recorded nothing is culled.")
  @APIResponse(
      responseCode = "200",
      description = "The retention",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RetentionView.class),
              examples = @ExampleObject(name = "in force", value = VIEW_EXAMPLE)))
  @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
  public RetentionView get() {
    ReadRetention.Retention r = read.read();
    return new RetentionView(
        r.policy().isPresent(),
        r.policy().map(PolicyView::of).orElse(null),
        r.lastRun().map(RunView::of).orElse(null));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMINISTRATOR)
  @Operation(
      summary = "Record the municipality's retention decision",
      description =
          "Replaces the decision in force with a new version; name the version read (0 for the"
              + " first). The next culling run (hourly) applies it. A whistleblowing report's"
              + " period is at most P2Y (lag 2021:890, 7 kap. 4 §). Kept in the audit trail.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "two years", value = BODY_EXAMPLE)))
  @APIResponse(
      responseCode = "200",
      description = "Recorded; the decision with its new version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PolicyView.class)))
  @APIResponse(
      responseCode = "400",
      ref = ProblemResponses.BAD_REQUEST,
      description =
          "A period that is not an ISO-8601 period of at least a day, a whistleblowing period"
              + " over P2Y, no decision reference, a decision day that is not a day or lies ahead,"
              + " no version")
  @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
  @APIResponse(
      responseCode = "409",
      ref = ProblemResponses.CONFLICT,
      description = "Someone recorded another version since it was read (retention-changed)")
  public PolicyView record(@NotNull RetentionBody body) {
    DecisionBody d =
        body.decision() == null ? new DecisionBody(null, null, null, null) : body.decision();
    RetentionPolicy stored =
        set.set(
            new SetRetentionPolicy.Command(
                body.closedRequests(),
                body.whistleblowingReports(),
                body.notifications(),
                body.deviationPersonalData(),
                d.reference(),
                d.section(),
                d.quote(),
                d.decidedOn(),
                body.version()),
            new SetRetentionPolicy.Administrator(
                caller.personId().map(PersonId::value), caller.login()));
    return PolicyView.of(stored);
  }
}
