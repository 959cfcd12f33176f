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
 * @param formerPositions the posts they held that an import has since retired (the organisation no
 *     longer lists them), as last stored
 * @param requests the contact requests that hold personal data of theirs
 * @param deviations the deviation record's entries whose personal data names them
 * @param substitutions the substitutions they are absent in, substitute in, or named
 * @param siteVisits the site visits they registered
 * @param administrativeActions the audit trail's entries where they acted as an administrator
 * @param mentionedInText the free texts that name them (by name, login, id or e-mail, as a whole
 *     word in any case), wherever they are kept, also where nothing else names them
 */
public record PersonalDataExport(
    Person person,
    Instant exportedAt,
    List<PositionRef> positions,
    List<FormerPosition> formerPositions,
    Requests requests,
    List<Deviation> deviations,
    List<Substitution> substitutions,
    List<SiteVisitView> siteVisits,
    List<AdministrativeAction> administrativeActions,
    List<Mention> mentionedInText) {

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
   *     (appointed or acting, in any period), or a former post of theirs an import has retired,
   *     unless the request's own route recorded someone else holding it then
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

  /**
   * A post the person held that an import has since retired.
   *
   * @param unit the external id of its unit (which may be retired too)
   */
  public record FormerPosition(String id, String title, String kind, String unit) {}

  /** Where a free text names the person: the text, or for a whistleblowing report only that. */
  public sealed interface Mention permits Mentioned, MentionWithheld {}

  /**
   * A free text that names the person.
   *
   * @param source {@code REQUEST}, {@code DEVIATION} or {@code SITE_VISIT}
   * @param id the request's id, the deviation entry's seq or the site visit's id
   * @param field where in it: a request's {@code subject}, {@code purpose}, {@code redirectedTo},
   *     {@code step.note} or {@code history.note}; a deviation entry's {@code description} (a
   *     correction's {@code correctionReason}); a site visit's {@code note}
   * @param at when the text was written
   */
  public record Mentioned(String source, String id, String field, Instant at, String text)
      implements Mention {}

  /**
   * A whistleblowing report someone else made whose text names the person: that it exists, never
   * its id, its text nor who made it.
   *
   * @param at when the report was made
   * @param withheld always {@value PersonalDataExport#WITHHELD}
   */
  public record MentionWithheld(String source, String kind, Instant at, String withheld)
      implements Mention {}
}
