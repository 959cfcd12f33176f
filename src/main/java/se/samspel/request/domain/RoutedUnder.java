package se.samspel.request.domain;

import java.util.Objects;

/** The policy version and rule a request was routed under; a later version never changes them. */
public record RoutedUnder(String policyKey, int policyVersion, String ruleId) {
  public RoutedUnder {
    Objects.requireNonNull(policyKey, "policyKey is required");
    Objects.requireNonNull(ruleId, "ruleId is required");
  }
}
