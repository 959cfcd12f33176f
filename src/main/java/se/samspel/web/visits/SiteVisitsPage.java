package se.samspel.web.visits;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
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
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import se.samspel.common.FieldProblem;
import se.samspel.common.SamspelException;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.Position;
import se.samspel.organisation.domain.Roles;
import se.samspel.organisation.domain.Unit;
import se.samspel.policy.application.PolicyCatalog;
import se.samspel.visit.application.ReadSiteVisits;
import se.samspel.visit.application.RegisterSiteVisit;
import se.samspel.visit.application.SiteVisitViews;
import se.samspel.visit.application.SiteVisitViews.SiteVisitView;
import se.samspel.visit.domain.SiteVisit;
import se.samspel.visit.domain.SiteVisitId;
import se.samspel.web.Chooser;
import se.samspel.web.Choosers;
import se.samspel.web.FormErrors;
import se.samspel.web.PageContext;

/**
 * "Verksamhetsbesök": a politician registers a spontaneous site visit afterwards (the same use case
 * as {@code POST /api/site-visits}) and sees the visits they registered with each one's verdict.
 * After registering, the reader is sent back here (post/redirect/get) with the new visit's verdict
 * shown above the form. Only a person holding a political position opens it (403 otherwise).
 *
 * <p>The visited unit is chosen by search among the administration's units ({@link Chooser}): "Sök"
 * posts the form back with everything typed and the matches as radio buttons, so it works without
 * JavaScript; {@code /assets/chooser.js} adds type-ahead from {@code /sok/enheter}.
 */
@Path("/verksamhetsbesok")
@RolesAllowed(Roles.MEMBER)
@Produces(MediaType.TEXT_HTML)
public class SiteVisitsPage {

  /**
   * What the reader entered, kept as typed so that a form with problems, or with a search's
   * matches, shows it again.
   *
   * @param unit the chosen unit's id (the chooser's radio button)
   * @param unitSok the words searched for in the unit chooser
   */
  public record VisitForm(
      String unit, String visitedOn, String requesterPosition, String note, String unitSok) {

    /**
     * Whether to show the chooser's matches rather than register: "Sök" was pressed, or words were
     * typed while no unit is chosen (Enter in the search box without JavaScript submits with the
     * form's default button, which registers).
     */
    boolean searching(String action) {
      return (action != null && action.startsWith("sok-"))
          || (unit.isEmpty() && !unitSok.isEmpty());
    }
  }

  public record Option(String value, String label) {}

