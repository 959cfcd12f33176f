package se.samspel.municipality.application;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import se.samspel.common.metrics.CachedFigures;
import se.samspel.municipality.domain.Municipality;
import se.samspel.municipality.domain.MunicipalityId;

/**
 * Gauges counted in the database with one series per municipality of the deployment, labelled
 * {@value #TAG} with its four-digit code (a bounded label: the deployment's municipalities). The
 * figures of all municipalities are counted together, each in its own scope and read-only
 * transaction, and reused for the time-to-live ({@link CachedFigures}): a scrape of every gauge
 * costs one count per municipality at most once per time-to-live. A municipality added later gets
 * its series when {@link #register} is called again (on {@code MunicipalityAdded}, and at the next
 * count for one another instance added).
 *
 * @param <F> the figures one count gives for a municipality (a record of counts)
 */
public final class MunicipalityGauges<F> {

  /** The label naming the municipality a series is about. */
  public static final String TAG = "municipality";

  private record Definition<F>(String name, String description, ToDoubleFunction<F> value) {}

  private final MeterRegistry registry;
  private final Municipalities municipalities;
  private final CachedFigures<Map<MunicipalityId, F>> figures;
  private final List<Definition<F>> definitions = new ArrayList<>();
  private final Map<MunicipalityId, Boolean> registered = new ConcurrentHashMap<>();

  /**
   * @param countInScope counts the figures of the municipality in scope, in a transaction
   */
  public MunicipalityGauges(
      MeterRegistry registry,
      Municipalities municipalities,
      MunicipalityScope scope,
      Duration timeToLive,
      Supplier<F> countInScope) {
    this.registry = Objects.requireNonNull(registry, "registry is required");
    this.municipalities = Objects.requireNonNull(municipalities, "municipalities are required");
    Objects.requireNonNull(countInScope, "count is required");
    this.figures =
        new CachedFigures<>(
            timeToLive,
            () -> {
              Map<MunicipalityId, F> all = new ConcurrentHashMap<>();
              scope.eachMunicipality(
                  municipality ->
                      all.put(
                          municipality.id(),
                          QuarkusTransaction.requiringNew().call(countInScope::get)));
              register();
              return Map.copyOf(all);
            });
  }

  /** Adds a gauge; call {@link #register} once all are added. */
  public MunicipalityGauges<F> gauge(String name, String description, ToDoubleFunction<F> value) {
    definitions.add(new Definition<>(name, description, value));
    return this;
  }

  /** Registers the series of every municipality that has none yet. */
  public void register() {
    for (Municipality municipality : municipalities.all()) {
      MunicipalityId id = municipality.id();
      if (registered.putIfAbsent(id, Boolean.TRUE) == null) {
        for (Definition<F> definition : definitions) {
          Gauge.builder(definition.name(), this, gauges -> gauges.value(id, definition.value()))
              .description(definition.description())
              .tag(TAG, id.value())
              .strongReference(true)
              .register(registry);
        }
      }
    }
  }

  /** The municipality's figure, NaN (no sample) when it could not be counted. */
  private double value(MunicipalityId municipality, ToDoubleFunction<F> value) {
    F counted = figures.get().get(municipality);
    return counted == null ? Double.NaN : value.applyAsDouble(counted);
  }
}
