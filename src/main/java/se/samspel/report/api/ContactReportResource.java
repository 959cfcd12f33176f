package se.samspel.report.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samspel.common.FieldProblem;
import se.samspel.common.SamspelException;
import se.samspel.common.http.ProblemResponses;
import se.samspel.deviation.domain.PersonalData;
import se.samspel.organisation.application.CurrentCaller;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.domain.PositionId;
import se.samspel.organisation.domain.Roles;
import se.samspel.organisation.domain.UnitId;
import se.samspel.policy.domain.ContactContext;
import se.samspel.policy.domain.ContactFlag;
import se.samspel.policy.domain.ContactKind;
import se.samspel.policy.domain.ExternalParty;
import se.samspel.policy.domain.QuestionType;
import se.samspel.report.application.ReportContact;
import se.samspel.report.application.ReportOutcome;
import se.samspel.report.domain.NoDeviationReason;
import se.samspel.report.domain.Verdict;
import se.samspel.routing.api.RoutePreviewRequest;
import se.samspel.routing.application.RouteViews;

/** Reporting a contact that happened, and hearing what the guideline says of it. */
@Path("/api/contact-reports")
@Tag(name = "Deviations")
@RolesAllowed(Roles.MEMBER)
public class ContactReportResource {

  private final ReportContact reportContact;
  private final CurrentCaller caller;
  private final OrganisationDirectory directory;
  private final Clock clock;

  public ContactReportResource(
      ReportContact reportContact,
      CurrentCaller caller,
      OrganisationDirectory directory,
      Clock clock) {
    this.reportContact = reportContact;
    this.caller = caller;
    this.directory = directory;
    this.clock = clock;
  }

  /** A contact that happened. */
  public record ContactReportBody(
      @Size(max = 64) @Schema(example = "POS-BUN-LED-POL") String requesterPosition,
      ExternalParty requesterExternal,
      @NotNull @Valid RoutePreviewRequest.TargetRef target,
      @NotNull @Schema(example = "DIALOGUE") ContactKind kind,
      ContactContext context,
      QuestionType question,
      Boolean purposeStated,
      @Schema(description = "The politician promised an action or a handling")
          Boolean promiseOfAction,
      Boolean concernsNearestManager,
      @NotNull @Schema(example = "2026-11-20T14:00:00+01:00") OffsetDateTime occurredAt,
      @Size(max = PersonalData.MAX_REPORTED_DESCRIPTION_LENGTH)
          @Schema(example = "Ringde läraren direkt om schemat")
          String description,
      @Size(max = 64)
          @Schema(
              description =
                  "The unit the matter concerns: a free contact's recommendation (a citizen's"
                      + " first contact) names its manager and staff",
              example = "U-SKOLA-1")
          String concernsUnit) {}

