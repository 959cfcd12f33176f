package se.samspel.report.domain;

import java.util.Objects;
import java.util.Optional;
import se.samspel.deviation.domain.PrescribedRoute;
import se.samspel.organisation.domain.PositionId;
import se.samspel.policy.domain.Rule;

/** What the guideline says of a contact that happened. */
public sealed interface Verdict {

  /** The rule that decided, if any. */
  Optional<Rule> rule();

  /** How a contact departed from the guideline. */
  enum Departure {
    /** The guideline permits no route for it at all (a NOT_PERMITTED rule). */
    NOT_PERMITTED,
    /** It went directly, where the guideline's route begins somewhere else. */
    ROUTE_SKIPPED
  }

  /**
   * The contact departed from the guideline.
   *
   * @param prescribedRoute what the guideline prescribes instead; {@link PrescribedRoute#NONE} when
   *     it permits no route at all
   */
  record Deviation(
      Rule deciding,
      Departure departure,
      PrescribedRoute prescribedRoute,
      Optional<PositionId> requesterPosition,
      Optional<PositionId> targetPosition)
      implements Verdict {

    public Deviation {
      Objects.requireNonNull(deciding, "deciding is required");
      Objects.requireNonNull(departure, "departure is required");
      Objects.requireNonNull(prescribedRoute, "prescribedRoute is required (may be NONE)");
    }

    @Override
    public Optional<Rule> rule() {
      return Optional.of(deciding);
    }

    /**
     * The record's non-personal statement of what departed (English; stored in the entry and
     * covered by its hash, so its wording is fixed).
     */
    public String summary() {
      return departure == Departure.NOT_PERMITTED
          ? "A contact the guideline does not permit"
          : "A direct contact where the guideline prescribes the route " + prescribedRoute.text();
    }
  }

  /** The contact was in line with the guideline, or the guideline has no rule for it. */
  record NoDeviation(Optional<Rule> rule, NoDeviationReason reason) implements Verdict {
    public NoDeviation {
      Objects.requireNonNull(rule, "rule is required (may be empty)");
      Objects.requireNonNull(reason, "reason is required");
    }
  }

  /** The law protects this contact: it is never a deviation and no report of it is kept. */
  record Protected(Rule deciding) implements Verdict {
    @Override
    public Optional<Rule> rule() {
      return Optional.of(deciding);
    }
  }
}
