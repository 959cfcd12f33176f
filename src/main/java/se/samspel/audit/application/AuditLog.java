package se.samspel.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import se.samspel.audit.domain.AdministrativeAction;
import se.samspel.audit.domain.AdministrativeAction.Kind;
import se.samspel.audit.domain.AuditFilter;
import se.samspel.audit.domain.AuditTrail;
import se.samspel.common.SamspelException;

/**
 * Reads the audit trail. Only administrators may (the API and the page check the role before they
 * ask). The filter's parameters are read here, so that the API and the page accept and refuse the
 * same values.
 */
@ApplicationScoped
public class AuditLog {

  private final AuditTrail trail;
  private final Clock clock;

  public AuditLog(AuditTrail trail, Clock clock) {
    this.trail = trail;
    this.clock = clock;
  }

  /** A page of the trail, newest first. */
  public Entries newestFirst(int page, int size) {
    return newestFirst(AuditFilter.all(), page, size);
  }

  /** A page of the entries the filter lists, newest first. */
  public Entries newestFirst(AuditFilter filter, int page, int size) {
    return new Entries(trail.newestFirst(filter, page * size, size), trail.count(filter));
  }

  /**
   * The filter that query parameters ask for; each may be absent or blank.
   *
   * @param kind the name of a {@link Kind} (any case)
   * @param from ISO-8601: an instant with its offset ({@code 2026-11-30T06:10:00Z}, {@code
   *     2026-11-30T07:10:00+01:00}), entries at or after it; or a day ({@code 2026-11-30}), entries
   *     from its start in the municipality's time zone (the application clock's)
   * @param to ISO-8601 likewise: entries before the instant, or up to the end of the day
   * @throws SamspelException {@code invalid-input} (400) naming {@code kind}, {@code from} or
   *     {@code to}: an unknown kind, a value that is neither form, or {@code to} before {@code
   *     from}
   */
  public AuditFilter filter(String kind, String from, String to) {
    Optional<Kind> wanted = kind(kind);
    Optional<Instant> start = instant("from", from, false);
    Optional<Instant> before = instant("to", to, true);
    if (start.isPresent() && before.isPresent() && before.get().isBefore(start.get())) {
      throw SamspelException.invalid("to", "is before from");
    }
    return new AuditFilter(wanted, start, before);
  }

  /** Every entry the person acted in as an administrator, oldest first. */
  public List<AdministrativeAction> actedBy(String person) {
    return trail.byActor(person);
  }

  private static Optional<Kind> kind(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String name = value.strip();
    for (Kind k : Kind.values()) {
      if (k.name().equalsIgnoreCase(name)) {
        return Optional.of(k);
      }
    }
    throw SamspelException.invalid(
        "kind",
        "unknown kind '"
            + value
            + "'; expected one of "
            + Arrays.stream(Kind.values()).map(Kind::name).collect(Collectors.joining(", ")));
  }

  /**
   * An instant, or a day in the clock's zone: its start, or (for an end) the start of the next day.
   */
  private Optional<Instant> instant(String field, String value, boolean end) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String text = value.strip();
    try {
      return Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException notAnInstant) {
      try {
        LocalDate day = LocalDate.parse(text);
        return Optional.of((end ? day.plusDays(1) : day).atStartOfDay(clock.getZone()).toInstant());
      } catch (DateTimeParseException notADay) {
        throw SamspelException.invalid(
            field,
            "'"
                + value
                + "' is not an ISO-8601 day (2026-11-30) or instant with its offset"
                + " (2026-11-30T06:10:00Z)");
      }
    }
  }

  /** Entries of one page and how many there are in all. */
  public record Entries(List<AdministrativeAction> items, long total) {}
}
