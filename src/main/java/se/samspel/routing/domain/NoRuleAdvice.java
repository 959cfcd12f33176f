package se.samspel.routing.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.Position;

/**
 * Whom to ask when the guideline has no rule for a contact: Samspel's own fallback, not a rule of
 * any guideline (a rule would be policy data). An employee asks their department head, a politician
 * or an outside party the head of the department the target works in; above them KD, then the KSO.
 * It never points at the person being contacted, nor at the requester themself: a teacher asking
 * about a contact with their own department head is told to ask KD.
 */
public final class NoRuleAdvice {

  private NoRuleAdvice() {}

  /**
   * The first of the candidates who is neither the requester nor the target.
   *
   * @return the position to ask; empty when the organisation has no one fit (no KD, no KSO)
   */
  public static Optional<Position> askFirst(
      OrganisationGraph graph, Optional<Position> requester, Optional<Position> target) {
    List<Optional<Position>> candidates = new ArrayList<>();
    boolean employee = requester.map(r -> !r.kind().isPolitical()).orElse(false);
    if (employee) {
      candidates.add(requester.flatMap(r -> graph.departmentHeadOf(r.id())));
    } else {
      candidates.add(target.flatMap(t -> graph.departmentHeadOf(t.id())));
    }
    candidates.add(graph.kd());
    candidates.add(graph.kso());
    return candidates.stream()
        .flatMap(Optional::stream)
        .filter(p -> requester.map(r -> !r.id().equals(p.id())).orElse(true))
        .filter(p -> target.map(t -> !t.id().equals(p.id())).orElse(true))
        .findFirst();
  }
}
