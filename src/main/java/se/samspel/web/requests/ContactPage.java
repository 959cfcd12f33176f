package se.samspel.web.requests;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import se.samspel.common.FieldProblem;
import se.samspel.common.SamspelException;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.Position;
import se.samspel.organisation.domain.PositionId;
import se.samspel.organisation.domain.Roles;
import se.samspel.organisation.domain.Unit;
import se.samspel.policy.application.PolicyCatalog;
import se.samspel.policy.domain.ContactContext;
import se.samspel.policy.domain.ContactFlag;
import se.samspel.policy.domain.ContactKind;
import se.samspel.policy.domain.PolicyVersion;
import se.samspel.policy.domain.QuestionType;
import se.samspel.request.application.SubmitContactRequest;
import se.samspel.request.application.SubmitOutcome;
import se.samspel.request.domain.ContactRequest;
import se.samspel.request.domain.RequestDetails;
import se.samspel.routing.application.ContactOffer;
import se.samspel.routing.application.ContactOptions;
import se.samspel.routing.application.KindOffer;
import se.samspel.routing.application.RouteCommand;
import se.samspel.routing.application.RouteContact;
import se.samspel.routing.application.RouteViews;
import se.samspel.routing.domain.Target;
import se.samspel.web.Chooser;
import se.samspel.web.Choosers;
import se.samspel.web.FormErrors;
import se.samspel.web.PageContext;

/**
 * "Kontakta förvaltningen": whom I want to reach and why. "Visa väg" shows the route the guideline
 * prescribes (or that the contact is free, or not permitted) with the rule's quote and source,
 * before anything is sent; "Skicka" submits the request and goes to its page.
 */
@Path("/kontakta")
@RolesAllowed(Roles.MEMBER)
@Produces(MediaType.TEXT_HTML)
public class ContactPage {

  /**
   * What the form offers this reader: positions to act in, whom to reach, which kinds, and which
   * fields each kind needs. A field that only some kinds need carries them ({@link ForKinds}):
   * {@code /assets/contact-form.js} hides it while another kind is chosen, and the page rendered
   * after a kind was chosen leaves it out; without JavaScript its hint names the kinds.
   */
  public record Choices(
      List<Option> requesterPositions,
      Chooser target,
      String targetHint,
      ForKinds targetFor,
      ForKinds targetSkippedFor,
      List<Option> kinds,
      boolean context,
      ForKinds contextFor,
      boolean question,
      ForKinds questionFor,
      List<Option> questions,
      ForKinds flagsFor,
      List<Flag> flags) {}

  /**
   * The kinds a field is asked for (issue 15: a staff member's problem is not asked whom it is for,
   * since the guideline sends it to the nearest manager).
   *
   * @param kinds the kinds' names, space-separated, for the page's script ({@code data-for-kinds})
   * @param hidden whether the kind chosen does not need the field
   * @param hint "Gäller: …" naming the kinds when only some need it; empty when all do
   */
  public record ForKinds(String kinds, boolean hidden, String hint) {}

  /**
   * A circumstance the guideline's rules depend on, as a checkbox, with what it means: the label
   * alone ("Gäller den närmaste chefen") does not say when to tick it (issue 15).
   */
  public record Flag(
      String field, String label, String hint, boolean selected, ForKinds forKinds) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance contact(
        PageContext page,
        ContactForm form,
        Choices choices,
        FormErrors errors,
        RouteViews.RouteView preview,
        boolean notSent);

