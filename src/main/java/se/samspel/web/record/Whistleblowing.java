package se.samspel.web.record;

import java.util.HashSet;
import java.util.Set;
import se.samspel.policy.application.PolicyCatalog;
import se.samspel.policy.domain.ContactKind;
import se.samspel.policy.domain.HopTemplate;
import se.samspel.policy.domain.PolicyVersion;
import se.samspel.policy.domain.Rule;

/**
 * Which rules concern whistleblowing: reports of suspected wrongdoing, or routes to the
 * whistleblower function. Entries of these rules never appear on the record pages, so that nothing
 * there points at a whistleblower.
 */
final class Whistleblowing {

  private Whistleblowing() {}

  static Set<String> ruleIds(PolicyCatalog catalog) {
    Set<String> ids = new HashSet<>();
    for (PolicyVersion version : catalog.versions()) {
      for (Rule rule : version.policy().rules()) {
        if (concerns(rule)) {
          ids.add(rule.id());
        }
      }
    }
    return ids;
  }

  static boolean concerns(Rule rule) {
    return rule.when().kinds().contains(ContactKind.SUSPECTED_WRONGDOING)
        || rule.route().stream().anyMatch(h -> h.position() == HopTemplate.WHISTLEBLOWER_FUNCTION);
  }
}
