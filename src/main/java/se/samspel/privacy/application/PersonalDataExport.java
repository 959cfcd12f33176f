package se.samspel.privacy.application;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.samspel.organisation.application.OrganisationViews.PersonRef;
import se.samspel.organisation.application.OrganisationViews.PositionRef;
import se.samspel.request.application.RequestViews.RequestView;
import se.samspel.visit.application.SiteVisitViews.SiteVisitView;

/**
 * Everything Samspel holds about one person, as their right of access (GDPR art. 15) gives it to
 * them: each section read from the part that keeps it, nothing computed for the occasion.
 *
 * @param person who they are, also when an import has retired them since
 * @param exportedAt when the export was made
 * @param positions the posts whose authority they hold today, appointed or acting
 * @param requests the contact requests that hold personal data of theirs
 * @param deviations the deviation record's entries whose personal data names them
 * @param substitutions the substitutions they are absent in, substitute in, or named
 * @param siteVisits the site visits they registered
 * @param administrativeActions the audit trail's entries where they acted as an administrator
 */
public record PersonalDataExport(
    Person person,
    Instant exportedAt,
    List<PositionRef> positions,
    Requests requests,
    List<Deviation> deviations,
    List<Substitution> substitutions,
    List<SiteVisitView> siteVisits,
    List<AdministrativeAction> administrativeActions) {

  /** What the export says of whistleblowing reports someone else made. */
  public static final String WITHHELD = "lag (2021:890)";

  /**
   * The person.
   *
   * @param retired true when an import has retired them: the organisation no longer lists them, but
   *     Samspel still holds what they did
   */
  public record Person(String id, String name, String email, String login, boolean retired) {}

  /**
   * The requests, each in the first section it belongs to.
   *
   * @param made every request they submitted, in full with its route and history (their own
   *     whistleblowing reports included)
   * @param onRoute requests of others where they acted, were acted for, or a step waited on them
   * @param concerning requests of others whose target is a post the organisation links them to
   *     (appointed or acting, in any period)
   */
  public record Requests(
      List<RequestView> made, List<ExportedRequest> onRoute, List<ExportedRequest> concerning) {}

  /** A request of someone else: in full, or withheld when it is a whistleblowing report. */
  public sealed interface ExportedRequest permits Shown, Withheld {}

  /** A request shown in full, as its own view. */
  public record Shown(RequestView request) implements ExportedRequest {

    /** Written as the request itself, not wrapped. */
    @JsonValue
    public RequestView json() {
      return request;
    }
  }

  /**
   * A whistleblowing report someone else made: that it exists and where it stands, never who made
   * it, what it is about, whom it names, nor its history.
   *
   * @param withheld always {@value PersonalDataExport#WITHHELD}, the act that withholds the rest
   */
  public record Withheld(String kind, String status, Instant createdAt, String withheld)
      implements ExportedRequest {}

  /**
   * An entry of the deviation record naming the person; other people's personal data it holds is
   * not shown.
   *
   * @param namedAs how it names them: {@code REPORTER}, {@code REQUESTER}, {@code TARGET}
   * @param summary the entry's non-personal statement of what departed
   */
  public record Deviation(
      long seq,
      Instant recordedAt,
      Instant occurredAt,
      String kind,
      String policyKey,
      int policyVersion,
      String rule,
      String ruleTitle,
      String summary,
      List<String> namedAs) {}

  /**
   * A substitution the person is part of.
   *
   * @param roles {@code ABSENT}, {@code SUBSTITUTE}, {@code NAMED_BY}, {@code ENDED_BY}
   * @param reason the reason given; only when they were absent or named it (as the API shows it)
   */
  public record Substitution(
      String id,
      List<String> roles,
      PersonRef absent,
      PersonRef substitute,
      LocalDate from,
      LocalDate to,
      LocalDate lastDay,
      String status,
      String reason,
      PersonRef namedBy,
      Instant namedAt,
      PersonRef endedBy,
      Instant endedAt) {}

  /** An entry of the administrators' audit trail where the person acted. */
  public record AdministrativeAction(
      long id,
      String kind,
      String actorLogin,
      Instant at,
      Long revision,
      Map<String, Object> summary) {}
}