    static native TemplateInstance none(PageContext page);
  }

  private static final int SUBJECT_MAX = ContactRequest.MAX_SUBJECT_LENGTH;
  private static final int PURPOSE_MAX = ContactRequest.MAX_PURPOSE_LENGTH;

  private final PageContext page;
  private final RouteContact routeContact;
  private final SubmitContactRequest submit;
  private final ContactOptions contactOptions;
  private final OrganisationDirectory directory;
  private final PolicyCatalog policies;
  private final Choosers choosers;
  private final Clock clock;

  public ContactPage(
      PageContext page,
      RouteContact routeContact,
      SubmitContactRequest submit,
      ContactOptions contactOptions,
      OrganisationDirectory directory,
      PolicyCatalog policies,
      Choosers choosers,
      Clock clock) {
    this.page = page;
    this.routeContact = routeContact;
    this.submit = submit;
    this.contactOptions = contactOptions;
    this.directory = directory;
    this.policies = policies;
    this.choosers = choosers;
    this.clock = clock;
  }

  @GET
  @Operation(hidden = true)
  public TemplateInstance form(
      @QueryParam("sok") String search, @QueryParam("till") String target) {
    Optional<PolicyVersion> policy = policies.active();
    if (policy.isEmpty()) {
      return Templates.none(page).setLocale(page.locale());
    }
    ContactForm form = ContactForm.empty();
    form.search = trimmed(search);
    form.target = trimmed(target);
    return Templates.contact(page, form, choices(form), FormErrors.none(), null, false)
        .setLocale(page.locale());
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response post(
      @RestForm("_csrf") String csrf,
      @RestForm("action") String action,
      @RestForm("targetSok") String search,
      @RestForm("requesterPosition") String requesterPosition,
      @RestForm("target") String target,
      @RestForm("kind") String kind,
      @RestForm("context") String context,
      @RestForm("question") String question,
      @RestForm("purposeStated") String purposeStated,
      @RestForm("concernsNearestManager") String concernsNearestManager,
      @RestForm("strategic") String strategic,
      @RestForm("subject") String subject,
      @RestForm("purpose") String purpose,
      @RestForm("wishedFrom") String wishedFrom,
      @RestForm("wishedTo") String wishedTo) {
    page.verifyCsrf(csrf);
    ContactForm form = new ContactForm();
    form.action = action;
    form.search = search;
    form.requesterPosition = requesterPosition;
    form.target = target;
    form.kind = kind;
    form.context = context;
    form.question = question;
    form.purposeStated = purposeStated;
    form.concernsNearestManager = concernsNearestManager;
    form.strategic = strategic;
    form.subject = subject;
    form.purpose = purpose;
    form.wishedFrom = wishedFrom;
    form.wishedTo = wishedTo;
    PersonId reader = page.requirePerson();
    // Without a guideline in force the form cannot be shown again: the page of that problem
    // instead.
    policies.requireActive();
    if (form.searching()) {
      // "Sök" in the chooser: the same form again with the matches to choose among, all else kept.
      return render(200, form, FormErrors.none(), null, false);
    }
    RequestTexts texts = Words.of(page);
    ContactOffer offer = contactOptions.offeredTo(reader);
    FormErrors errors = validate(form, texts, offer);
    if (errors.any()) {
      return render(FormErrors.STATUS, form, errors, null, false);
    }
    RouteCommand command = command(form, asksTarget(form, offer));
    if (!form.sending()) {
      try {
        RouteViews.RouteView preview =
            RouteViews.of(routeContact.route(reader, command), null, null);
        return render(200, form, errors, preview, false);
      } catch (SamspelException e) {
        return render(status(e), form, problems(e, texts), null, false);
      }
    }
    SubmitOutcome outcome;
    try {
      outcome = submit.submit(reader, command, details(form));
    } catch (SamspelException e) {
      return render(status(e), form, problems(e, texts), null, false);
    }
    if (outcome instanceof SubmitOutcome.Refused refused) {
      // Free, forbidden, without a rule or without a way through the organisation: nothing was
      // stored; show why, as the preview does, from the routing the refusal rests on.
      return render(
          FormErrors.STATUS, form, errors, RouteViews.of(refused.plan(), null, null), true);
    }
    ContactRequest request = ((SubmitOutcome.Submitted) outcome).request();
    return Response.seeOther(page.uri("/arenden/" + request.id().value() + "?klart=skickat"))
        .build();
  }

  private Response render(
      int status,
      ContactForm form,
      FormErrors errors,
      RouteViews.RouteView preview,
      boolean notSent) {
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(
            Templates.contact(page, form, choices(form), errors, preview, notSent)
                .setLocale(page.locale()))
        .build();
  }

  // ---- validation -----------------------------------------------------------------------------

  private FormErrors validate(ContactForm form, RequestTexts texts, ContactOffer offer) {
    FormErrors errors = FormErrors.none();
    OrganisationGraph graph = directory.current();
    form.target = trimmed(form.target);
    form.subject = form.subject == null ? null : form.subject.strip();
    // In the order the page asks: what it is about, then whom.
    if (parse(ContactKind.class, form.kind).isEmpty()) {
      errors.add("kind", texts.error_kind());
    }
    if (asksTarget(form, offer)
        && (form.target == null || graph.position(new PositionId(form.target)).isEmpty())) {
      errors.add("target", texts.error_target());
    }
    for (ContactFlag flag : ContactFlag.values()) {
      String value = flagValue(form, flag);
      if (value != null && !value.isBlank() && !checked(value)) {
        errors.add(fieldOf(flag), texts.error_checkbox());
      }
    }
    if (trimmed(form.question) != null && parse(QuestionType.class, form.question).isEmpty()) {
      errors.add("question", texts.error_question());
    }
    if (form.sending()) {
      if (form.subject == null || form.subject.isEmpty()) {
        errors.add("subject", texts.error_subject());
      } else if (form.subject.length() > SUBJECT_MAX) {
        errors.add("subject", texts.error_too_long(SUBJECT_MAX));
      }
    }
    if (form.purpose != null && form.purpose.length() > PURPOSE_MAX) {
      errors.add("purpose", texts.error_too_long(PURPOSE_MAX));
    }
    Optional<LocalDate> from = date(form.wishedFrom, "wishedFrom", errors, texts);
    Optional<LocalDate> to = date(form.wishedTo, "wishedTo", errors, texts);
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      errors.add("wishedTo", texts.error_dates());
    }
    return errors;
  }

  private static Optional<LocalDate> date(
      String text, String field, FormErrors errors, RequestTexts texts) {
    String value = trimmed(text);
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value));
    } catch (DateTimeParseException e) {
      errors.add(field, texts.error_date());
      return Optional.empty();
    }
  }

  /** A problem the services reported, placed at the field it names when the form has it. */
  private static FormErrors problems(SamspelException e, RequestTexts texts) {
    FormErrors errors = FormErrors.none();
    if (e.kind() == SamspelException.Kind.NOT_FOUND) {
      return errors.add("target", texts.error_target());
    }
    if ("no-active-policy".equals(e.code())) {
      return errors.add("kind", texts.error_no_policy());
    }
    for (FieldProblem problem : e.problems()) {
      String field =
          switch (problem.field()) {
            case "requesterPosition" -> "requesterPosition";
            case "target", "target.position" -> "target";
            case "wishedTo" -> "wishedTo";
            default -> "kind";
          };
      errors.add(field, texts.error_service(problem.reason()));
    }
    if (errors.isEmpty()) {
      errors.add("kind", texts.error_service(e.getMessage()));
    }
    return errors;
  }

  private static int status(SamspelException e) {
    return switch (e.kind()) {
      case NOT_FOUND, INVALID_INPUT, UNPROCESSABLE -> FormErrors.STATUS;
      case CONFLICT -> 409;
      case FORBIDDEN -> 403;
      default -> FormErrors.STATUS;
    };
  }

  // ---- the command ----------------------------------------------------------------------------

  /**
   * Whether the form needs a target: unless the kind chosen is one the guideline decides without
   * one. A target chosen all the same for such a kind is not sent: the route would not look at it.
   */
  private static boolean asksTarget(ContactForm form, ContactOffer offer) {
    return parse(ContactKind.class, form.kind)
        .flatMap(offer::of)
        .map(KindOffer::asksTarget)
        .orElse(true);
  }

  private static RouteCommand command(ContactForm form, boolean withTarget) {
    Set<ContactFlag> flags = EnumSet.noneOf(ContactFlag.class);
    if (checked(form.purposeStated)) {
      flags.add(ContactFlag.PURPOSE_STATED);
    }
    if (checked(form.concernsNearestManager)) {
      flags.add(ContactFlag.CONCERNS_NEAREST_MANAGER);
    }
    if (checked(form.strategic)) {
      flags.add(ContactFlag.STRATEGIC);
    }
    return new RouteCommand(
        Optional.ofNullable(trimmed(form.requesterPosition)).map(PositionId::new),
        Optional.empty(),
        withTarget ? new Target.OfPosition(new PositionId(form.target)) : new Target.Unnamed(),
        parse(ContactKind.class, form.kind).orElseThrow(),
        form.offDuty() ? ContactContext.OFF_DUTY : ContactContext.ON_DUTY,
        parse(QuestionType.class, form.question),
        flags);
  }

  private static RequestDetails details(ContactForm form) {
    return new RequestDetails(
        form.subject,
        Optional.ofNullable(trimmed(form.purpose)),
        Optional.ofNullable(trimmed(form.wishedFrom)).map(LocalDate::parse),
        Optional.ofNullable(trimmed(form.wishedTo)).map(LocalDate::parse));
  }

  // ---- what the form offers -------------------------------------------------------------------

  private Choices choices(ContactForm form) {
    OrganisationGraph graph = directory.current();
    LocalDate today = LocalDate.now(clock);
    PersonId reader = page.requirePerson();
    List<Position> held =
        graph.positionsHeldBy(reader, today).stream()
            .sorted(Comparator.comparing(Position::kind).thenComparing(p -> p.id().value()))
            .toList();
    Set<PositionId> own = held.stream().map(Position::id).collect(Collectors.toSet());

    String chosenAs = trimmed(form.requesterPosition);
    List<Option> requesterPositions = new ArrayList<>();
    if (held.size() > 1) {
      for (int i = 0; i < held.size(); i++) {
        Position p = held.get(i);
        boolean selected = chosenAs == null ? i == 0 : chosenAs.equals(p.id().value());
        requesterPositions.add(
            new Option(p.id().value(), p.title() + ", " + unitName(graph, p), selected));
      }
    }

    ContactOffer offer = contactOptions.offeredTo(reader);
    Optional<KindOffer> chosen = parse(ContactKind.class, form.kind).flatMap(offer::of);
    List<Option> kindOptions =
        offer.kinds().stream()
            .map(k -> new Option(k.name(), page.term("ContactKind", k), k.name().equals(form.kind)))
            .toList();
    List<Option> questions =
        offer.questions().stream()
            .map(
                q ->
                    new Option(
                        q.name(), page.term("QuestionType", q), q.name().equals(form.question)))
            .toList();
    List<Flag> flags =
        offer.flags().stream()
            .map(
                f ->
                    new Flag(
                        fieldOf(f),
                        page.term("ContactFlag", f),
                        page.term("ContactFlagHint", f),
                        checked(form, f),
                        forKinds(offer, chosen, k -> k.flags().contains(f))))
            .toList();

    Chooser target =
        choosers.positions(
            page, new Choosers.Request("target", "", form.search, form.target, List.of(), own));
    ForKinds targetFor = targetFor(offer, chosen, form.searching());
    String kindsWithout =
        offer.kindsWithoutTarget().stream().map(Enum::name).collect(Collectors.joining(" "));
    return new Choices(
        requesterPositions,
        target,
        Words.of(page).target_hint() + (targetFor.hint().isEmpty() ? "" : " " + targetFor.hint()),
        targetFor,
        // Said where the target was, once a kind that needs none is chosen.
        new ForKinds(
            kindsWithout, chosen.map(KindOffer::asksTarget).orElse(true) || form.searching(), ""),
        kindOptions,
        offer.asksContext(),
        forKinds(offer, chosen, k -> !k.contexts().isEmpty()),
        offer.asksQuestion(),
        forKinds(offer, chosen, k -> !k.questions().isEmpty()),
        questions,
        forKinds(offer, chosen, k -> !k.flags().isEmpty()),
        flags);
  }

  /** The kinds a field is asked for, whether the chosen kind leaves it out, and its hint. */
  private ForKinds forKinds(
      ContactOffer offer, Optional<KindOffer> chosen, Predicate<KindOffer> asks) {
    List<KindOffer> asking = offer.byKind().stream().filter(asks).toList();
    String names = asking.stream().map(k -> k.kind().name()).collect(Collectors.joining(" "));
    boolean hidden = chosen.isPresent() && !asks.test(chosen.get());
    String hint =
        asking.size() == offer.byKind().size()
            ? ""
            : Words.of(page).applies_to(labels(asking.stream().map(KindOffer::kind).toList()));
    return new ForKinds(names, hidden, hint);
  }

  /**
   * The target's kinds, with a hint naming the kinds that need no target, if any. A search the
   * reader made shows its matches even under such a kind: they asked for them.
   */
  private ForKinds targetFor(ContactOffer offer, Optional<KindOffer> chosen, boolean searching) {
    ForKinds asked = forKinds(offer, chosen, KindOffer::asksTarget);
    List<ContactKind> without = offer.kindsWithoutTarget();
    String hint = without.isEmpty() ? "" : Words.of(page).target_not_needed(labels(without));
    return new ForKinds(asked.kinds(), asked.hidden() && !searching, hint);
  }

  private String labels(List<ContactKind> kinds) {
    return kinds.stream()
        .map(k -> lowerFirst(page.term("ContactKind", k)))
        .collect(Collectors.joining(", "));
  }

  /** "Problem i arbetet" inside a sentence; an abbreviation ("KD …") keeps its capitals. */
  private String lowerFirst(String label) {
    if (label.length() > 1 && Character.isUpperCase(label.charAt(1))) {
      return label;
    }
    return label.substring(0, 1).toLowerCase(page.locale()) + label.substring(1);
  }

  private static String unitName(OrganisationGraph graph, Position p) {
    return graph.unit(p.unit()).map(Unit::name).orElse(p.unit().value());
  }

  private static String fieldOf(ContactFlag flag) {
    return switch (flag) {
      case PURPOSE_STATED -> "purposeStated";
      case CONCERNS_NEAREST_MANAGER -> "concernsNearestManager";
      case STRATEGIC -> "strategic";
      default -> flag.name();
    };
  }

  private static boolean checked(ContactForm form, ContactFlag flag) {
    return checked(flagValue(form, flag));
  }

  /** What the form posted for a flag's checkbox; null for a flag the form has no box for. */
  private static String flagValue(ContactForm form, ContactFlag flag) {
    return switch (flag) {
      case PURPOSE_STATED -> form.purposeStated;
      case CONCERNS_NEAREST_MANAGER -> form.concernsNearestManager;
      case STRATEGIC -> form.strategic;
      default -> null;
    };
  }

  /**
   * A ticked box posts its value ("ja"; "on" and "true" from other clients); an unticked one posts
   * nothing. Any other value ("nej") is neither, and the form says so rather than read it as
   * ticked.
   */
  private static boolean checked(String value) {
    return value != null && CHECKED.contains(value.strip().toLowerCase(java.util.Locale.ROOT));
  }

  private static final Set<String> CHECKED = Set.of("ja", "on", "true");

  static String trimmed(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }

  static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
    String v = trimmed(value);
    if (v == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Enum.valueOf(type, v));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
