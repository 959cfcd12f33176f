package se.samspel.deviation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samspel.deviation.domain.PrescribedRoute;
import se.samspel.deviation.domain.PrescribedRoute.Step;

/**
 * The prescribed route formats and parses itself; its text is covered by the record's hash chain,
 * so every stored text must come back byte for byte.
 */
class PrescribedRouteTest {

  @Test
  void a_route_is_written_as_the_record_has_always_stored_it() {
    PrescribedRoute route =
        new PrescribedRoute(
            List.of(Step.of("POS-FC-BUF", "APPROVE"), Step.of("POS-REKTOR-1", "ARRANGE")));
    assertThat(route.text()).isEqualTo("POS-FC-BUF (APPROVE) → POS-REKTOR-1 (ARRANGE)");
  }

  @Test
  void a_stored_route_reads_back_into_its_steps_and_writes_the_same_text() {
    String stored = "POS-FC-BUF (APPROVE) → POS-REKTOR-1 (ARRANGE)";
    PrescribedRoute route = PrescribedRoute.parse(stored);
    assertThat(route.steps())
        .containsExactly(Step.of("POS-FC-BUF", "APPROVE"), Step.of("POS-REKTOR-1", "ARRANGE"));
    assertThat(route.text()).isEqualTo(stored);
  }

  @Test
  void the_empty_route_of_a_forbidden_contact_is_the_empty_text_both_ways() {
    assertThat(PrescribedRoute.NONE.text()).isEmpty();
    assertThat(PrescribedRoute.NONE.isEmpty()).isTrue();
    assertThat(PrescribedRoute.parse("")).isEqualTo(PrescribedRoute.NONE);
  }

  @Test
  void a_single_step_route_round_trips() {
    String stored = "POS-VISSELBLASARE (HANDLE)";
    assertThat(PrescribedRoute.parse(stored).steps())
        .containsExactly(Step.of("POS-VISSELBLASARE", "HANDLE"));
    assertThat(PrescribedRoute.parse(stored).text()).isEqualTo(stored);
  }

  @Test
  void a_stored_text_that_does_not_follow_the_format_still_comes_back_byte_for_byte() {
    for (String stored :
        List.of(
            "POS-X",
            "POS-X (approve)",
            "POS-X (APPROVE) → ",
            " → POS-Y (INFORM)",
            "POS-X  (APPROVE)",
            "POS-X (APPROVE)→POS-Y (ARRANGE)",
            " ")) {
      assertThat(PrescribedRoute.parse(stored).text()).as(stored).isEqualTo(stored);
    }
    assertThat(PrescribedRoute.parse("POS-X").steps())
        .containsExactly(new Step("POS-X", Optional.empty()));
  }

  @Test
  void a_route_built_from_steps_round_trips_through_its_text() {
    PrescribedRoute route =
        new PrescribedRoute(
            List.of(
                Step.of("POS-BUF-GR-CH", "HANDLE"),
                Step.of("POS-FC-BUF", "INFORM"),
                Step.of("POS-KD", "INFORM")));
    assertThat(PrescribedRoute.parse(route.text())).isEqualTo(route);
  }
}
