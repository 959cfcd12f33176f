package se.samspel.deviation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jboss.logging.Logger;
import se.samspel.deviation.domain.DeviationStore;
import se.samspel.deviation.domain.PersonalDataRedacted;
import se.samspel.organisation.domain.PersonId;

/**
 * Removes a person's personal data from the record (GDPR erasure): every entry naming them as
 * reporter, requester or target has all its personal fields blanked. The personal hash stays, so
 * the chain still verifies, and the entry shows when it was redacted. {@link PersonalDataRedacted}
 * is fired in the same transaction, so the audit trail keeps every redaction that was done and none
 * that was not.
 */
@ApplicationScoped
public class RedactPersonalData {

  private static final Logger LOG = Logger.getLogger(RedactPersonalData.class);

  /**
   * Who redacts.
   *
   * @param person the administrator's person (external id), if the organisation knows them
   * @param login the login their token named
   */
  public record Administrator(Optional<String> person, Optional<String> login) {
    public Administrator {
      Objects.requireNonNull(person, "person is required (may be empty)");
      Objects.requireNonNull(login, "login is required (may be empty)");
    }
  }

  private final DeviationStore store;
  private final Clock clock;
  private final Event<PersonalDataRedacted> redacted;

  public RedactPersonalData(
      DeviationStore store, Clock clock, Event<PersonalDataRedacted> redacted) {
    this.store = store;
    this.clock = clock;
    this.redacted = redacted;
  }

  /** Returns how many entries were blanked. */
  @Transactional
  public int redact(PersonId person, Administrator administrator) {
    Instant now = clock.instant();
    int blanked = store.redactPerson(person, now);
    redacted.fire(
        new PersonalDataRedacted(
            person, blanked, administrator.person(), administrator.login(), now));
    LOG.infof(
        "Personal data redacted from %d deviation entries by %s",
        blanked, administrator.person().or(administrator::login).orElse("unknown"));
    return blanked;
  }
}
