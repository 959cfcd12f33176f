package se.samspel.escalation.domain;

/**
 * How much open work a municipality has now, as its operations dashboard shows it.
 *
 * @param waiting open requests with a step waiting on someone
 * @param overdue those whose waiting step's deadline has passed (the sweeper's next work)
 * @param stuckAtTop those that reached the top of their chain with no one above to climb to
 */
public record OpenWork(long waiting, long overdue, long stuckAtTop) {

  public OpenWork {
    if (waiting < 0 || overdue < 0 || stuckAtTop < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }
}
