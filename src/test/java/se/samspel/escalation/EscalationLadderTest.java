package se.samspel.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.samspel.escalation.domain.EscalationLadder;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.Position;
import se.samspel.organisation.domain.PositionId;
import se.samspel.organisation.domain.UnitId;
import se.samspel.support.Fixtures;

class EscalationLadderTest {

  static final OrganisationGraph GRAPH = Fixtures.demo();

  private static String next(String position) {
    return EscalationLadder.nextLevel(GRAPH, new PositionId(position), Fixtures.DAY)
        .map(p -> p.id().value())
        .orElse("top");
  }

  @Test
  void a_hop_climbs_nearest_manager_then_their_manager_then_the_department_head_then_kd() {
    assertThat(next("POS-REKTOR-1")).isEqualTo("POS-BUF-GR-CH");
    assertThat(next("POS-BUF-GR-CH")).isEqualTo("POS-FC-BUF");
    assertThat(next("POS-FC-BUF")).isEqualTo("POS-KD");
    assertThat(next("POS-KD")).isEqualTo("top");
  }

  @Test
  void a_vacant_post_without_an_acting_holder_is_passed_over() {
    Position staffOfVacantUnit =
        GRAPH.positionsIn(new UnitId("U-SOF-AO-2")).stream()
            .filter(p -> p.kind().name().equals("STAFF_MEMBER"))
            .findFirst()
            .orElseThrow();
    // Hemtjänst Syd's unit manager post is vacant: the next level is the head of elderly care.
    assertThat(next(staffOfVacantUnit.id().value())).isEqualTo("POS-SOF-AO-CH");
  }

  @Test
  void a_vacant_post_with_an_acting_holder_is_reached_through_the_acting_holder() {
    assertThat(next("POS-SOF-AO-CH")).isEqualTo("POS-FC-SOF");
    // Before the acting assignment began the department head post was empty: KD comes next.
    assertThat(
            EscalationLadder.nextLevel(
                    GRAPH, new PositionId("POS-SOF-AO-CH"), LocalDate.of(2025, 6, 1))
                .map(p -> p.id().value()))
        .contains("POS-KD");
  }

  @Test
  void a_chair_who_does_not_answer_is_followed_by_the_kso_who_is_the_top() {
    assertThat(next("POS-BUN-ORF")).isEqualTo("POS-KSO");
    assertThat(next("POS-KSO")).isEqualTo("top");
  }
}
