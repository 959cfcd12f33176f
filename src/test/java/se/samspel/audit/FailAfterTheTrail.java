package se.samspel.audit;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.concurrent.atomic.AtomicBoolean;
import se.samspel.deviation.domain.PersonalDataRedacted;
import se.samspel.policy.domain.PolicyVersionUploaded;
import se.samspel.substitution.domain.SubstituteNamed;

/**
 * Makes an administrative action fail after the audit trail wrote its entry, while {@link #ARMED}:
 * it observes the same events later than the trail's recorder (a larger priority runs later) and
 * throws, so the action's transaction rolls back with the entry in it. Unarmed it does nothing, so
 * the other tests of the suite never notice it.
 */
@ApplicationScoped
public class FailAfterTheTrail {

  static final AtomicBoolean ARMED = new AtomicBoolean(false);

  private static final int AFTER_THE_TRAIL = Interceptor.Priority.APPLICATION + 1000;

  void policy(@Observes @Priority(AFTER_THE_TRAIL) PolicyVersionUploaded event) {
    failIfArmed();
  }

  void redaction(@Observes @Priority(AFTER_THE_TRAIL) PersonalDataRedacted event) {
    failIfArmed();
  }

  void substitution(@Observes @Priority(AFTER_THE_TRAIL) SubstituteNamed event) {
    failIfArmed();
  }

  private static void failIfArmed() {
    if (ARMED.get()) {
      throw new IllegalStateException("failing on purpose after the audit entry was written");
    }
  }
}
