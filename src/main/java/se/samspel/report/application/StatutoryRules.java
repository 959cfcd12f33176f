package se.samspel.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import se.samspel.policy.domain.Policy;
import se.samspel.policy.format.PolicyJson;

/**
 * The rules of law that hold under every municipal policy (meddelarfrihet), as policy data in
 * {@code policies/statutory.json}, checked by the same validator as any policy.
 */
@ApplicationScoped
public class StatutoryRules {

  static final String RESOURCE = "policies/statutory.json";

  private final Policy policy;

  public StatutoryRules() {
    this.policy = PolicyJson.readValidResource(RESOURCE);
  }

  public Policy policy() {
    return policy;
  }
}
