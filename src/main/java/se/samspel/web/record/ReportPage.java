package se.samspel.web.record;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import se.samspel.common.FieldProblem;
import se.samspel.common.SamspelException;
import se.samspel.deviation.application.ReadDeviations;
import se.samspel.deviation.domain.DeviationEntry;
import se.samspel.deviation.domain.DeviationKind;
import se.samspel.deviation.domain.NewDeviation;
import se.samspel.deviation.domain.PersonalData;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.Person;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.Position;
import se.samspel.organisation.domain.PositionId;
import se.samspel.organisation.domain.Roles;
import se.samspel.organisation.domain.Unit;
import se.samspel.organisation.domain.UnitId;
import se.samspel.policy.application.PolicyCatalog;
import se.samspel.policy.domain.ContactContext;
import se.samspel.policy.domain.ContactFlag;
import se.samspel.policy.domain.ContactKind;
import se.samspel.policy.domain.ExternalParty;
import se.samspel.policy.domain.PolicyVersion;
import se.samspel.policy.domain.Provenance;
import se.samspel.policy.domain.QuestionType;
import se.samspel.policy.domain.Rule;
import se.samspel.report.application.ReportContact;
import se.samspel.report.application.ReportOutcome;
import se.samspel.report.domain.NoDeviationReason;
import se.samspel.report.domain.Verdict;
import se.samspel.request.domain.Whistleblowing;
import se.samspel.routing.application.RouteViews;
import se.samspel.routing.domain.Target;
import se.samspel.web.Chooser;
import se.samspel.web.Choosers;
import se.samspel.web.FormErrors;
import se.samspel.web.PageContext;

/**
 * "Rapportera kontakt": anyone logged in reports a contact that happened and reads what the
 * guideline in force that day says of it. A deviation is stored in the deviation record and the
 * reader is sent on to its verdict (post/redirect/get); a contact in line with the guideline is
 * stored nowhere and its verdict is shown at once; a contact between a staff member and the media
 * is refused with the law's words, and nothing about it is kept.
 */
@Path("/rapportera")
@RolesAllowed(Roles.MEMBER)
@Produces(MediaType.TEXT_HTML)
public class ReportPage {

  /** The longest description the record takes (as the API). */
  static final int DESCRIPTION_MAX = PersonalData.MAX_REPORTED_DESCRIPTION_LENGTH;

  /** What the reader entered, kept as typed so that a form with problems shows it again. */
  public record ReportForm(
      String requester,
      String target,
      String date,
      String time,
      String kind,
      String context,
      String question,
      boolean purposeStated,
      boolean promiseOfAction,
      boolean concernsNearestManager,
      String description,
      String concernsUnit,
      String requesterSok,
      String targetSok,
      String concernsUnitSok) {

    /**
     * Whether to show the choosers' matches rather than check the form: a "Sök" was pressed, or
     * words were typed in a chooser of a party where no one is chosen yet (Enter in a search box
     * without JavaScript submits with the form's default button). The unit is left out: "none" is a
     * choice of its own there.
     */
    boolean searching(String action) {
      return (action != null && action.startsWith("sok-"))
          || (requester.isEmpty() && !requesterSok.isEmpty())
          || (target.isEmpty() && !targetSok.isEmpty());
    }
  }

  /**
   * What the form offers: who took the contact and whom it reached are chosen by search among all
   * of the organisation (the reader's own posts and the external parties always offered), as is the
   * unit a matter concerns.
   */
  public record Choices(
      Chooser requester, Chooser target, List<String> kinds, Chooser concernsUnit) {}

  /**
   * A verdict as the page explains it.
   *
   * @param outcome {@code deviation}, {@code none} or {@code protected}
   * @param reason why: {@code skipped-route}, {@code forbidden} (deviations); {@code free}, {@code
   *     route-begins}, {@code no-rule}, {@code unresolvable} (none); {@code meddelarfrihet}
   * @param seq the entry in the deviation record, for a deviation
   * @param detail the domain's own words (English), where the page has none of its own
   */
  public record VerdictView(
      String outcome,
      String reason,
      Long seq,
      Instant occurredAt,
      String kind,
      String requester,
      String target,
      String ruleId,
      String ruleTitle,
      String section,
      String quote,
      String severity,
      String source,
      List<RouteSteps.Step> steps,
      String detail,
      RouteViews.RecommendationView recommendation) {

    public boolean deviation() {
      return "deviation".equals(outcome);
    }

    public boolean isProtected() {
      return "protected".equals(outcome);
    }

    public boolean hasRule() {
      return ruleId != null;
    }
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance form(
        PageContext page, ReportForm form, FormErrors errors, Choices choices);

    static native TemplateInstance verdict(PageContext page, VerdictView verdict);
  }

