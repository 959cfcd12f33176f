package se.samspel.request.domain;

import java.util.Optional;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.PositionId;
import se.samspel.policy.domain.ContactKind;
import se.samspel.policy.domain.PolicyVersion;
import se.samspel.policy.domain.Rule;

/**
 * Where actions outside a route are recorded as deviations. Implemented by the reporting part; each
 * record is kept even when the action it describes is refused and rolled back.
 */
public interface OutsideRouteLog {

  /** Someone asked for a contact (of this kind) the guideline does not permit. */
  void forbiddenRequest(
      PersonId requester,
      ContactKind kind,
      PolicyVersion policy,
      Rule rule,
      Optional<PositionId> requesterPosition,
      Optional<PositionId> targetPosition,
      String externalRequester,
      String externalTarget);

  /** Someone tried to act on a step of a request that waits on a position they do not hold. */
  void actedWithoutHolding(PersonId actor, ContactRequest request, String action);
}
