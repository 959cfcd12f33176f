package se.samspel.deviation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.samspel.organisation.domain.PositionKind;

/** Who reads and corrects the deviation record, from the positions held. */
class RecordRightsTest {

  @Test
  void kd_reads_and_corrects() {
    assertThat(RecordRights.of(List.of(PositionKind.MUNICIPAL_DIRECTOR)))
        .isEqualTo(new RecordRights(true, true));
  }

  @Test
  void an_auditor_reads_and_corrects() {
    assertThat(RecordRights.of(List.of(PositionKind.AUDITOR)))
        .isEqualTo(new RecordRights(true, true));
  }

  @Test
  void the_kso_reads_but_does_not_correct() {
    assertThat(RecordRights.of(List.of(PositionKind.KSO))).isEqualTo(new RecordRights(true, false));
  }

  @Test
  void no_other_position_gives_any_right() {
    Set<PositionKind> others = EnumSet.allOf(PositionKind.class);
    others.removeAll(
        EnumSet.of(PositionKind.MUNICIPAL_DIRECTOR, PositionKind.KSO, PositionKind.AUDITOR));
    for (PositionKind kind : others) {
      assertThat(RecordRights.of(List.of(kind))).as(kind.name()).isEqualTo(RecordRights.NONE);
    }
    assertThat(RecordRights.of(List.of())).isEqualTo(RecordRights.NONE);
  }

  @Test
  void rights_of_several_positions_add_up() {
    assertThat(RecordRights.of(List.of(PositionKind.KSO, PositionKind.AUDITOR)))
        .isEqualTo(new RecordRights(true, true));
  }

  @Test
  void whoever_corrects_also_reads() {
    assertThatThrownBy(() -> new RecordRights(false, true))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
