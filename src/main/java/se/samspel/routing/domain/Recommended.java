package se.samspel.routing.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.samspel.organisation.domain.PositionId;
import se.samspel.organisation.domain.UnitId;
import se.samspel.policy.domain.Recommendation;

/**
 * A free contact's recommendation resolved over the organisation: the unit the matter concerns, its
 * manager and the staff who perform the service there. Without a unit named by the contact all
 * three are empty and the recommendation stands in general terms.
 *
 * @param manager the position that leads the unit, or the nearest level above it that is held when
 *     that post is vacant
 * @param staff the staff members of the unit who hold their post on the day, at most {@link
 *     #MAX_STAFF}, by position id
 * @param staffTotal how many staff members hold a post in the unit on the day (the list may stop
 *     short of them)
 */
public record Recommended(
    Recommendation recommendation,
    Optional<UnitId> unit,
    Optional<PositionId> manager,
    List<PositionId> staff,
    int staffTotal) {

  /** How many of a unit's staff a recommendation names at most. */
  public static final int MAX_STAFF = 10;

  public Recommended {
    Objects.requireNonNull(recommendation, "recommendation is required");
    Objects.requireNonNull(unit, "unit is required (may be empty)");
    Objects.requireNonNull(manager, "manager is required (may be empty)");
    staff = List.copyOf(staff);
  }
}
