package se.samspel.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samspel.municipality.application.MunicipalityScope;
import se.samspel.municipality.domain.Municipality;
import se.samspel.municipality.domain.MunicipalityId;
import se.samspel.policy.application.PolicyCatalog;
import se.samspel.policy.domain.Policy;
import se.samspel.policy.domain.PolicyStore;
import se.samspel.policy.domain.PolicyVersion;
import se.samspel.support.Fixtures;

/**
 * What a start does with the policies shipped with Samspel when an upgrade changed one of them: it
 * becomes the next version of its key, unless the deployment uploaded a version of its own of that
 * key, which is then left as it is (issue 12, "Decided").
 */
class ShippedPolicyUpgradeTest {

  /** A municipality that follows the Kungsör guideline. */
  static final MunicipalityScope MALARVIK =
      MunicipalityScope.fixed(
          new Municipality(new MunicipalityId("9901"), "Mälarviks kommun", "kungsor"));

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("UTC"));

  /** The kungsor file as an earlier release shipped it: other content, so another hash. */
  static final String EARLIER_RELEASE = "hash-of-the-kungsor-file-an-earlier-release-shipped";

  @Test
  void a_changed_shipped_file_becomes_the_next_version_where_the_deployment_uploaded_none() {
    InMemoryStore store = new InMemoryStore();
    store.add(
        Fixtures.kungsor(), "{}", EARLIER_RELEASE, "samspel-shipped:policies/kungsor-2023.json");
    PolicyCatalog catalog = new PolicyCatalog(store, CLOCK, MALARVIK);

    catalog.storeShippedPolicies();

    assertThat(versionsOf(catalog, "kungsor")).containsExactly(1, 2);
    PolicyVersion upgraded = catalog.version("kungsor", 2).orElseThrow();
    assertThat(upgraded.uploadedBy()).isEqualTo("samspel-shipped:policies/kungsor-2023.json");
    assertThat(upgraded.policy().escalation()).as("this release's file").isPresent();
    assertThat(catalog.active().orElseThrow().policy().version()).isEqualTo(2);
  }

  @Test
  void a_changed_shipped_file_is_not_stored_over_a_version_the_deployment_uploaded_itself() {
    InMemoryStore store = new InMemoryStore();
    store.add(
        Fixtures.kungsor(), "{}", EARLIER_RELEASE, "samspel-shipped:policies/kungsor-2023.json");
    store.add(Fixtures.kungsor(), "{}", "hash-of-the-deployments-own-guideline", "admin");
    PolicyCatalog catalog = new PolicyCatalog(store, CLOCK, MALARVIK);

    catalog.storeShippedPolicies();

    assertThat(versionsOf(catalog, "kungsor")).containsExactly(1, 2);
    assertThat(catalog.version("kungsor", 2).orElseThrow().uploadedBy()).isEqualTo("admin");
    // The rule is per key: the other shipped guideline, never uploaded here, is stored as usual.
    assertThat(versionsOf(catalog, "alingsas")).containsExactly(1);
  }

  @Test
  void an_unchanged_shipped_file_is_not_stored_again() {
    InMemoryStore store = new InMemoryStore();
    PolicyCatalog catalog = new PolicyCatalog(store, CLOCK, MALARVIK);
    catalog.storeShippedPolicies();
    catalog.storeShippedPolicies();

    assertThat(versionsOf(catalog, "kungsor")).containsExactly(1);
    assertThat(versionsOf(catalog, "alingsas")).containsExactly(1);
  }

  private static List<Integer> versionsOf(PolicyCatalog catalog, String key) {
    return catalog.versions().stream()
        .filter(v -> v.policy().key().equals(key))
        .map(v -> v.policy().version())
        .sorted()
        .toList();
  }

  /**
   * Keeps versions as {@code JpaPolicyStore} does: appended, a same-content add returns the last.
   */
  static final class InMemoryStore implements PolicyStore {
    private final List<PolicyVersion> versions = new ArrayList<>();

    @Override
    public List<PolicyVersion> all() {
      return List.copyOf(versions);
    }

    @Override
    public Added add(Policy policy, String document, String contentHash, String uploadedBy) {
      List<PolicyVersion> ofKey =
          versions.stream().filter(v -> v.policy().key().equals(policy.key())).toList();
      if (!ofKey.isEmpty() && ofKey.get(ofKey.size() - 1).contentHash().equals(contentHash)) {
        return new Added(ofKey.get(ofKey.size() - 1), false);
      }
      PolicyVersion added =
          new PolicyVersion(
              policy.withVersion(ofKey.size() + 1), CLOCK.instant(), uploadedBy, contentHash);
      versions.add(added);
      return new Added(added, true);
    }

    @Override
    public long stamp() {
      return versions.size();
    }
  }
}
