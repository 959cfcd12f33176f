package se.samspel.deviation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.jboss.logging.Logger;
import se.samspel.deviation.domain.DeviationStore;
import se.samspel.organisation.domain.PersonId;

/**
 * Removes a person's personal data from the record (GDPR erasure): every entry naming them as
 * reporter, requester or target has all its personal fields blanked. The personal hash stays, so
 * the chain still verifies, and the entry shows when it was redacted.
 */
@ApplicationScoped
public class RedactPersonalData {

  private static final Logger LOG = Logger.getLogger(RedactPersonalData.class);

  private final DeviationStore store;
  private final Clock clock;

  public RedactPersonalData(DeviationStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** Returns how many entries were blanked. */
  @Transactional
  public int redact(PersonId person, String actor) {
    int blanked = store.redactPerson(person, clock.instant());
    LOG.infof("Personal data redacted from %d deviation entries by %s", blanked, actor);
    return blanked;
  }
}
