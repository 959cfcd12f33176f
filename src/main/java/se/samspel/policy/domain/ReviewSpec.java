package se.samspel.policy.domain;

import java.util.List;
import java.util.Objects;

/**
 * What a guideline says about its own yearly review: who owns it, the passage that requires it, and
 * the questions the review puts to the organisation.
 *
 * @param owners the positions that own the review, as {@code KD} and {@code KSO}, in the order the
 *     guideline names them
 * @param citation the section and the passage that require the review, word for word
 * @param evaluationQuestions questions to evaluate the guideline with (may be empty)
 */
public record ReviewSpec(List<Owner> owners, Citation citation, List<String> evaluationQuestions) {

  /** A position that owns the review. */
  public enum Owner {
    KD,
    KSO
  }

  public ReviewSpec {
    owners = List.copyOf(Objects.requireNonNull(owners, "owners are required"));
    Objects.requireNonNull(citation, "citation is required");
    evaluationQuestions =
        List.copyOf(
            Objects.requireNonNull(evaluationQuestions, "evaluationQuestions are required"));
  }
}
