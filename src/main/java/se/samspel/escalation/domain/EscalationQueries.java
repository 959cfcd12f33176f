package se.samspel.escalation.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import se.samspel.organisation.domain.PositionId;

/**
 * The read model behind a manager's escalation list: open requests whose waiting step is on one of
 * the given positions or any position below them in the reporting tree, or has climbed away from
 * one of those. A whistleblowing report is included only when its step started at the whistleblower
 * function, so it reaches the function's own chain and no one else's.
 */
public interface EscalationQueries {

  /** A page of them: overdue (or stuck at the top) first, then by deadline. */
  List<EscalatedRequest> within(Set<PositionId> positions, Instant now, int page, int size);

  /** How many there are. */
  long countWithin(Set<PositionId> positions);

  /**
   * The open work of the municipality in scope at {@code now}, counted in one query over its open
   * requests (for the metrics; see {@link OpenWork}).
   */
  OpenWork openWork(Instant now);
}
