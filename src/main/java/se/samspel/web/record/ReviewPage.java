package se.samspel.web.record;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.samspel.common.FieldProblem;
import se.samspel.common.SamspelException;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.domain.Roles;
import se.samspel.review.application.ProduceReview;
import se.samspel.review.application.ReviewAccess;
import se.samspel.review.application.ReviewCsv;
import se.samspel.review.application.ReviewViews;
import se.samspel.review.domain.Review;
import se.samspel.review.domain.ReviewPeriod;
import se.samspel.web.FormErrors;
import se.samspel.web.PageContext;

/**
 * "Årlig uppföljning": the yearly review the guideline asks for. KD, the KSO and auditors read the
 * full review; everyone else who is logged in reads the anonymised one here, as anyone can at
 * {@code /uppfoljning/offentlig} without logging in. Both can be downloaded as CSV.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ReviewPage {

  static final String CSV = "text/csv";

  /**
   * The period as chosen in the form.
   *
   * @param period {@code 12m} (the default), {@code current}, {@code previous} or {@code custom}
   */
  public record PeriodForm(String period, String from, String to) {

    /** The period as a query string (without a leading {@code ?}), for the CSV link. */
    public String query() {
      Map<String, String> params = new LinkedHashMap<>();
      params.put("period", period);
      if ("custom".equals(period)) {
        params.put("from", from);
        params.put("to", to);
      }
      StringBuilder q = new StringBuilder();
      params.forEach(
          (k, v) -> {
            if (v != null && !v.isEmpty()) {
              q.append(q.length() == 0 ? "" : "&")
                  .append(k)
                  .append('=')
                  .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
          });
      return q.toString();
    }
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance review(
        PageContext page,
        ReviewModel review,
        PeriodForm form,
        FormErrors errors,
        boolean publicAddress);
  }

  private final PageContext page;
  private final ProduceReview produce;
  private final ReviewAccess access;
  private final OrganisationDirectory directory;
  private final Clock clock;

  public ReviewPage(
      PageContext page,
      ProduceReview produce,
      ReviewAccess access,
      OrganisationDirectory directory,
      Clock clock) {
    this.page = page;
    this.produce = produce;
    this.access = access;
    this.directory = directory;
    this.clock = clock;
  }

  /** The full review for KD, the KSO and auditors; the anonymised one for everyone else. */
  @GET
  @Path("uppfoljning")
  @RolesAllowed(Roles.MEMBER)
  @Operation(hidden = true)
  public Response review(
      @QueryParam("period") String period,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return show(
        access.editionFor(page.personId()) == ReviewAccess.Edition.FULL, false, period, from, to);
  }

  /** The anonymised review, for anyone, without login. */
  @GET
  @Path("uppfoljning/offentlig")
  @PermitAll
  @Operation(hidden = true)
  public Response anonymised(
      @QueryParam("period") String period,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return show(false, true, period, from, to);
  }

  /** The full review as CSV; the role is checked here, see {@code DeviationsPage}. */
  @GET
  @Path("uppfoljning.csv")
  @Produces(CSV)
  @RolesAllowed(Roles.MEMBER)
  @Operation(hidden = true)
  public Response fullCsv(
      @QueryParam("period") String period,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    access.requireFull(page.requirePerson());
    Review review = produce.produce(period(form(period, from, to)));
    return csv(ReviewCsv.full(ReviewViews.full(review)), "uppfoljning");
  }

  @GET
  @Path("uppfoljning/offentlig.csv")
  @Produces(CSV)
  @PermitAll
  @Operation(hidden = true)
  public Response anonymisedCsv(
      @QueryParam("period") String period,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    Review review = produce.produce(period(form(period, from, to)));
    return csv(
        ReviewCsv.anonymised(ReviewViews.anonymised(review, produce.suppression())),
        "uppfoljning-offentlig");
  }

  private Response show(
      boolean full, boolean publicAddress, String period, String from, String to) {
    PeriodForm form = form(period, from, to);
    FormErrors errors = new FormErrors();
    ReviewPeriod chosen;
    try {
      chosen = period(form);
    } catch (SamspelException e) {
      if (e.kind() != SamspelException.Kind.INVALID_INPUT) {
        throw e;
      }
      RecordTexts texts = texts();
      for (FieldProblem p : e.problems()) {
        String field = "to".equals(p.field()) ? "to" : "from";
        errors.add(
            field,
            p.reason().contains("10 years")
                ? texts.error_period_too_long()
                : "to".equals(field) && p.reason().contains("before")
                    ? texts.error_to_before_from()
                    : texts.error_date());
      }
      chosen = produce.period(null, null, null);
    }
    Review review = produce.produce(chosen);
    LocalDate today = LocalDate.now(clock);
    ReviewModel model =
        full
            ? ReviewModel.full(ReviewViews.full(review), directory.current(), today, page.locale())
            : ReviewModel.anonymised(
                ReviewViews.anonymised(review, produce.suppression()), page.locale());
    return Response.status(errors.any() ? FormErrors.STATUS : 200)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(Templates.review(page, model, form, errors, publicAddress).setLocale(page.locale()))
        .build();
  }

  private static PeriodForm form(String period, String from, String to) {
    String f = clean(from);
    String t = clean(to);
    String p = clean(period);
    if (p.isEmpty()) {
      p = f.isEmpty() && t.isEmpty() ? "12m" : "custom";
    }
    if (!p.equals("current") && !p.equals("previous") && !p.equals("custom")) {
      p = "12m";
    }
    return new PeriodForm(p, f, t);
  }

  private ReviewPeriod period(PeriodForm form) {
    switch (form.period()) {
      case "current":
        return produce.period(null, null, "current");
      case "previous":
        return produce.period(null, null, "previous");
      case "custom":
        return produce.period(
            form.from().isEmpty() ? null : form.from(),
            form.to().isEmpty() ? null : form.to(),
            null);
      default:
        return produce.period(null, null, null);
    }
  }

  private static Response csv(String body, String name) {
    return Response.ok(body, CSV + "; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
        .build();
  }

  private static String clean(String value) {
    if (value == null) {
      return "";
    }
    String v = value.strip();
    return v.length() > 32 ? v.substring(0, 32) : v;
  }

  private RecordTexts texts() {
    return "en".equals(page.lang())
        ? MessageBundles.get(RecordTexts.class, Localized.Literal.of("en"))
        : MessageBundles.get(RecordTexts.class);
  }
}
