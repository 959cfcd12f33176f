package se.samspel.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.samspel.escalation.domain.EscalationLadder;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.Position;
import se.samspel.organisation.domain.PositionId;
import se.samspel.organisation.domain.PositionKind;
import se.samspel.organisation.domain.UnitId;
import se.samspel.policy.domain.EscalationPolicy;
import se.samspel.policy.format.PolicyJson;
import se.samspel.policy.format.PolicyValidator;
import se.samspel.support.Fixtures;

class EscalationLadderTest {

  static final OrganisationGraph GRAPH = Fixtures.demo();

  /** The ladder Kungsör's guideline states in its escalation section. */
  static final EscalationLadder KUNGSOR =
      new EscalationLadder(Fixtures.kungsor().escalation().orElseThrow());

  private static String next(String position) {
    return next(KUNGSOR, position, Fixtures.DAY);
  }

  private static String next(EscalationLadder ladder, String position, LocalDate day) {
    return ladder
        .nextLevel(GRAPH, new PositionId(position), day)
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
    // Hemtjänst Syd's unit manager post is vacant: the next level is the head of elderly care.
    assertThat(next(staffOfHemtjanstSyd())).isEqualTo("POS-SOF-AO-CH");
  }

  @Test
  void a_vacant_post_with_an_acting_holder_is_reached_through_the_acting_holder() {
    assertThat(next("POS-SOF-AO-CH")).isEqualTo("POS-FC-SOF");
    // Before the acting assignment began the department head post was empty: KD comes next.
    assertThat(next(KUNGSOR, "POS-SOF-AO-CH", LocalDate.of(2025, 6, 1))).isEqualTo("POS-KD");
  }

  @Test
  void a_chair_who_does_not_answer_is_followed_by_the_kso_who_is_the_top() {
    assertThat(next("POS-BUN-ORF")).isEqualTo("POS-KSO");
    assertThat(next("POS-KSO")).isEqualTo("top");
  }

  @Test
  void a_position_retired_since_the_step_reached_it_goes_to_kd() {
    assertThat(next("POS-RETIRED-SINCE")).isEqualTo("POS-KD");
  }

  /**
   * Both shipped guidelines state the ladder Samspel climbed before escalation was policy data, and
   * a version without a section climbs the reporting lines: on every position of the demo
   * organisation and a retired one, on a day with and one without the acting assignment, all three
   * answer as the old Java ladder (kept below as the reference) did.
   */
  @Test
  void the_shipped_sections_and_the_reporting_lines_escalate_as_samspel_did_before() {
    List<EscalationLadder> ladders =
        List.of(
            KUNGSOR,
            new EscalationLadder(Fixtures.alingsas().escalation().orElseThrow()),
            new EscalationLadder(EscalationPolicy.REPORTING_LINES));
    for (LocalDate day : List.of(Fixtures.DAY, LocalDate.of(2025, 6, 1))) {
      List<PositionId> positions = new ArrayList<>();
      GRAPH.organisation().positions().forEach(p -> positions.add(p.id()));
      positions.add(new PositionId("POS-RETIRED-SINCE"));
      for (PositionId position : positions) {
        String expected = formerLadder(position, day).map(p -> p.id().value()).orElse("top");
        for (EscalationLadder ladder : ladders) {
          assertThat(next(ladder, position.value(), day))
              .as(position + " on " + day)
              .isEqualTo(expected);
        }
      }
    }
  }

  /**
   * A municipality that escalates differently says so in its policy, without a code change: here a
   * manager's step goes straight to the department head, and a chair's to KD.
   */
  @Test
  void a_policy_that_escalates_differently_is_followed() throws Exception {
    EscalationLadder other =
        ladderOf(
            """
            {"ladder": [
               {"from": ["STAFF_MEMBER", "COMMUNICATIONS_OFFICER", "WHISTLEBLOWER_FUNCTION"],
                "to": "NEAREST_MANAGER"},
               {"from": ["MANAGER"], "to": "DEPARTMENT_HEAD"},
               {"from": ["DEPARTMENT_HEAD"], "to": "KD"},
               {"from": ["MUNICIPAL_DIRECTOR", "KSO"], "to": "TOP"},
               {"from": ["ANY_POLITICIAN"], "to": "KD"}],
             "retired": "TOP", "vacant": "PASS_OVER",
             "source": {"section": "Eskalering", "quote": "Chefen lyfter frågan till förvaltningschefen."}}
            """);
    assertThat(next(other, "POS-LARARE-1", Fixtures.DAY)).isEqualTo("POS-REKTOR-1");
    // Kungsör climbs from the principal to the head of schools first; this one skips that level.
    assertThat(next(other, "POS-REKTOR-1", Fixtures.DAY)).isEqualTo("POS-FC-BUF");
    assertThat(next(other, "POS-FC-BUF", Fixtures.DAY)).isEqualTo("POS-KD");
    assertThat(next(other, "POS-BUN-ORF", Fixtures.DAY)).isEqualTo("POS-KD");
    assertThat(next(other, "POS-KSO", Fixtures.DAY)).isEqualTo("top");
    assertThat(next(other, "POS-RETIRED-SINCE", Fixtures.DAY)).isEqualTo("top");
  }

