package se.samspel.organisation.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import se.samspel.organisation.domain.OrganisationStore.ImportSummary;

/**
 * Fired (a synchronous CDI event) inside an import's transaction, after the organisation was
 * written and before it commits, so that an observer's write (the administrators' audit trail)
 * commits or rolls back with the import.
 *
 * @param source how the document arrived
 * @param summary what the import changed and the revision it produced
 * @param lockOutConfirmed whether the caller confirmed an import that retires them
 */
public record OrganisationImported(
    Instant at,
    ImportActor actor,
    ImportSource source,
    ImportSummary summary,
    boolean lockOutConfirmed) {

  public OrganisationImported {
    Objects.requireNonNull(at, "at is required");
    Objects.requireNonNull(actor, "actor is required");
    Objects.requireNonNull(source, "source is required");
    Objects.requireNonNull(summary, "summary is required");
  }

  /**
   * Who imported.
   *
   * @param person the caller's person, if the caller is one
   * @param login the login the caller's token named, if any
   */
  public record ImportActor(Optional<PersonId> person, Optional<String> login) {
    public ImportActor {
      Objects.requireNonNull(person, "person is required (may be empty)");
      Objects.requireNonNull(login, "login is required (may be empty)");
    }

    /** An import no one asked for over HTTP (the demo seed at start). */
    public static ImportActor system() {
      return new ImportActor(Optional.empty(), Optional.empty());
    }

    /** A name for logs: the person id, else the login, else "system". */
    public String describe() {
      return person.map(PersonId::value).or(() -> login).orElse("system");
    }
  }

  /**
   * How the document arrived.
   *
   * @param format {@code json} or {@code csv}
   * @param charset the charset a CSV was read in (canonical Java name); empty for JSON
   */
  public record ImportSource(String format, Optional<String> charset) {
    public ImportSource {
      Objects.requireNonNull(format, "format is required");
      Objects.requireNonNull(charset, "charset is required (may be empty)");
    }

    public static ImportSource json() {
      return new ImportSource("json", Optional.empty());
    }

    public static ImportSource csv(String charset) {
      return new ImportSource("csv", Optional.of(charset));
    }
  }
}
