package se.samspel.deviation.application;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import se.samspel.common.metrics.MetricsConfig;
import se.samspel.deviation.domain.ChainReport;
import se.samspel.deviation.domain.DeviationStore;
import se.samspel.municipality.application.Municipalities;
import se.samspel.municipality.application.MunicipalityGauges;
import se.samspel.municipality.application.MunicipalityScope;
import se.samspel.municipality.domain.Municipality;
import se.samspel.municipality.domain.MunicipalityAdded;
import se.samspel.municipality.domain.MunicipalityId;

/**
 * Verifies every municipality's deviation record on a schedule ({@code
 * samspel.record.verify-interval}, {@code off} disables it on an instance), as {@code GET
 * /api/deviations/verify} does ({@link ReadDeviations#verify()}), so that tampering raises an alert
 * without anyone opening the page. The last result of each municipality is kept in this instance's
 * memory and published as the metrics {@code samspel_record_chain_intact} (1 intact, 0 broken) and
 * {@code samspel_record_last_verification_timestamp_seconds}, and as the health group {@code
 * /q/health/group/record} — never readiness: a broken chain is a matter for people, and taking
 * every instance out of the load balancer would only add an outage to it. The record's length,
 * {@code samspel_record_entries}, is read from its head on scrape.
 */
@ApplicationScoped
public class RecordVerification {

  private static final Logger LOG = Logger.getLogger(RecordVerification.class);

  /** A municipality's last verification: what it found, and when it ended. */
  public record Verification(ChainReport report, Instant at) {
    public Verification {
      Objects.requireNonNull(report, "report is required");
      Objects.requireNonNull(at, "at is required");
    }
  }

  private final ReadDeviations read;
  private final MunicipalityScope scope;
  private final Municipalities municipalities;
  private final MeterRegistry registry;
  private final Clock clock;
  private final Timer duration;
  private final MunicipalityGauges<Long> length;
  private final Map<MunicipalityId, Verification> last = new ConcurrentHashMap<>();
  private final Map<MunicipalityId, Boolean> registered = new ConcurrentHashMap<>();

  public RecordVerification(
      ReadDeviations read,
      DeviationStore store,
      MunicipalityScope scope,
      Municipalities municipalities,
      MeterRegistry registry,
      MetricsConfig config,
      Clock clock) {
    this.read = read;
    this.scope = scope;
    this.municipalities = municipalities;
    this.registry = registry;
    this.clock = clock;
    this.duration =
        Timer.builder("samspel_record_verification_duration")
            .description("How long verifying one municipality's deviation record took")
            .register(registry);
    this.length =
        new MunicipalityGauges<Long>(
                registry, municipalities, scope, config.databaseFiguresTtl(), store::length)
            .gauge(
                "samspel_record_entries",
                "Entries in the deviation record (its head's sequence number)",
                Long::doubleValue);
  }

  @Scheduled(
      identity = "record-verification",
      every = "${samspel.record.verify-interval:1h}",
      delayed = "10s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void onSchedule() {
    verifyAll();
  }

  /**
   * Verifies every municipality's record, each in its own scope; one municipality's failure to
   * verify (the database unreachable) keeps its previous result and does not stop the others.
   *
   * @return the last verification of every municipality verified so far
   */
  public Map<MunicipalityId, Verification> verifyAll() {
    try {
      scope.eachMunicipality(this::verify);
    } catch (RuntimeException e) {
      // Logged per municipality by eachMunicipality; the results of the others stand.
    }
    return lastVerifications();
  }

  private void verify(Municipality municipality) {
    ChainReport report = duration.record(read::verify);
    last.put(municipality.id(), new Verification(report, clock.instant()));
    if (!report.intact()) {
      LOG.errorf(
          "The deviation record of municipality %s is BROKEN: %s",
          municipality.id().value(),
          report.firstBreak().map(ChainReport.ChainBreak::detail).orElse("?"));
    }
  }

  /** The last verification of every municipality verified so far on this instance. */
  public Map<MunicipalityId, Verification> lastVerifications() {
    return Map.copyOf(last);
  }

  /** One municipality's last verification on this instance; empty before the first. */
  public Optional<Verification> lastVerification(MunicipalityId municipality) {
    return Optional.ofNullable(last.get(municipality));
  }

  void onStart(@Observes StartupEvent start) {
    register();
  }

  void onMunicipalityAdded(@Observes MunicipalityAdded added) {
    register();
  }

  private void register() {
    length.register();
    for (Municipality municipality : municipalities.all()) {
      MunicipalityId id = municipality.id();
      if (registered.putIfAbsent(id, Boolean.TRUE) != null) {
        continue;
      }
      Gauge.builder(
              "samspel_record_chain_intact",
              this,
              v ->
                  v.lastVerification(id)
                      .map(l -> l.report().intact() ? 1.0 : 0.0)
                      .orElse(Double.NaN))
          .description(
              "Whether the last verification found the deviation record intact (1) or broken (0)")
          .tag(MunicipalityGauges.TAG, id.value())
          .register(registry);
      Gauge.builder(
              "samspel_record_last_verification_timestamp_seconds",
              this,
              v ->
                  v.lastVerification(id)
                      .map(l -> l.at().toEpochMilli() / 1000.0)
                      .orElse(Double.NaN))
          .description("When the deviation record was last verified (Unix time)")
          .tag(MunicipalityGauges.TAG, id.value())
          .register(registry);
    }
  }
}
