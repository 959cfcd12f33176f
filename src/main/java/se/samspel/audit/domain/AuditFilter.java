package se.samspel.audit.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which entries of the trail to list; an empty part matches every entry.
 *
 * @param kind entries of this kind only
 * @param from entries made at or after this instant
 * @param before entries made before this instant
 */
public record AuditFilter(
    Optional<AdministrativeAction.Kind> kind, Optional<Instant> from, Optional<Instant> before) {

  public AuditFilter {
    Objects.requireNonNull(kind, "kind is required (may be empty)");
    Objects.requireNonNull(from, "from is required (may be empty)");
    Objects.requireNonNull(before, "before is required (may be empty)");
  }

  /** Every entry. */
  public static AuditFilter all() {
    return new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** Whether an entry is one the filter lists (the store's query says the same in SQL). */
  public boolean matches(AdministrativeAction action) {
    return kind.map(k -> k == action.kind()).orElse(true)
        && from.map(f -> !action.at().isBefore(f)).orElse(true)
        && before.map(b -> action.at().isBefore(b)).orElse(true);
  }
}
