package se.samspel.policy.application;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import se.samspel.common.SamspelException;
import se.samspel.municipality.application.MunicipalityScope;
import se.samspel.municipality.application.PerMunicipality;
import se.samspel.municipality.domain.Guidelines;
import se.samspel.municipality.domain.Guidelines.Offered;
import se.samspel.municipality.domain.MunicipalityAdded;
import se.samspel.policy.domain.PolicyStore;
import se.samspel.policy.domain.PolicyVersion;
import se.samspel.policy.format.PolicyDocument;
import se.samspel.policy.format.PolicyJson;
import se.samspel.policy.format.PolicyValidator;

/**
 * The policies each municipality holds, every version, held in memory; and which one is active for
 * the municipality in scope ({@link MunicipalityScope#current()}): the newest version of the key it
 * follows ({@link se.samspel.municipality.domain.Municipality#policyKey()}) whose validity covers
 * the day. Each municipality versions its guidelines on its own. Uploads are validated completely
 * before they are stored; the policies shipped with Samspel are stored on start when missing or
 * changed (see {@link #storeShippedPolicies}).
 */
@ApplicationScoped
public class PolicyCatalog implements Guidelines {

  private static final Logger LOG = Logger.getLogger(PolicyCatalog.class);

  /** The guidelines shipped with Samspel, as class-path resources. */
  static final List<String> SHIPPED =
      List.of("policies/kungsor-2023.json", "policies/alingsas-2022.json");

  /** The shipped guidelines as a new municipality is offered them. */
  static final List<Offered> OFFERED =
      SHIPPED.stream()
          .map(PolicyJson::readResource)
          .map(
              document ->
                  new Offered(
                      document.key(),
                      document.provenance().municipality(),
                      document.provenance().title()))
          .toList();

  /** The keys of the shipped guidelines. */
  static final Set<String> SHIPPED_KEYS =
      OFFERED.stream().map(Offered::key).collect(Collectors.toUnmodifiableSet());

  /** Who stored a shipped version: this prefix and the resource. */
  static final String SHIPPED_BY = "samspel-shipped:";

  private static final Snapshot NONE = new Snapshot(-1, List.of());

  private final PolicyStore store;
  private final Clock clock;
  private final MunicipalityScope scope;
  private final PerMunicipality<Snapshot> snapshots;
  private final PolicyMetrics metrics;

  private record Snapshot(long stamp, List<PolicyVersion> versions) {}

  /** A catalogue that counts no uploads (unit tests). */
  public PolicyCatalog(PolicyStore store, Clock clock, MunicipalityScope scope) {
    this(store, clock, scope, PolicyMetrics.none());
  }

  @Inject
  public PolicyCatalog(
      PolicyStore store, Clock clock, MunicipalityScope scope, PolicyMetrics metrics) {
    this.store = store;
    this.clock = clock;
    this.scope = scope;
    this.snapshots = new PerMunicipality<>(scope, NONE);
    this.metrics = metrics;
  }

  void onStart(@Observes @Priority(10) StartupEvent event) {
    scope.eachMunicipality(
        municipality -> {
          storeShippedPolicies();
          if (active().isEmpty()) {
            LOG.warnf(
                "No version of the policy '%s' that %s follows is in force today: routing will"
                    + " refuse",
                municipality.policyKey(), municipality.name());
          }
        });
  }

  /** A new municipality starts with the guidelines shipped with Samspel (fired in its scope). */
  void onMunicipalityAdded(@Observes MunicipalityAdded added) {
    storeShippedPolicies();
  }

  /** Whether a guideline with this key is shipped with Samspel, so a new municipality has it. */
  @Override
  public boolean offers(String policyKey) {
    return SHIPPED_KEYS.contains(policyKey);
  }

  @Override
  public List<Offered> offered() {
    return OFFERED;
  }

  private Snapshot snapshot() {
    return snapshots.current();
  }

