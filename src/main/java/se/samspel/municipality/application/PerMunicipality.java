package se.samspel.municipality.application;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import se.samspel.municipality.domain.MunicipalityId;

/**
 * A value held in memory for each municipality (an organisation graph, a catalogue of guideline
 * versions, a substitution roster), read and replaced for the municipality in scope. Safe for
 * concurrent readers; a municipality not yet loaded reads as the initial value.
 *
 * @param <T> the value held, immutable
 */
public final class PerMunicipality<T> {

  private final MunicipalityScope scope;
  private final T initial;
  private final Map<MunicipalityId, T> values = new ConcurrentHashMap<>();

  public PerMunicipality(MunicipalityScope scope, T initial) {
    this.scope = scope;
    this.initial = initial;
  }

  /** The municipality in scope's value. */
  public T current() {
    return of(scope.current());
  }

  /** One municipality's value, whichever is in scope. */
  public T of(MunicipalityId municipality) {
    return values.getOrDefault(municipality, initial);
  }

  /** Makes a value the municipality in scope's; gives back the one it replaced, if any. */
  public Optional<T> replace(T value) {
    return Optional.ofNullable(values.put(scope.current(), value));
  }

  /** Every municipality's value that has been set, by municipality. */
  public Map<MunicipalityId, T> all() {
    return Map.copyOf(values);
  }
}
