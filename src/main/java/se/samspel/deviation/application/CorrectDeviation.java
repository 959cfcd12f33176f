package se.samspel.deviation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import se.samspel.deviation.domain.DeviationEntry;
import se.samspel.deviation.domain.DeviationKind;
import se.samspel.deviation.domain.DeviationRecorder;
import se.samspel.deviation.domain.DeviationStore;
import se.samspel.deviation.domain.NewDeviation;
import se.samspel.deviation.domain.PersonalData;
import se.samspel.organisation.domain.PersonId;

/**
 * Corrects an entry by appending a CORRECTION that references it: the entry itself never changes.
 * The correction carries the corrected entry's rule facts and departments (a v1 entry's single
 * department as the target's, which is what v1 recorded, so the correction counts where the entry
 * does), the corrector's non-personal summary, and, as personal data, who corrected it and why.
 */
@ApplicationScoped
public class CorrectDeviation {

  /**
   * @param corrects the entry to correct
   * @param summary what is corrected, without personal data (goes into the chain as is)
   * @param reason why; kept with the personal data, so it can be blanked
   */
  public record Command(long corrects, String summary, String reason) {
    public Command {
      Objects.requireNonNull(summary, "summary is required");
      Objects.requireNonNull(reason, "reason is required");
    }
  }

  private final DeviationStore store;
  private final DeviationRecorder recorder;
  private final RecordAccess access;
  private final Clock clock;

  public CorrectDeviation(
      DeviationStore store, DeviationRecorder recorder, RecordAccess access, Clock clock) {
    this.store = store;
    this.recorder = recorder;
    this.access = access;
    this.clock = clock;
  }

  /**
   * Appends the correction and returns it. FORBIDDEN unless the actor may correct the record
   * ({@link RecordAccess#requireCorrector}); UNPROCESSABLE ({@code deviation-unknown}) when there
   * is no such entry, or none its readers are shown ({@link RecordAccess#shows}: an entry of a
   * whistleblowing rule is corrected by no one, as it is read by no one); CONFLICT ({@code
   * deviation-unreadable}) when its row cannot be read as an entry, so there are no facts to carry
   * over (verify reports it).
   */
  @Transactional
  public DeviationEntry correct(PersonId actor, Command command) {
    access.requireCorrector(actor);
    DeviationEntry corrected =
        ReadDeviations.readable(
            store
                .find(command.corrects())
                .filter(access::shows)
                .orElseThrow(() -> DeviationLedger.unknownEntry("seq", command.corrects())));
    NewDeviation d = corrected.facts();
    long seq =
        recorder.record(
            new NewDeviation(
                DeviationKind.CORRECTION,
                clock.instant(),
                d.policyKey(),
                d.policyVersion(),
                d.ruleId(),
                d.ruleTitle(),
                d.section(),
                d.quote(),
                d.severity(),
                d.prescribedRoute(),
                d.requesterRole(),
                d.targetRole(),
                Optional.empty(),
                d.requestId(),
                Optional.of(corrected.seq()),
                command.summary(),
                new PersonalData(
                    Optional.of(actor),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(command.reason())),
                d.requesterDepartment(),
                d.targetDepartment().or(d::department)));
    return ReadDeviations.readable(store.find(seq).orElseThrow());
  }
}