  /**
   * What the form offers: the reader's political offices, the unit chooser, and the bounds of its
   * fields.
   */
  public record Choices(List<Option> mine, Chooser unit, String today, int noteMax) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance visits(
        PageContext page,
        VisitForm form,
        FormErrors errors,
        Choices choices,
        List<SiteVisitView> visits,
        SiteVisitView registered);
  }

  private final PageContext page;
  private final RegisterSiteVisit register;
  private final ReadSiteVisits read;
  private final OrganisationDirectory directory;
  private final PolicyCatalog policies;
  private final Choosers choosers;
  private final Clock clock;

  public SiteVisitsPage(
      PageContext page,
      RegisterSiteVisit register,
      ReadSiteVisits read,
      OrganisationDirectory directory,
      PolicyCatalog policies,
      Choosers choosers,
      Clock clock) {
    this.page = page;
    this.register = register;
    this.read = read;
    this.directory = directory;
    this.policies = policies;
    this.choosers = choosers;
    this.clock = clock;
  }

  @GET
  @Operation(hidden = true)
  public TemplateInstance visits(@QueryParam("besok") String besok) {
    PersonId me = requirePolitician();
    SiteVisitView registered =
        Optional.ofNullable(besok)
            .flatMap(SiteVisitId::parse)
            .flatMap(id -> read.mine(me).stream().filter(v -> v.id().equals(id)).findFirst())
            .map(this::view)
            .orElse(null);
    VisitForm empty = new VisitForm("", LocalDate.now(clock).toString(), "", "", "");
    return Templates.visits(page, empty, FormErrors.none(), choices(empty), mine(me), registered)
        .setLocale(page.locale());
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response registerVisit(
      @RestForm("_csrf") String csrf,
      @RestForm("action") String action,
      @RestForm("unitSok") String unitSok,
      @RestForm("unit") String unit,
      @RestForm("visitedOn") String visitedOn,
      @RestForm("requesterPosition") String requesterPosition,
      @RestForm("note") String note) {
    page.verifyCsrf(csrf);
    PersonId me = requirePolitician();
    VisitForm form =
        new VisitForm(
            trim(unit),
            trim(visitedOn),
            trim(requesterPosition),
            note == null ? "" : note.strip(),
            trim(unitSok));
    if (form.searching(action)) {
      // "Sök" in the chooser: the same form again with the matches to choose among, all else kept.
      return Response.ok(
              Templates.visits(page, form, FormErrors.none(), choices(form), mine(me), null)
                  .setLocale(page.locale()))
          .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
          .build();
    }
    VisitTexts texts = texts();
    FormErrors errors = new FormErrors();
    if (form.unit().isEmpty()) {
      errors.add("unit", texts.error_unit());
    }
    LocalDate day = null;
    try {
      day = LocalDate.parse(form.visitedOn());
    } catch (DateTimeParseException e) {
      errors.add("visitedOn", texts.error_visited_on());
    }
    if (form.note().length() > SiteVisit.MAX_NOTE_LENGTH) {
      errors.add("note", texts.error_note(SiteVisit.MAX_NOTE_LENGTH));
    }
    if (errors.any()) {
      return invalid(me, form, errors);
    }
    RegisterSiteVisit.Registered registered;
    try {
      registered =
          register.register(
              me,
              new RegisterSiteVisit.Command(
                  Optional.of(form.unit()),
                  Optional.empty(),
                  Optional.of(day),
                  Optional.of(form.note()),
                  Optional.of(form.requesterPosition())));
    } catch (SamspelException e) {
      if (e.kind() != SamspelException.Kind.UNPROCESSABLE) {
        throw e;
      }
      for (FieldProblem p : e.problems()) {
        switch (String.valueOf(p.field())) {
          case "visitedOn" -> errors.add("visitedOn", texts.error_visited_on());
          case "note" -> errors.add("note", texts.error_note(SiteVisit.MAX_NOTE_LENGTH));
          case "requesterPosition" ->
              errors.add("requesterPosition", texts.error_requester_position());
          default -> errors.add("unit", texts.error_unit());
        }
      }
      return invalid(me, form, errors);
    }
    return Response.seeOther(page.uri("/verksamhetsbesok?besok=" + registered.visit().id().value()))
        .build();
  }

  private PersonId requirePolitician() {
    PersonId me = page.requirePerson();
    if (!page.has(Roles.POLITICIAN)) {
      throw SamspelException.forbidden(
          "Only a person holding a political position registers a site visit");
    }
    return me;
  }

  private Response invalid(PersonId me, VisitForm form, FormErrors errors) {
    return Response.status(FormErrors.STATUS)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(
            Templates.visits(page, form, errors, choices(form), mine(me), null)
                .setLocale(page.locale()))
        .build();
  }

  private List<SiteVisitView> mine(PersonId me) {
    return read.mine(me).stream().map(views()).toList();
  }

  private SiteVisitView view(SiteVisit visit) {
    return views().apply(visit);
  }

  private Function<SiteVisit, SiteVisitView> views() {
    return SiteVisitViews.forToday(directory, policies, clock);
  }

  private Choices choices(VisitForm form) {
    OrganisationGraph graph = directory.current();
    LocalDate today = LocalDate.now(clock);
    VisitTexts texts = texts();
    List<Option> mine =
        graph.positionsHeldBy(page.requirePerson(), today).stream()
            .filter(p -> p.kind().isPolitical())
            .sorted(Comparator.comparing((Position p) -> p.id().value()))
            .map(
                p ->
                    new Option(
                        p.id().value(),
                        texts.option_mine(
                            p.title(), graph.unit(p.unit()).map(Unit::name).orElse(""))))
            .toList();
    // The units are the administration's, found by search: a real organisation has thousands.
    Chooser unit = choosers.requiredUnit(page, "unit", form.unitSok(), form.unit());
    return new Choices(mine, unit, today.toString(), SiteVisit.MAX_NOTE_LENGTH);
  }

  private VisitTexts texts() {
    return "en".equals(page.lang())
        ? MessageBundles.get(VisitTexts.class, Localized.Literal.of("en"))
        : MessageBundles.get(VisitTexts.class);
  }

  private static String trim(String value) {
    return value == null ? "" : value.strip();
  }
}
