package se.samspel.organisation.domain;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The steps of open requests that wait on positions. A port: the organisation asks, the request
 * part answers (its infrastructure implements this), so that the organisation never depends on
 * requests. An import's dry run uses it to name the work a change of holder would touch.
 */
public interface WaitingSteps {

  /**
   * The pending steps of open requests that wait on any of the positions, ordered by request and
   * step; empty when {@code positions} is empty.
   */
  List<WaitingStep> on(Collection<PositionId> positions);

  /**
   * A step waiting on a position.
   *
   * @param requestId the request's id (a UUID)
   * @param order the step's order in the request's route, 0-based as stored
   * @param position the position the step waits on
   */
  record WaitingStep(String requestId, int order, PositionId position) {
    public WaitingStep {
      Objects.requireNonNull(requestId, "requestId is required");
      Objects.requireNonNull(position, "position is required");
    }
  }
}
