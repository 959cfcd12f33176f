package se.samspel.request.domain;

import java.util.Objects;
import java.util.Set;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.PositionId;

/**
 * What a manager answers for: the positions they act in today and every position below those in the
 * reporting tree. A request that waits there, or that has been escalated away from there and is
 * still open, is theirs to see.
 */
public final class Oversight {

  private final Set<PositionId> positions;
  private final OrganisationGraph graph;

  private Oversight(Set<PositionId> positions, OrganisationGraph graph) {
    this.positions = Set.copyOf(positions);
    this.graph = Objects.requireNonNull(graph, "graph is required");
  }

  /** The oversight of someone who acts in these positions in this organisation. */
  public static Oversight of(Set<PositionId> positions, OrganisationGraph graph) {
    return new Oversight(positions, graph);
  }

  /** No oversight at all. */
  public static Oversight none() {
    return new Oversight(Set.of(), OrganisationGraph.empty());
  }

  /** Whether the position is one of the manager's, or below one of them. */
  public boolean covers(PositionId position) {
    if (positions.isEmpty()) {
      return false;
    }
    return positions.contains(position)
        || graph.chainOfCommand(position).stream().anyMatch(p -> positions.contains(p.id()));
  }

  /** Whether the position is (one of) the whistleblower function. */
  public boolean isWhistleblowerFunction(PositionId position) {
    return graph.position(position).map(p -> Whistleblowing.isFunction(p.kind())).orElse(false);
  }
}
