package se.samspel.web.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import se.samspel.common.FieldProblem;
import se.samspel.common.SamspelException;
import se.samspel.organisation.application.CurrentCaller;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.Roles;
import se.samspel.retention.application.ReadRetention;
import se.samspel.retention.application.SetRetentionPolicy;
import se.samspel.retention.domain.RetentionDecision;
import se.samspel.retention.domain.RetentionPolicy;
import se.samspel.retention.domain.RetentionRun;
import se.samspel.web.FormErrors;
import se.samspel.web.PageContext;

/**
 * "Gallring": the municipality's retention decision (the same use cases as {@code GET/POST
 * /api/{municipalityId}/retention}). Every member reads the decision in force with its citation,
 * its four periods in words with what each means, and what the last culling run did; while no
 * decision is recorded the page says that nothing is culled. The municipality's administrators also
 * get a form, prefilled with the decision in force and the version read, to record a new version:
 * post/redirect/get with a confirmation, 422 with each field's error, 409 asking to reload when
 * someone recorded another version meanwhile. A post by anyone else is refused (403).
 *
 * <p>A period is typed as a whole number and a unit (years, months, days) rather than as ISO-8601,
 * which the people who keep the document management plan do not write; the page joins them into the
 * ISO period the use case checks.
 *
 * <p>Who may read and post is checked in the methods rather than by {@code @RolesAllowed}, as on
 * the administration page: there the refusal is answered on a worker thread, where the error page
 * can be rendered; and an administrator whose login names no person of the organisation (the
 * identity provider's administrator) still reads the page.
 */
