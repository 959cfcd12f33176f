package se.samspel.deviation.domain;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import se.samspel.organisation.domain.PositionKind;

/**
 * What a person may do with the deviation record and the full yearly review, from the kinds of
 * position they hold today (appointed or acting, as roles are given). The follow-up belongs to KD
 * and the KSO (Kungsör, <i>Uppföljning</i>: KD and the KSO update the guideline at least once a
 * year), and auditors examine it: KD, the KSO and auditors read the record, its verification and
 * the full review; KD and auditors correct it (README, "Who may see and do what").
 *
 * @param read may read the record, verify it and read the full review
 * @param correct may append corrections to the record
 */
public record RecordRights(boolean read, boolean correct) {

  /** No right at all: anyone else, and the anonymised review only. */
  public static final RecordRights NONE = new RecordRights(false, false);

  private static final Set<PositionKind> READERS =
      EnumSet.of(PositionKind.MUNICIPAL_DIRECTOR, PositionKind.KSO, PositionKind.AUDITOR);

  private static final Set<PositionKind> CORRECTORS =
      EnumSet.of(PositionKind.MUNICIPAL_DIRECTOR, PositionKind.AUDITOR);

  public RecordRights {
    if (correct && !read) {
      throw new IllegalArgumentException("whoever corrects the record also reads it");
    }
  }

  /** The rights the positions of these kinds give together. */
  public static RecordRights of(Collection<PositionKind> held) {
    boolean read = held.stream().anyMatch(READERS::contains);
    boolean correct = held.stream().anyMatch(CORRECTORS::contains);
    return new RecordRights(read, correct);
  }
}
