package se.samspel.web.requests;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.samspel.common.SamspelException;
import se.samspel.escalation.application.TakeQuickDecision;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.Person;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.Position;
import se.samspel.organisation.domain.PositionId;
import se.samspel.organisation.domain.Unit;
import se.samspel.organisation.domain.UnitKind;
import se.samspel.policy.application.PolicyCatalog;
import se.samspel.policy.domain.HopAction;
import se.samspel.request.application.Capacities;
import se.samspel.request.application.ReadRequests;
import se.samspel.request.application.RequestViews;
import se.samspel.request.domain.Capacity;
import se.samspel.request.domain.ContactRequest;
import se.samspel.request.domain.HopState;
import se.samspel.request.domain.RequestEventType;
import se.samspel.request.domain.RequestHop;
import se.samspel.request.domain.RequestId;
import se.samspel.web.FormErrors;
import se.samspel.web.PageContext;
import se.samspel.web.escalation.EscalationTexts;

/**
 * A request's page, shared by its requester and the people on its route: what it is, where it
 * waits, its route hop by hop, the rule it follows and its history; and the forms of what the
 * reader may do with it now (withdraw, approve, decline, redirect, arrange, resolve, take a quick
 * decision, take the matter at their level, complete).
 */
@RequestScoped
public class RequestScreen {

  /** Values typed into the page's forms, shown again when one is refused. */
  public record Kept(
      String manager,
      String note,
      String reason,
      String department,
      String forum,
      String redirectReason,
      String withdrawReason,
      String quickNote) {

    /** The values of the forms other than the quick decision's. */
    public Kept(
        String manager,
        String note,
        String reason,
        String department,
        String forum,
        String redirectReason,
        String withdrawReason) {
      this(manager, note, reason, department, forum, redirectReason, withdrawReason, "");
    }

    static Kept none() {
      return new Kept("", "", "", "", "", "", "");
    }
  }

  /** Everything the request's page shows. */
  public record Detail(
      RequestViews.RequestView request,
      boolean mine,
      boolean open,
      Next next,
      boolean canWithdraw,
      boolean canDecide,
      boolean canArrange,
      boolean canResolve,
      boolean canComplete,
      List<Option> managers,
      List<Option> departments,
      Notice notice,
      FormErrors errors,
      Kept kept,
      boolean canQuickDecide,
      boolean canTake) {}

  private final PageContext page;
  private final ReadRequests read;
  private final Capacities capacities;
  private final OrganisationDirectory directory;
  private final PolicyCatalog policies;
  private final TakeQuickDecision quickDecision;
  private final Clock clock;

  public RequestScreen(
      PageContext page,
      ReadRequests read,
      Capacities capacities,
      OrganisationDirectory directory,
      PolicyCatalog policies,
      TakeQuickDecision quickDecision,
      Clock clock) {
    this.page = page;
    this.read = read;
    this.capacities = capacities;
    this.directory = directory;
    this.policies = policies;
    this.quickDecision = quickDecision;
    this.clock = clock;
  }

  /** The request, if the reader takes part in it; any other is "not found" (ReadRequests.get). */
  ContactRequest load(String id) {
    return read.get(page.requirePerson(), requestId(id));
  }

  static RequestId requestId(String id) {
    return RequestId.parse(id)
        .orElseThrow(() -> SamspelException.notFound("request", String.valueOf(id)));
  }

  Response respond(
      int status, ContactRequest request, Notice notice, FormErrors errors, Kept kept) {
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(
            RequestPage.Templates.request(page, detail(request, notice, errors, kept))
                .setLocale(page.locale()))
        .build();
  }

  Detail detail(ContactRequest r, Notice notice, FormErrors errors, Kept kept) {
    PersonId reader = page.requirePerson();
    LocalDate today = LocalDate.now(clock);
    OrganisationGraph graph = directory.current();
    Capacity capacity = capacities.of(reader, today);
    boolean mine = r.isRequester(reader);
    RequestViews.RequestView view = view(r);
    Optional<RequestHop> current = r.current();
    boolean holds = current.map(h -> capacity.covers(h.position())).orElse(false);
    HopAction waiting = current.map(RequestHop::action).orElse(null);
    boolean canDecide = holds && waiting == HopAction.APPROVE;
    boolean canArrange = holds && waiting == HopAction.ARRANGE;
    boolean canResolve = holds && (waiting == HopAction.HANDLE || waiting == HopAction.ANSWER);
    boolean arrangedOrDone =
        r.status() == se.samspel.request.domain.RequestStatus.ARRANGED
            || (r.status() == se.samspel.request.domain.RequestStatus.APPROVED
                && current.isEmpty());
    boolean arranger =
        r.responsibleManager().map(capacity::covers).orElse(false)
            || r.hops().stream().anyMatch(h -> h.actedBy().equals(Optional.of(reader)));
    boolean canComplete = arrangedOrDone && (mine || arranger);
    Optional<RequestHop> arrangeHop =
        r.hops().stream()
            .filter(h -> h.state() == HopState.PENDING && h.action() == HopAction.ARRANGE)
            .findFirst();
    List<Option> managers =
        canDecide && arrangeHop.isPresent()
            ? managers(graph, r, arrangeHop.get().position(), kept.manager(), today)
            : List.of();
    List<Option> departments = canDecide ? departments(graph, kept.department()) : List.of();
    Next next = next(r).orElse(null);
    return new Detail(
        view,
        mine,
        r.status().isOpen(),
        next,
        mine && r.mayBeWithdrawn(),
        canDecide,
        canArrange,
        canResolve,
        canComplete,
        managers,
        departments,
        notice,
        errors,
        kept,
        quickDecision.mayTake(reader, r),
        holds && current.map(h -> !h.isAcknowledged()).orElse(false));
  }