  @Test
  void a_policy_may_let_a_step_wait_on_a_vacant_post_until_its_deadline() throws Exception {
    EscalationLadder waiting =
        ladderOf(
            """
            {"ladder": [{"from": ["ANY_EMPLOYEE"], "to": "NEAREST_MANAGER"},
                        {"from": ["KSO"], "to": "TOP"},
                        {"from": ["ANY_POLITICIAN"], "to": "KSO"}],
             "retired": "KD", "vacant": "WAIT_ON_POST",
             "source": {"section": "Eskalering", "quote": "En vakant tjänst väntar på sin ersättare."}}
            """);
    String staff = staffOfHemtjanstSyd();
    String vacantManager = GRAPH.nearestManager(new PositionId(staff)).orElseThrow().id().value();
    assertThat(GRAPH.position(new PositionId(vacantManager)).orElseThrow().holderOn(Fixtures.DAY))
        .isEmpty();
    assertThat(next(waiting, staff, Fixtures.DAY)).isEqualTo(vacantManager);
  }

  @Test
  void a_ladder_to_a_department_head_or_chair_resolves_them_from_the_waiting_position()
      throws Exception {
    EscalationLadder chairs =
        ladderOf(
            """
            {"ladder": [{"from": ["STAFF_MEMBER"], "to": "DEPARTMENT_HEAD"},
                        {"from": ["ANY_EMPLOYEE"], "to": "RESPONSIBLE_CHAIR"},
                        {"from": ["KSO"], "to": "TOP"},
                        {"from": ["ANY_POLITICIAN"], "to": "KSO"}],
             "retired": "KSO", "vacant": "PASS_OVER",
             "source": {"section": "Eskalering", "quote": "Förvaltningschefen lyfter frågan till ordföranden."}}
            """);
    assertThat(next(chairs, "POS-LARARE-1", Fixtures.DAY)).isEqualTo("POS-FC-BUF");
    assertThat(next(chairs, "POS-FC-BUF", Fixtures.DAY)).isEqualTo("POS-BUN-ORF");
    // KD leads the central administration, which answers to the executive board: the KSO.
    assertThat(next(chairs, "POS-KD", Fixtures.DAY)).isEqualTo("POS-KSO");
    assertThat(next(chairs, "POS-RETIRED-SINCE", Fixtures.DAY)).isEqualTo("POS-KSO");
  }

  private static String staffOfHemtjanstSyd() {
    return GRAPH.positionsIn(new UnitId("U-SOF-AO-2")).stream()
        .filter(p -> p.kind() == PositionKind.STAFF_MEMBER)
        .findFirst()
        .orElseThrow()
        .id()
        .value();
  }

  /** An escalation section read and validated as any policy's is: data, no code. */
  private static EscalationLadder ladderOf(String section) throws Exception {
    ObjectMapper json = new ObjectMapper();
    ObjectNode doc = (ObjectNode) json.readTree(Fixtures.resource("policies/kungsor-2023.json"));
    doc.set("escalation", json.readTree(section));
    PolicyValidator.Result result = PolicyValidator.validate(PolicyJson.read(doc.toString()));
    assertThat(result).isInstanceOf(PolicyValidator.Result.Valid.class);
    return new EscalationLadder(
        ((PolicyValidator.Result.Valid) result).policy().escalation().orElseThrow());
  }

  /** The Java ladder Samspel had before escalation was policy data: the reference for the above. */
  private static Optional<Position> formerLadder(PositionId current, LocalDate day) {
    Optional<Position> position = GRAPH.position(current);
    if (position.isEmpty()) {
      return GRAPH.kd().filter(kd -> !kd.id().equals(current));
    }
    if (position.get().kind().isPolitical()) {
      return position.get().kind() == PositionKind.KSO
          ? Optional.empty()
          : GRAPH.kso().filter(kso -> kso.holderOn(day).isPresent());
    }
    Set<PositionId> seen = new HashSet<>();
    Optional<Position> up = GRAPH.nearestManager(current);
    while (up.isPresent() && seen.add(up.get().id())) {
      if (up.get().holderOn(day).isPresent()) {
        return up;
      }
      up = GRAPH.nearestManager(up.get().id());
    }
    return Optional.empty();
  }
}