@Path("/gallring")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class RetentionPage {

  /** The units a period is typed in, as the ISO-8601 designators. */
  static final List<String> UNITS = List.of("Y", "M", "D");

  /** The largest number the form takes for a period (ten thousand years is a typing error). */
  static final int MAX_AMOUNT = 9999;

  /**
   * One of the four periods as the page shows it.
   *
   * @param id the field's id and name (the API's field)
   * @param label what it is
   * @param inWords the period in force in words ("2 år"), empty while none is recorded
   * @param means what happens when it has passed
   */
  public record PeriodRow(String id, String label, String inWords, String means) {}

  /** What the last culling run did, with the moment as the reader reads it. */
  public record RunRow(
      String ranAt,
      String ranAtIso,
      long requestsCulled,
      long notificationsCulled,
      long eventsCulled,
      long deviationsRedacted,
      long siteVisitsCulled) {}

  /**
   * The decision in force as the page shows it; {@code decision} null while none is recorded.
   *
   * @param decidedOn the day in words
   */
  public record Shown(
      RetentionDecision decision,
      String decidedOn,
      long version,
      List<PeriodRow> periods,
      RunRow lastRun) {

    public boolean inForce() {
      return decision != null;
    }

    /** The section, or empty (Qute reads no Optional). */
    public String section() {
      return decision == null ? "" : decision.section().orElse("");
    }

    public String quote() {
      return decision == null ? "" : decision.quote().orElse("");
    }
  }

  /** A period of the form as typed: a whole number and a unit ({@link #UNITS}). */
  public record PeriodField(String id, String label, String hint, String amount, String unit) {}

  /** What the administrator typed (or, at first, the decision in force), kept as typed. */
  public record DecisionForm(
      List<PeriodField> periods,
      String reference,
      String section,
      String quote,
      String decidedOn,
      String version) {}

  /** The bounds of the form's fields. */
  public record Limits(
      String today, int maxAmount, int maxReference, int maxSection, int maxQuote) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance retention(
        PageContext page,
        Shown shown,
        boolean administrator,
        DecisionForm form,
        FormErrors errors,
        boolean conflict,
        Long saved,
        Limits limits);
  }

  private final PageContext page;
  private final ReadRetention read;
  private final SetRetentionPolicy set;
  private final CurrentCaller caller;
  private final Clock clock;

  public RetentionPage(
      PageContext page,
      ReadRetention read,
      SetRetentionPolicy set,
      CurrentCaller caller,
      Clock clock) {
    this.page = page;
    this.read = read;
    this.set = set;
    this.caller = caller;
    this.clock = clock;
  }

  @GET
  @Operation(hidden = true)
  public TemplateInstance show(@QueryParam("sparad") String saved) {
    if (!page.has(Roles.MEMBER) && !administrator()) {
      throw SamspelException.forbidden(
          "Only the municipality's people read its retention decision");
    }
    ReadRetention.Retention retention = read.read();
    Shown shown = shown(retention);
    // The confirmation names the version just recorded; anything else in the address is ignored.
    Long version =
        shown.inForce() && String.valueOf(shown.version()).equals(saved) ? shown.version() : null;
    return Templates.retention(
            page,
            shown,
            administrator(),
            prefilled(retention.policy()),
            FormErrors.none(),
            false,
            version,
            limits())
        .setLocale(page.locale());
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response record(
      @RestForm("_csrf") String csrf,
      @RestForm("closedRequests") String closedRequests,
      @RestForm("closedRequestsUnit") String closedRequestsUnit,
      @RestForm("whistleblowingReports") String whistleblowingReports,
      @RestForm("whistleblowingReportsUnit") String whistleblowingReportsUnit,
      @RestForm("notifications") String notifications,
      @RestForm("notificationsUnit") String notificationsUnit,
      @RestForm("deviationPersonalData") String deviationPersonalData,
      @RestForm("deviationPersonalDataUnit") String deviationPersonalDataUnit,
      @RestForm("reference") String reference,
      @RestForm("section") String section,
      @RestForm("quote") String quote,
      @RestForm("decidedOn") String decidedOn,
      @RestForm("version") String version) {
    page.verifyCsrf(csrf);
    if (!administrator()) {
      throw SamspelException.forbidden(
          "Only the municipality's administrators record its retention decision");
    }
    RetentionTexts texts = texts();
    DecisionForm form =
        new DecisionForm(
            List.of(
                field("closedRequests", texts, trim(closedRequests), unit(closedRequestsUnit)),
                field(
                    "whistleblowingReports",
                    texts,
                    trim(whistleblowingReports),
                    unit(whistleblowingReportsUnit)),
                field("notifications", texts, trim(notifications), unit(notificationsUnit)),
                field(
                    "deviationPersonalData",
                    texts,
                    trim(deviationPersonalData),
                    unit(deviationPersonalDataUnit))),
            trim(reference),
            trim(section),
            quote == null ? "" : quote.strip(),
            trim(decidedOn),
            trim(version));
    FormErrors errors = new FormErrors();
    List<String> iso = new ArrayList<>();
    for (PeriodField p : form.periods()) {
      Optional<String> period = iso(p);
      if (period.isEmpty()) {
        errors.add(p.id(), texts.error_period());
      }
      iso.add(period.orElse(null));
    }
    Long read = null;
    try {
      read = Long.valueOf(form.version());
    } catch (NumberFormatException e) {
      // Reported by the use case as the version's problem, with the other fields' problems.
    }
    try {
      RetentionPolicy stored =
          set.set(
              new SetRetentionPolicy.Command(
                  iso.get(0),
                  iso.get(1),
                  iso.get(2),
                  iso.get(3),
                  form.reference(),
                  form.section(),
                  form.quote(),
                  form.decidedOn(),
                  read),
              new SetRetentionPolicy.Administrator(
                  caller.personId().map(PersonId::value), caller.login()));
      return Response.seeOther(page.uri("/gallring?sparad=" + stored.version())).build();
    } catch (SamspelException e) {
      if ("retention-changed".equals(e.code())) {
        return answer(409, form, FormErrors.none(), true);
      }
      if (e.kind() != SamspelException.Kind.INVALID_INPUT) {
        throw e;
      }
      for (FieldProblem p : e.problems()) {
        String field = String.valueOf(p.field());
        switch (field) {
          case "whistleblowingReports" ->
              errors.add(
                  field, iso.get(1) == null ? texts.error_period() : texts.error_whistleblowing());
          case "closedRequests", "notifications", "deviationPersonalData" ->
              errors.add(field, texts.error_period());
          case "decision.reference" ->
              errors.add("reference", texts.error_reference(RetentionDecision.MAX_REFERENCE));
          case "decision.section" ->
              errors.add("section", texts.error_too_long(RetentionDecision.MAX_SECTION));
          case "decision.quote" ->
              errors.add("quote", texts.error_too_long(RetentionDecision.MAX_QUOTE));
          case "decision.decidedOn" -> errors.add("decidedOn", texts.error_decided_on());
          case "version" -> errors.add("version", texts.error_version());
          default -> errors.add(field, p.reason());
        }
      }
      return answer(FormErrors.STATUS, form, errors, false);
    }
  }

  /** The page again with the form as typed: its errors (422), or someone else's version (409). */
  private Response answer(int status, DecisionForm form, FormErrors errors, boolean conflict) {
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(
            Templates.retention(
                    page, shown(read.read()), true, form, errors, conflict, null, limits())
                .setLocale(page.locale()))
        .build();
  }

  private boolean administrator() {
    // The role is computed in the addressed municipality: an administrator of another one is not
    // one here.
    return page.has(Roles.ADMINISTRATOR);
  }

  private Shown shown(ReadRetention.Retention retention) {
    RetentionTexts texts = texts();
    RunRow run = retention.lastRun().map(this::runRow).orElse(null);
    if (retention.policy().isEmpty()) {
      return new Shown(null, "", 0, periods(texts, null), run);
    }
    RetentionPolicy p = retention.policy().get();
    return new Shown(
        p.decision(), page.date(p.decision().decidedOn()), p.version(), periods(texts, p), run);
  }

  private RunRow runRow(RetentionRun r) {
    return new RunRow(
        page.dateTime(r.ranAt()),
        page.isoDateTime(r.ranAt()),
        r.requestsCulled(),
        r.notificationsCulled(),
        r.eventsCulled(),
        r.deviationsRedacted(),
        r.siteVisitsCulled());
  }

  private List<PeriodRow> periods(RetentionTexts texts, RetentionPolicy p) {
    return List.of(
        new PeriodRow(
            "closedRequests",
            texts.closed_requests(),
            p == null ? "" : words(texts, p.closedRequests()),
            texts.closed_requests_means()),
        new PeriodRow(
            "whistleblowingReports",
            texts.whistleblowing_reports(),
            p == null ? "" : words(texts, p.whistleblowingReports()),
            texts.whistleblowing_reports_means()),
        new PeriodRow(
            "notifications",
            texts.notifications(),
            p == null ? "" : words(texts, p.notifications()),
            texts.notifications_means()),
        new PeriodRow(
            "deviationPersonalData",
            texts.deviation_personal_data(),
            p == null ? "" : words(texts, p.deviationPersonalData()),
            texts.deviation_personal_data_means()));
  }

  /** A period in words: "2 år", "1 år 6 månader", "90 dagar". */
  static String words(RetentionTexts texts, Period period) {
    List<String> parts = new ArrayList<>();
    if (period.getYears() != 0) {
      parts.add(period.getYears() + " " + texts.years(period.getYears()));
    }
    if (period.getMonths() != 0) {
      parts.add(period.getMonths() + " " + texts.months(period.getMonths()));
    }
    if (period.getDays() != 0 || parts.isEmpty()) {
      parts.add(period.getDays() + " " + texts.days(period.getDays()));
    }
    return String.join(" ", parts);
  }

  /** The form filled with the decision in force, or empty (Samspel never suggests a period). */
  private DecisionForm prefilled(Optional<RetentionPolicy> policy) {
    RetentionTexts texts = texts();
    if (policy.isEmpty()) {
      return new DecisionForm(
          List.of(
              field("closedRequests", texts, "", "Y"),
              field("whistleblowingReports", texts, "", "Y"),
              field("notifications", texts, "", "M"),
              field("deviationPersonalData", texts, "", "Y")),
          "",
          "",
          "",
          "",
          "0");
    }
    RetentionPolicy p = policy.get();
    RetentionDecision d = p.decision();
    return new DecisionForm(
        List.of(
            typed("closedRequests", texts, p.closedRequests()),
            typed("whistleblowingReports", texts, p.whistleblowingReports()),
            typed("notifications", texts, p.notifications()),
            typed("deviationPersonalData", texts, p.deviationPersonalData())),
        d.reference(),
        d.section().orElse(""),
        d.quote().orElse(""),
        d.decidedOn().toString(),
        String.valueOf(p.version()));
  }

  /**
   * A stored period as the form types it: whole years, else months, else days. A period of months
   * and days together (possible through the API) has no such form: its number is left empty, so
   * that saving unchanged asks for it rather than silently rounding the decision.
   */
  private static PeriodField typed(String id, RetentionTexts texts, Period period) {
    if (period.getDays() == 0) {
      long months = period.toTotalMonths();
      return months % 12 == 0
          ? field(id, texts, String.valueOf(months / 12), "Y")
          : field(id, texts, String.valueOf(months), "M");
    }
    if (period.toTotalMonths() == 0) {
      return field(id, texts, String.valueOf(period.getDays()), "D");
    }
    return field(id, texts, "", "D");
  }

  private static PeriodField field(String id, RetentionTexts texts, String amount, String unit) {
    String label =
        switch (id) {
          case "closedRequests" -> texts.closed_requests();
          case "whistleblowingReports" -> texts.whistleblowing_reports();
          case "notifications" -> texts.notifications();
          default -> texts.deviation_personal_data();
        };
    String hint = id.equals("whistleblowingReports") ? texts.whistleblowing_hint() : "";
    return new PeriodField(id, label, hint, amount, unit);
  }

  /** The ISO-8601 period typed, when the number is a whole number from 1 to {@link #MAX_AMOUNT}. */
  private static Optional<String> iso(PeriodField p) {
    if (p.unit().isEmpty() || !p.amount().matches("[0-9]{1,4}")) {
      return Optional.empty();
    }
    int amount = Integer.parseInt(p.amount());
    if (amount < 1 || amount > MAX_AMOUNT) {
      return Optional.empty();
    }
    return Optional.of("P" + amount + p.unit());
  }

  /** A unit as sent, or empty for anything else (then the period is wrong, never guessed). */
  private static String unit(String value) {
    String unit = trim(value);
    return UNITS.contains(unit) ? unit : "";
  }

  private Limits limits() {
    return new Limits(
        LocalDate.now(clock).toString(),
        MAX_AMOUNT,
        RetentionDecision.MAX_REFERENCE,
        RetentionDecision.MAX_SECTION,
        RetentionDecision.MAX_QUOTE);
  }

  private RetentionTexts texts() {
    return "en".equals(page.lang())
        ? MessageBundles.get(RetentionTexts.class, Localized.Literal.of("en"))
        : MessageBundles.get(RetentionTexts.class);
  }

  private static String trim(String value) {
    return value == null ? "" : value.strip();
  }
}
