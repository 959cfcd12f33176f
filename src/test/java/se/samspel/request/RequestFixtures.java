package se.samspel.request;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.PositionId;
import se.samspel.policy.domain.ContactContext;
import se.samspel.policy.domain.ContactKind;
import se.samspel.policy.domain.HopAction;
import se.samspel.policy.domain.HopTemplate;
import se.samspel.request.domain.Capacity;
import se.samspel.request.domain.ContactDescription;
import se.samspel.request.domain.ContactRequest;
import se.samspel.request.domain.RequestDetails;
import se.samspel.request.domain.RequestStatus;
import se.samspel.request.domain.RoutedUnder;
import se.samspel.routing.domain.Hop;

/**
 * Requests for the plain tests of the aggregate (DDD's {@code SampleLocations}, LIB's {@code
 * PatronFixture}): a politician asks for a dialogue with a teacher; the head of the education
 * department decides and the principal arranges. Each status is reached by the transitions that
 * lead to it, never by the rebuilding constructor, so a fixture cannot hold a state the lifecycle
 * could not reach.
 */
final class RequestFixtures {

  static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
  static final PersonId REQUESTER = new PersonId("P-POL");
  static final PersonId APPROVER = new PersonId("P-FC-BUF");
  static final PersonId ARRANGER = new PersonId("P-REKTOR");
  static final PositionId APPROVER_POSITION = new PositionId("POS-FC-BUF");
  static final PositionId ARRANGER_POSITION = new PositionId("POS-REKTOR-1");
  static final PositionId TARGET_POSITION = new PositionId("POS-LARARE-1");
  static final RoutedUnder ROUTED_UNDER = new RoutedUnder("kungsor", 1, "KUN-POLITICIAN-DIALOGUE");

  private RequestFixtures() {}

  /**
   * A request in the given status, reached by its transitions. AWAITING_ACTION is a request whose
   * only step is for the principal to handle; every other status starts from {@link #dialogue()}.
   */
  static ContactRequest in(RequestStatus status) {
    ContactRequest request = dialogue();
    switch (status) {
      case AWAITING_DECISION -> {}
      case AWAITING_ACTION ->
          request = submitted(List.of(hop(1, ARRANGER_POSITION, HopAction.HANDLE)));
      case APPROVED -> approve(request);
      case ARRANGED -> arrange(approve(request));
      case COMPLETED ->
          arrange(approve(request)).complete(REQUESTER, Capacity.none(), Optional.empty(), NOW);
      case DECLINED -> request.decline(APPROVER, holds(APPROVER_POSITION), "Inte nu", NOW);
      case REDIRECTED ->
          request.redirect(APPROVER, holds(APPROVER_POSITION), "Nämnden", "Hör dit", NOW);
      case WITHDRAWN -> request.withdraw(REQUESTER, Optional.empty(), NOW);
    }
    return request;
  }

  /**
   * A politician's dialogue with a teacher: the department head decides, the principal arranges.
   */
  static ContactRequest dialogue() {
    return submitted(
        List.of(
            hop(1, APPROVER_POSITION, HopAction.APPROVE),
            hop(2, ARRANGER_POSITION, HopAction.ARRANGE)));
  }

  static ContactRequest approve(ContactRequest request) {
    request.approve(APPROVER, holds(APPROVER_POSITION), Optional.empty(), Optional.empty(), NOW);
    return request;
  }

  static ContactRequest arrange(ContactRequest request) {
    request.arrange(ARRANGER, holds(ARRANGER_POSITION), Optional.empty(), NOW);
    return request;
  }

  /** A politician's dialogue with the teacher along the given route. */
  static ContactRequest submitted(List<Hop> route) {
    return submitted(ContactKind.DIALOGUE, REQUESTER, route);
  }

  /** A contact of the given kind from the given person to the teacher, along the given route. */
  static ContactRequest submitted(ContactKind kind, PersonId requester, List<Hop> route) {
    return ContactRequest.submit(
        new ContactDescription(
            requester,
            Optional.empty(),
            Optional.empty(),
            Optional.of(TARGET_POSITION),
            Optional.empty(),
            kind,
            ContactContext.ON_DUTY,
            Optional.empty(),
            Set.of()),
        new RequestDetails(
            "Läsfrämjande arbete", Optional.empty(), Optional.empty(), Optional.empty()),
        ROUTED_UNDER,
        route,
        NOW);
  }

  /** A hop held by the department head or (on any other position) the principal. */
  static Hop hop(int order, PositionId position, HopAction action) {
    return hop(order, position, position.equals(APPROVER_POSITION) ? APPROVER : ARRANGER, action);
  }

  static Hop hop(int order, PositionId position, PersonId holder, HopAction action) {
    return new Hop(
        order, HopTemplate.TARGET, position, Optional.of(holder), false, Optional.empty(), action);
  }

  /** The capacity of someone who holds these positions themselves. */
  static Capacity holds(PositionId... positions) {
    return new Capacity(Set.of(positions), Map.of());
  }

  /** The capacity of someone who stands in for an absent holder of a position. */
  static Capacity substitutes(PositionId position, PersonId absent) {
    return new Capacity(Set.of(), Map.of(position, absent));
  }
}