  /** What the guideline says of the reported contact. */
  public record VerdictView(
      String verdict,
      RouteViews.PolicyRef policy,
      RouteViews.RuleRef rule,
      String prescribedRoute,
      String severity,
      String explanation,
      Long recordedAs,
      @Schema(
              description =
                  "On a free contact whose rule recommends a first contact: whom, so the person"
                      + " contacted can refer onward. Not a deviation.")
          RouteViews.RecommendationView recommendation) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Report a contact that happened",
      description =
          "Judges the contact against the policy in force on the day it happened. A deviation is"
              + " recorded in the deviation record and the answer names the rule, its quote, the"
              + " prescribed route and the severity; otherwise the answer names the rule that"
              + " allows it. A contact between a staff member and the media is refused: the law"
              + " (meddelarfrihet) forbids trying to find out who informed the media, so nothing"
              + " about it is stored.")
  @APIResponse(
      responseCode = "200",
      description = "The verdict",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "deviation",
                      value =
                          "{\"verdict\":\"DEVIATION\",\"rule\":{\"id\":\"KUN-POLITICIAN-DIALOGUE\","
                              + "\"section\":\"Förtroendevalda\"},\"prescribedRoute\":\"POS-FC-BUF"
                              + " (APPROVE) → POS-REKTOR-1 (ARRANGE)\",\"severity\":\"MEDIUM\","
                              + "\"recordedAs\":17}")))
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
      responseCode = "422",
      ref = ProblemResponses.UNPROCESSABLE,
      description =
          "The contact is protected by meddelarfrihet (meddelarfrihet; nothing stored), is a"
              + " report of suspected wrongdoing (whistleblowing), or no guideline was in force on"
              + " that day (no-policy-then)")
  public VerdictView report(@NotNull @Valid ContactReportBody body) {
    Set<ContactFlag> flags = EnumSet.noneOf(ContactFlag.class);
    if (Boolean.TRUE.equals(body.purposeStated())) {
      flags.add(ContactFlag.PURPOSE_STATED);
    }
    if (Boolean.TRUE.equals(body.promiseOfAction())) {
      flags.add(ContactFlag.PROMISE_OF_ACTION);
    }
    if (Boolean.TRUE.equals(body.concernsNearestManager())) {
      flags.add(ContactFlag.CONCERNS_NEAREST_MANAGER);
    }
    ReportOutcome outcome =
        reportContact.report(
            caller.requirePerson(),
            new ReportContact.Report(
                Optional.ofNullable(body.requesterPosition()).map(p -> new PositionId(p.trim())),
                Optional.ofNullable(body.requesterExternal()),
                body.target().toTarget(),
                body.kind(),
                body.context() == null ? ContactContext.ON_DUTY : body.context(),
                Optional.ofNullable(body.question()),
                flags,
                body.occurredAt().toInstant(),
                Optional.ofNullable(body.description()),
                Optional.ofNullable(body.concernsUnit())
                    .map(String::trim)
                    .filter(u -> !u.isEmpty())
                    .map(UnitId::new)));
    if (outcome instanceof ReportOutcome.Recorded recorded) {
      Verdict.Deviation d = recorded.verdict();
      return new VerdictView(
          "DEVIATION",
          RouteViews.policyRef(recorded.policy()),
          RouteViews.ruleRef(recorded.policy(), d.deciding()),
          d.prescribedRoute().isEmpty() ? null : d.prescribedRoute().text(),
          d.deciding().severity().name(),
          d.summary() + ".",
          recorded.seq(),
          null);
    }
    if (outcome instanceof ReportOutcome.InLine inLine) {
      Verdict.NoDeviation none = inLine.verdict();
      return new VerdictView(
          "NO_DEVIATION",
          RouteViews.policyRef(inLine.policy()),
          none.rule().map(r -> RouteViews.ruleRef(inLine.policy(), r)).orElse(null),
          null,
          null,
          explanation(none.reason()),
          null,
          none.reason() instanceof NoDeviationReason.FreeByGuideline free
              ? free.recommended()
                  .map(r -> RouteViews.recommendation(directory.current(), r, LocalDate.now(clock)))
                  .orElse(null)
              : null);
    }
    throw refusal(outcome);
  }

  /** Why a contact is no deviation, in the API's words (English). */
  static String explanation(NoDeviationReason reason) {
    return switch (reason.kind()) {
      case FREE_BY_GUIDELINE -> "The guideline leaves this contact free.";
      case DIRECT_IS_THE_ROUTE -> "The contact went where the guideline's route begins.";
      case DIRECT_FOR_THE_REQUESTER ->
          "Every step of the guideline's route would be the requester's own, so the contact is"
              + " direct.";
      case ROUTE_UNRESOLVABLE ->
          "The rule's route cannot be followed in this organisation ("
              + ((NoDeviationReason.RouteUnresolvable) reason).why()
              + "), so the contact cannot be judged to depart from it.";
      case NO_RULE -> "The guideline has no rule for this contact, so it is no deviation.";
    };
  }

  /** The one place a report the use case refused becomes a problem (422, stable codes). */
  private static SamspelException refusal(ReportOutcome outcome) {
    if (outcome instanceof ReportOutcome.Protected law) {
      return new SamspelException(
          SamspelException.Kind.UNPROCESSABLE,
          "meddelarfrihet",
          "This contact cannot be reported: "
              + law.law().title()
              + ". "
              + law.law().source().section()
              + ": \""
              + law.law().source().quote()
              + "\" Nothing about it has been stored.",
          List.of(FieldProblem.of("target", "a contact between a staff member and the media")));
    }
    if (outcome instanceof ReportOutcome.ForWhistleblowerFunction) {
      return new SamspelException(
          SamspelException.Kind.UNPROCESSABLE,
          "whistleblowing",
          "Suspected wrongdoing is reported to the whistleblower function (POST /api/requests with"
              + " kind SUSPECTED_WRONGDOING), never to the deviation record: the whistleblowing act"
              + " keeps the reporter's identity with the function alone. Nothing has been stored.",
          List.of(
              FieldProblem.of(
                  "kind", "reports of suspected wrongdoing go to the whistleblower function")));
    }
    if (outcome instanceof ReportOutcome.NoGuidelineThen none) {
      return new SamspelException(
          SamspelException.Kind.UNPROCESSABLE,
          "no-policy-then",
          "No version of the guideline was in force on " + none.day(),
          List.of(FieldProblem.of("occurredAt", "no guideline in force on " + none.day())));
    }
    throw new IllegalStateException("not a refusal: " + outcome.getClass().getSimpleName());
  }
}
