package se.samspel.policy.domain;

import java.util.Objects;

/**
 * What a guideline says when an acute situation required a quick decision below the level that
 * answers for it: the responsible level is informed without delay (Kungsör, <i>Allas ansvar
 * tillsammans är att</i>: "Respektera våra olika uppdrag och hierarkin men ha förståelse för att
 * det kan uppkomma akuta situationer som kräver snabba beslut. Då ska berörd ansvarig informeras
 * utan dröjsmål.").
 *
 * @param informs the level informed, named relative to the position that took the decision with the
 *     targets of the escalation section ({@link EscalationPolicy.Target}) and resolved by the same
 *     code as the escalation ladder; never {@link EscalationPolicy.Target#TOP}, which names no one
 * @param source the passage that requires it
 */
public record QuickDecision(EscalationPolicy.Target informs, Citation source) {

  public QuickDecision {
    Objects.requireNonNull(informs, "informs is required");
    if (informs == EscalationPolicy.Target.TOP) {
      throw new IllegalArgumentException("a quick decision must inform someone, not TOP");
    }
    Objects.requireNonNull(source, "source is required");
  }
}
