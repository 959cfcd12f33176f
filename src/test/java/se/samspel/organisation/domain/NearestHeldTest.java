package se.samspel.organisation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.samspel.organisation.demo.DemoOrganisation;

/**
 * The one rule of where work for a vacant post goes, shared by routing (a step computed for a
 * vacant post) and by open work following the organisation (a waiting step whose post fell vacant):
 * the post itself when held, else the nearest level above that is, else the top of the chain.
 */
class NearestHeldTest {

  private static final OrganisationGraph DEMO =
      OrganisationGraphTest.graphOf(DemoOrganisation.build());
  private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

  private static String nearestHeld(String position, LocalDate day) {
    return DEMO.nearestHeld(new PositionId(position), day).map(p -> p.id().value()).orElse(null);
  }

  @Test
  void a_held_post_keeps_its_work() {
    assertThat(nearestHeld("POS-REKTOR-1", DAY)).isEqualTo("POS-REKTOR-1");
  }

  @Test
  void a_vacant_post_passes_its_work_to_the_nearest_held_level_above() {
    // Hemtjänst Syd's unit manager post is vacant with no one acting.
    assertThat(nearestHeld("POS-SOF-AO-EC-2", DAY)).isEqualTo("POS-SOF-AO-CH");
  }

  @Test
  void an_acting_holder_holds_the_post_only_during_the_acting_period() {
    assertThat(nearestHeld("POS-FC-SOF", DAY)).isEqualTo("POS-FC-SOF");
    assertThat(nearestHeld("POS-FC-SOF", LocalDate.of(2025, 12, 31))).isEqualTo("POS-KD");
  }

  @Test
  void who_counts_as_holding_is_the_callers_to_say_and_the_top_is_the_last_resort() {
    Set<String> away = Set.of("POS-REKTOR-1", "POS-BUF-GR-CH");
    Optional<Position> found =
        DEMO.nearestHeld(new PositionId("POS-REKTOR-1"), p -> !away.contains(p.id().value()));
    assertThat(found.map(p -> p.id().value())).contains("POS-FC-BUF");
    assertThat(DEMO.nearestHeld(new PositionId("POS-REKTOR-1"), p -> false))
        .map(p -> p.id().value())
        .contains("POS-KD");
  }

  @Test
  void an_unknown_post_has_no_answer() {
    assertThat(DEMO.nearestHeld(new PositionId("POS-NO-SUCH"), DAY)).isEmpty();
  }
}