  /**
   * Stores, for the municipality in scope, each policy shipped with Samspel unless a version of its
   * key with the same content is stored already. A shipped file that a new release changed becomes
   * the next version of its key, but only where the deployment has not uploaded a version of its
   * own of that key: a deployment that wrote its own guideline keeps it, and is told in the log
   * that the shipped file changed. A restart never puts a shipped file back over a newer upload.
   */
  public void storeShippedPolicies() {
    List<PolicyVersion> stored = store.all();
    for (String resource : SHIPPED) {
      PolicyDocument document = PolicyJson.readResource(resource);
      String hash = PolicyJson.hash(PolicyJson.write(document));
      List<PolicyVersion> ofKey =
          stored.stream().filter(v -> v.policy().key().equals(document.key())).toList();
      if (ofKey.stream().anyMatch(v -> v.contentHash().equals(hash))) {
        continue;
      }
      Optional<PolicyVersion> own = ofKey.stream().filter(v -> !isShipped(v)).findFirst();
      if (own.isPresent()) {
        LOG.warnf(
            "The shipped policy %s differs from every stored version of '%s', but this deployment"
                + " uploaded its own (version %d by %s): the shipped change is not stored. Upload"
                + " it if this deployment should follow it.",
            resource, document.key(), own.get().policy().version(), own.get().uploadedBy());
        continue;
      }
      upload(document, SHIPPED_BY + resource);
    }
    reload();
  }

  /** Whether a version was stored from a file shipped with Samspel rather than uploaded. */
  static boolean isShipped(PolicyVersion version) {
    return version.uploadedBy().startsWith(SHIPPED_BY);
  }

  /** The key of the policy the municipality in scope follows. */
  public String activeKey() {
    return scope.currentMunicipality().policyKey();
  }

  /** Every version of every policy of the municipality in scope, by key and version. */
  public List<PolicyVersion> versions() {
    return snapshot().versions();
  }

  public Optional<PolicyVersion> version(String key, int version) {
    return snapshot().versions().stream()
        .filter(v -> v.policy().key().equals(key) && v.policy().version() == version)
        .findFirst();
  }

  /** The version in force today. */
  public Optional<PolicyVersion> active() {
    return activeOn(LocalDate.now(clock));
  }

  /** The version of the municipality in scope's policy in force on a day. */
  public Optional<PolicyVersion> activeOn(LocalDate day) {
    String activeKey = activeKey();
    return snapshot().versions().stream()
        .filter(v -> v.policy().key().equals(activeKey))
        .filter(v -> v.validOn(day))
        .max(Comparator.comparingInt(v -> v.policy().version()));
  }

  /** The version in force today; fails when there is none. */
  public PolicyVersion requireActive() {
    return active()
        .orElseThrow(
            () ->
                SamspelException.conflict(
                    "no-active-policy",
                    "No version of the guideline '" + activeKey() + "' is in force today"));
  }

  /**
   * Validates a policy document completely, stores it as the next version of its key and reads the
   * versions into memory again. Every problem is reported at once; nothing is stored unless all is
   * valid. An administrator's upload goes through {@link UploadPolicy}, which also keeps it in the
   * audit trail.
   */
  public PolicyVersion upload(PolicyDocument document, String actor) {
    try {
      return store(document, actor).version();
    } finally {
      reload();
    }
  }

  /**
   * Validates a policy document completely and stores it as the next version of its key, in the
   * caller's transaction if there is one; the versions in memory are left as they were ({@link
   * #reload} after the commit).
   *
   * @throws SamspelException {@code policy-invalid} (422) naming every problem
   */
  PolicyStore.Added store(PolicyDocument document, String actor) {
    PolicyValidator.Result result = PolicyValidator.validate(document);
    boolean uploaded = !actor.startsWith(SHIPPED_BY);
    if (result instanceof PolicyValidator.Result.Invalid invalid) {
      if (uploaded) {
        metrics.uploaded(scope.current(), "invalid");
      }
      throw new SamspelException(
          SamspelException.Kind.UNPROCESSABLE,
          "policy-invalid",
          invalid.problems().size() + " problem(s) found; the policy was not stored",
          invalid.problems());
    }
    String canonical = PolicyJson.write(document);
    PolicyStore.Added added =
        store.add(
            ((PolicyValidator.Result.Valid) result).policy(),
            canonical,
            PolicyJson.hash(canonical),
            actor);
    if (added.stored()) {
      if (uploaded) {
        // Counted when stored, in the upload's transaction: an upload whose audit entry then fails
        // rolls back but stays counted (rare; the audit trail is the record that counts).
        metrics.uploaded(scope.current(), "stored");
      }
      LOG.infof(
          "Policy %s version %d stored by %s",
          added.version().policy().key(), added.version().policy().version(), actor);
    }
    return added;
  }

  /** Reads the municipality in scope's stored versions into memory. */
  public synchronized void reload() {
    snapshots.replace(new Snapshot(store.stamp(), List.copyOf(store.all())));
  }

  @Scheduled(
      every = "${samspel.organisation.refresh-interval:10s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void refreshIfStale() {
    scope.eachMunicipality(
        municipality -> {
          if (store.stamp() != snapshot().stamp()) {
            reload();
          }
        });
  }
}
