package se.samspel.escalation.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.Position;
import se.samspel.organisation.domain.PositionId;
import se.samspel.organisation.domain.PositionKind;

/**
 * The next level a waiting hop climbs to, resolved live from the organisation: in the
 * administration the nearest manager, their manager, … up to KD, passing over vacant posts that
 * have no acting holder; a political position (a chair who has not answered) goes to the KSO. At
 * the top there is no next level.
 */
public final class EscalationLadder {

  private EscalationLadder() {}

  public static Optional<Position> nextLevel(
      OrganisationGraph graph, PositionId current, LocalDate day) {
    Optional<Position> position = graph.position(current);
    if (position.isEmpty()) {
      // A position retired since the hop reached it: KD takes what no one else can.
      return graph.kd().filter(kd -> !kd.id().equals(current));
    }
    if (position.get().kind().isPolitical()) {
      return position.get().kind() == PositionKind.KSO
          ? Optional.empty()
          : graph.kso().filter(kso -> kso.holderOn(day).isPresent());
    }
    Set<PositionId> seen = new HashSet<>();
    Optional<Position> up = graph.nearestManager(current);
    while (up.isPresent() && seen.add(up.get().id())) {
      if (up.get().holderOn(day).isPresent()) {
        return up;
      }
      up = graph.nearestManager(up.get().id());
    }
    return Optional.empty();
  }
}