  private final PageContext page;
  private final ReportContact reportContact;
  private final ReadDeviations readDeviations;
  private final OrganisationDirectory directory;
  private final PolicyCatalog policies;
  private final Choosers choosers;
  private final Clock clock;

  public ReportPage(
      PageContext page,
      ReportContact reportContact,
      ReadDeviations readDeviations,
      OrganisationDirectory directory,
      PolicyCatalog policies,
      Choosers choosers,
      Clock clock) {
    this.page = page;
    this.reportContact = reportContact;
    this.readDeviations = readDeviations;
    this.directory = directory;
    this.policies = policies;
    this.choosers = choosers;
    this.clock = clock;
  }

  @GET
  @Operation(hidden = true)
  public TemplateInstance form() {
    OrganisationGraph graph = directory.current();
    LocalDate today = LocalDate.now(clock);
    String requester =
        graph.positionsHeldBy(page.requirePerson(), today).stream()
            .findFirst()
            .map(p -> "pos:" + p.id().value())
            .orElse("");
    String now = LocalTime.now(clock).truncatedTo(ChronoUnit.MINUTES).toString();
    ReportForm empty =
        new ReportForm(
            requester,
            "",
            today.toString(),
            now,
            "",
            ContactContext.ON_DUTY.name(),
            "",
            false,
            false,
            false,
            "",
            "",
            "",
            "",
            "");
    return Templates.form(page, empty, FormErrors.none(), choices(graph, today, empty))
        .setLocale(page.locale());
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response report(
      @RestForm("_csrf") String csrf,
      @RestForm("action") String action,
      @RestForm("requesterSok") String requesterSok,
      @RestForm("targetSok") String targetSok,
      @RestForm("concernsUnitSok") String concernsUnitSok,
      @RestForm("requester") String requester,
      @RestForm("target") String target,
      @RestForm("date") String date,
      @RestForm("time") String time,
      @RestForm("kind") String kind,
      @RestForm("context") String context,
      @RestForm("question") String question,
      @RestForm("purposeStated") String purposeStated,
      @RestForm("promiseOfAction") String promiseOfAction,
      @RestForm("concernsNearestManager") String concernsNearestManager,
      @RestForm("description") String description,
      @RestForm("concernsUnit") String concernsUnit) {
    page.verifyCsrf(csrf);
    PersonId me = page.requirePerson();
    ReportForm form =
        new ReportForm(
            trim(requester),
            trim(target),
            trim(date),
            trim(time),
            trim(kind),
            trim(context),
            trim(question),
            purposeStated != null,
            promiseOfAction != null,
            concernsNearestManager != null,
            description == null ? "" : description.strip(),
            trim(concernsUnit),
            trim(requesterSok),
            trim(targetSok),
            trim(concernsUnitSok));
    RecordTexts texts = texts();
    FormErrors errors = new FormErrors();
    OrganisationGraph graph = directory.current();
    if (form.searching(action)) {
      return Response.ok(
              Templates.form(page, form, errors, choices(graph, LocalDate.now(clock), form))
                  .setLocale(page.locale()))
          .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
          .build();
    }

    Party from = party(graph, form.requester(), "requester", errors, texts);
    Party to = party(graph, form.target(), "target", errors, texts);
    if (from != null && to != null) {
      if (from.external().isPresent() && to.external().isPresent()) {
        errors.add("target", texts.error_both_external());
      } else if (from.position().isPresent() && from.position().equals(to.position())) {
        errors.add("target", texts.error_same_party());
      }
    }
    Instant occurredAt = occurredAt(form, errors, texts);
    ContactKind contactKind = parse(ContactKind.class, form.kind());
    if (contactKind == null) {
      errors.add("kind", texts.error_kind());
    } else if (Whistleblowing.concerns(contactKind)) {
      errors.add("kind", texts.error_whistleblowing());
    }
    ContactContext contactContext =
        form.context().isEmpty()
            ? ContactContext.ON_DUTY
            : parse(ContactContext.class, form.context());
    if (contactContext == null) {
      errors.add("context", texts.error_context());
    }
    QuestionType questionType = null;
    if (!form.question().isEmpty()) {
      questionType = parse(QuestionType.class, form.question());
      if (questionType == null) {
        errors.add("question", texts.error_question());
      }
    }
    if (form.description().length() > DESCRIPTION_MAX) {
      errors.add("description", texts.error_description(DESCRIPTION_MAX));
    }
    if (errors.any()) {
      return invalid(form, errors, graph);
    }

    Set<ContactFlag> flags = EnumSet.noneOf(ContactFlag.class);
    if (form.purposeStated()) {
      flags.add(ContactFlag.PURPOSE_STATED);
    }
    if (form.promiseOfAction()) {
      flags.add(ContactFlag.PROMISE_OF_ACTION);
    }
    if (form.concernsNearestManager()) {
      flags.add(ContactFlag.CONCERNS_NEAREST_MANAGER);
    }
    ReportContact.Report report =
        new ReportContact.Report(
            from.position(),
            from.external(),
            to.target(),
            contactKind,
            contactContext,
            Optional.ofNullable(questionType),
            flags,
            occurredAt,
            form.description().isEmpty() ? Optional.empty() : Optional.of(form.description()),
            form.concernsUnit().isEmpty()
                ? Optional.empty()
                : Optional.of(new UnitId(form.concernsUnit())));
    ReportOutcome outcome;
    try {
      outcome = reportContact.report(me, report);
    } catch (SamspelException e) {
      if (!placeProblems(e, errors, texts)) {
        throw e;
      }
      return invalid(form, errors, graph);
    }
    if (outcome instanceof ReportOutcome.Recorded recorded) {
      return Response.seeOther(page.uri("/rapportera/" + recorded.seq())).build();
    }
    if (outcome instanceof ReportOutcome.Protected law) {
      return Response.ok(
              Templates.verdict(page, refused(law, contactKind, occurredAt))
                  .setLocale(page.locale()))
          .build();
    }
    if (outcome instanceof ReportOutcome.NoGuidelineThen) {
      return invalid(form, errors.add("date", texts.error_no_policy()), graph);
    }
    if (outcome instanceof ReportOutcome.ForWhistleblowerFunction) {
      return invalid(form, errors.add("kind", texts.error_whistleblowing()), graph);
    }
    VerdictView verdict =
        noDeviation(
            (ReportOutcome.InLine) outcome,
            occurredAt,
            contactKind,
            label(graph, from, occurredAt),
            label(graph, to, occurredAt));
    return Response.ok(Templates.verdict(page, verdict).setLocale(page.locale())).build();
  }

  /**
   * The verdict of a deviation the reader reported: only its reporter sees it here (KD, the KSO and
   * auditors read every entry under "Avvikelser").
   */
  @GET
  @Path("/{seq}")
  @Operation(hidden = true)
  public TemplateInstance reported(@PathParam("seq") String seq) {
    long number;
    try {
      number = Long.parseLong(seq.trim());
    } catch (NumberFormatException e) {
      throw SamspelException.notFound("report", seq);
    }
    DeviationEntry entry;
    try {
      entry = readDeviations.get(number);
    } catch (SamspelException e) {
      throw SamspelException.notFound("report", seq);
    }
    NewDeviation d = entry.facts();
    if (d.kind() != DeviationKind.REPORTED_CONTACT
        || !d.personal().reporter().equals(Optional.of(page.requirePerson()))) {
      throw SamspelException.notFound("report", seq);
    }
    OrganisationGraph graph = directory.current();
    LocalDate today = LocalDate.now(clock);
    Optional<PolicyVersion> policy = policies.version(d.policyKey(), d.policyVersion());
    VerdictView view =
        new VerdictView(
            "deviation",
            d.prescribedRoute().isEmpty() ? "forbidden" : "skipped-route",
            entry.seq(),
            d.occurredAt(),
            "",
            personLabel(graph, d.personal().requester(), d.requesterRole()),
            personLabel(graph, d.personal().target(), d.targetRole()),
            d.ruleId(),
            d.ruleTitle(),
            d.section(),
            d.quote(),
            d.severity().name(),
            policy.map(v -> source(v.policy().provenance())).orElse(d.policyKey()),
            RouteSteps.of(d.prescribedRoute(), graph, today),
            d.summary(),
            null);
    return Templates.verdict(page, view).setLocale(page.locale());
  }

  // ---- the verdicts ---------------------------------------------------------------------------

  private VerdictView noDeviation(
      ReportOutcome.InLine outcome,
      Instant occurredAt,
      ContactKind kind,
      String requester,
      String target) {
    Verdict.NoDeviation none = outcome.verdict();
    Optional<Rule> rule = none.rule();
    String reason =
        switch (none.reason().kind()) {
          case FREE_BY_GUIDELINE -> "free";
          case DIRECT_IS_THE_ROUTE -> "route-begins";
          case DIRECT_FOR_THE_REQUESTER -> "direct-for-requester";
          case ROUTE_UNRESOLVABLE -> "unresolvable";
          case NO_RULE -> "no-rule";
        };
    // The page says why in its own words; only what the router could not resolve is shown as the
    // domain says it.
    String detail = none.reason() instanceof NoDeviationReason.RouteUnresolvable u ? u.why() : "";
    return new VerdictView(
        "none",
        reason,
        null,
        occurredAt,
        kind.name(),
        requester,
        target,
        rule.map(Rule::id).orElse(null),
        rule.map(Rule::title).orElse(null),
        rule.map(r -> r.source().section()).orElse(null),
        rule.map(r -> r.source().quote()).orElse(null),
        rule.map(r -> r.severity().name()).orElse(null),
        source(outcome.policy().policy().provenance()),
        List.of(),
        detail,
        none.reason() instanceof NoDeviationReason.FreeByGuideline free
            ? free.recommended()
                .map(r -> RouteViews.recommendation(directory.current(), r, LocalDate.now(clock)))
                .orElse(null)
            : null);
  }

  /** The law that protects the contact, as the use case names it: nothing about it is shown. */
  private static VerdictView refused(
      ReportOutcome.Protected protection, ContactKind kind, Instant occurredAt) {
    Rule law = protection.law();
    return new VerdictView(
        "protected",
        "meddelarfrihet",
        null,
        occurredAt,
        kind.name(),
        "",
        "",
        law.id(),
        law.title(),
        law.source().section(),
        law.source().quote(),
        null,
        source(protection.source()),
        List.of(),
        "",
        null);
  }

  private static String source(Provenance p) {
    return p.title() + ", " + p.municipality() + " (" + p.caseNumber() + ")";
  }

  // ---- reading the form -----------------------------------------------------------------------

  /** One side of the contact: a position of the organisation, or an external party. */
  private record Party(Optional<PositionId> position, Optional<ExternalParty> external) {
    Target target() {
      return position
          .<Target>map(Target.OfPosition::new)
          .orElseGet(() -> new Target.External(external.orElseThrow()));
    }
  }

  private static Party party(
      OrganisationGraph graph, String value, String field, FormErrors errors, RecordTexts texts) {
    if (value.startsWith("pos:")) {
      PositionId id = new PositionId(value.substring(4));
      if (graph.position(id).isPresent()) {
        return new Party(Optional.of(id), Optional.empty());
      }
    } else if (value.startsWith("ext:")) {
      ExternalParty external = parse(ExternalParty.class, value.substring(4));
      if (external != null) {
        return new Party(Optional.empty(), Optional.of(external));
      }
    }
    errors.add(field, "requester".equals(field) ? texts.error_requester() : texts.error_target());
    return null;
  }

  private Instant occurredAt(ReportForm form, FormErrors errors, RecordTexts texts) {
    LocalDate day = null;
    LocalTime at = null;
    try {
      day = LocalDate.parse(form.date());
    } catch (DateTimeParseException e) {
      errors.add("date", texts.error_date());
    }
    try {
      at = LocalTime.parse(form.time(), DateTimeFormatter.ofPattern("H:mm"));
    } catch (DateTimeParseException e) {
      errors.add("time", texts.error_time());
    }
    if (day == null || at == null) {
      return null;
    }
    Instant instant = day.atTime(at).atZone(clock.getZone()).toInstant();
    if (instant.isAfter(clock.instant())) {
      errors.add("date", texts.error_future());
      return null;
    }
    return instant;
  }

  /** Puts a refusal of the use case next to the field it concerns; false when it has none. */
  private static boolean placeProblems(SamspelException e, FormErrors errors, RecordTexts texts) {
    if (e.kind() == SamspelException.Kind.INVALID_INPUT
        || e.kind() == SamspelException.Kind.NOT_FOUND
        || e.kind() == SamspelException.Kind.UNPROCESSABLE) {
      for (FieldProblem p : e.problems()) {
        if ("occurredAt".equals(p.field())) {
          errors.add("date", texts.error_future());
        } else if (p.field() != null && p.field().startsWith("requester")) {
          errors.add("requester", texts.error_requester());
        } else if (p.field() != null && p.field().startsWith("target")) {
          errors.add("target", texts.error_target());
        } else if ("concernsUnit".equals(p.field())) {
          errors.add("concernsUnit", texts.error_concerns_unit());
        }
      }
      return errors.any();
    }
    return false;
  }

  private Response invalid(ReportForm form, FormErrors errors, OrganisationGraph graph) {
    LocalDate today = LocalDate.now(clock);
    return Response.status(FormErrors.STATUS)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(
            Templates.form(page, form, errors, choices(graph, today, form))
                .setLocale(page.locale()))
        .build();
  }

  private Choices choices(OrganisationGraph graph, LocalDate today, ReportForm form) {
    RecordTexts texts = texts();
    List<Chooser.Choice> mine =
        graph.positionsHeldBy(page.requirePerson(), today).stream()
            .map(
                p ->
                    new Chooser.Choice(
                        "pos:" + p.id().value(),
                        texts.group_mine(),
                        texts.option_mine(p.title(), unitName(graph, p), page.name()),
                        false))
            .toList();
    List<Chooser.Choice> external =
        Arrays.stream(ExternalParty.values())
            .map(
                e ->
                    new Chooser.Choice(
                        "ext:" + e.name(),
                        page.term("PartyType", e.name()),
                        texts.group_external(),
                        false))
            .toList();
    List<Chooser.Choice> requesterFixed = new ArrayList<>(mine);
    requesterFixed.addAll(external);
    Chooser requester =
        choosers.positions(
            page,
            new Choosers.Request(
                "requester",
                "pos:",
                form.requesterSok(),
                form.requester(),
                requesterFixed,
                Set.of()));
    Chooser target =
        choosers.positions(
            page,
            new Choosers.Request(
                "target", "pos:", form.targetSok(), form.target(), external, Set.of()));
    List<String> kinds =
        Arrays.stream(ContactKind.values())
            .filter(k -> !Whistleblowing.concerns(k))
            .map(Enum::name)
            .toList();
    // The units a matter can concern: the administration's departments and units, by search.
    Chooser units =
        choosers.units(
            page,
            "concernsUnit",
            form.concernsUnitSok(),
            form.concernsUnit(),
            texts.concerns_unit_none());
    return new Choices(requester, target, kinds, units);
  }

  private static String unitName(OrganisationGraph graph, Position p) {
    return graph.unit(p.unit()).map(Unit::name).orElse(p.unit().value());
  }

  private String label(OrganisationGraph graph, Party party, Instant at) {
    if (party.external().isPresent()) {
      return page.term("PartyType", party.external().get().name());
    }
    LocalDate day = LocalDate.ofInstant(at, clock.getZone());
    Position p = graph.position(party.position().orElseThrow()).orElseThrow();
    return graph
        .holderOn(p.id(), day)
        .map(h -> texts().option_position(p.title(), h.name()))
        .orElse(p.title());
  }

  private String personLabel(OrganisationGraph graph, Optional<PersonId> person, String role) {
    String roleName = page.term("PartyType", role);
    return person
        .flatMap(graph::person)
        .map(Person::name)
        .map(name -> name + " (" + roleName + ")")
        .orElse(roleName);
  }

  private RecordTexts texts() {
    return "en".equals(page.lang())
        ? MessageBundles.get(RecordTexts.class, Localized.Literal.of("en"))
        : MessageBundles.get(RecordTexts.class);
  }

  private static String trim(String value) {
    return value == null ? "" : value.strip();
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