  /** The request as the reader may see it, by the same rule as the API ({@code ReadRequests}). */
  RequestViews.RequestView view(ContactRequest r) {
    return RequestViews.of(
        r,
        directory.current(),
        directory.names(),
        policies.version(r.routedUnder().policyKey(), r.routedUnder().policyVersion()),
        LocalDate.now(clock),
        read.reader(page.requirePerson()).of(r));
  }

  /**
   * The request's subject as this reader may see it: a whistleblowing report's is for its reporter
   * and the function, others read that it is a report to the function.
   */
  String subject(ContactRequest r) {
    return read.reader(page.requirePerson()).of(r).content()
        ? r.details().subject()
        : hiddenSubject();
  }

  private String hiddenSubject() {
    return ("en".equals(page.lang())
            ? MessageBundles.get(EscalationTexts.class, Localized.Literal.of("en"))
            : MessageBundles.get(EscalationTexts.class))
        .hidden_subject();
  }

  /** What the request waits for now, if anything. */
  Optional<Next> next(ContactRequest r) {
    OrganisationGraph graph = directory.current();
    LocalDate today = LocalDate.now(clock);
    return r.current()
        .map(
            h -> {
              Optional<Position> position = graph.position(h.position());
              String who =
                  position
                      .flatMap(p -> p.holderOn(today))
                      .flatMap(graph::person)
                      .map(Person::name)
                      .orElse("");
              return new Next(
                  who,
                  position.map(Position::title).orElse(h.position().value()),
                  position.flatMap(p -> graph.unit(p.unit())).map(Unit::name).orElse(""),
                  h.action().name(),
                  h.dueAt().orElse(null));
            });
  }

  /**
   * A notice for what the reader just did, but only if the request's history says the reader did
   * it: an address typed by hand cannot make the page claim something that did not happen.
   */
  Optional<Notice> notice(ContactRequest r, String what) {
    if (what == null) {
      return Optional.empty();
    }
    RequestEventType event =
        switch (what) {
          case "skickat" -> RequestEventType.SUBMITTED;
          case "godkant" -> RequestEventType.APPROVED;
          case "avslaget" -> RequestEventType.DECLINED;
          case "omdirigerat" -> RequestEventType.REDIRECTED;
          case "aterkallat" -> RequestEventType.WITHDRAWN;
          case "ordnat" -> RequestEventType.ARRANGED;
          case "lost" -> RequestEventType.RESOLVED;
          case "klart" -> RequestEventType.COMPLETED;
          case "snabbt-beslut" -> RequestEventType.QUICK_DECISION_TAKEN;
          case "taget" -> RequestEventType.ACKNOWLEDGED;
          default -> null;
        };
    if (event == null) {
      return Optional.empty();
    }
    PersonId reader = page.requirePerson();
    boolean didIt =
        r.history().stream().anyMatch(e -> e.event() == event && e.actor().equals(reader));
    if (!didIt) {
      return Optional.empty();
    }
    return Optional.of(
        new Notice(
            event.name().toLowerCase(java.util.Locale.ROOT),
            subject(r),
            r.id().value(),
            r.redirectedTo().map(RequestScreen::destinationName).orElse(""),
            next(r).orElse(null)));
  }

  Notice conflict(ContactRequest r) {
    return new Notice("conflict", subject(r), r.id().value(), "", next(r).orElse(null));
  }

  /** A redirect's destination as stored ("U-SBF Samhällsbyggnadsförvaltningen" or a forum). */
  private static String destinationName(String stored) {
    int space = stored.indexOf(' ');
    return space > 0 && stored.startsWith("U-") ? stored.substring(space + 1) : stored;
  }

  /** Managers of the target's department, who may be named to arrange the contact. */
  private List<Option> managers(
      OrganisationGraph graph,
      ContactRequest r,
      PositionId proposed,
      String chosen,
      LocalDate today) {
    Optional<Unit> department =
        r.contact()
            .targetPosition()
            .flatMap(graph::departmentOf)
            .or(() -> graph.departmentOf(proposed));
    String selected = chosen == null || chosen.isEmpty() ? proposed.value() : chosen;
    String vacant = Words.of(page).vacant();
    return graph.organisation().positions().stream()
        .filter(p -> p.kind().canLead())
        .filter(
            p ->
                department.isEmpty()
                    || graph.departmentOf(p.id()).map(department.get()::equals).orElse(false)
                    || p.id().equals(proposed))
        .sorted(
            Comparator.comparing((Position p) -> !p.id().equals(proposed))
                .thenComparing(Position::kind)
                .thenComparing(Position::title)
                .thenComparing(p -> p.id().value()))
        .map(
            p ->
                new Option(
                    p.id().value(),
                    p.title()
                        + " – "
                        + p.holderOn(today).flatMap(graph::person).map(Person::name).orElse(vacant)
                        + ", "
                        + graph.unit(p.unit()).map(Unit::name).orElse(""),
                    p.id().value().equals(selected)))
        .toList();
  }

  private static List<Option> departments(OrganisationGraph graph, String chosen) {
    return graph.organisation().units().stream()
        .filter(u -> u.kind() == UnitKind.DEPARTMENT)
        .sorted(Comparator.comparing(Unit::name))
        .map(u -> new Option(u.id().value(), u.name(), u.id().value().equals(chosen)))
        .toList();
  }
}
