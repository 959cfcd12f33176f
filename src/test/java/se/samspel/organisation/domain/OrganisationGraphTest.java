package se.samspel.organisation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.samspel.organisation.demo.DemoOrganisation;
import se.samspel.organisation.demo.OrganisationBuilder;
import se.samspel.organisation.demo.SmallOrganisation;
import se.samspel.organisation.importing.ImportDocument;
import se.samspel.organisation.importing.ImportValidator;
import se.samspel.organisation.importing.ImportValidator.ImportResult;

/** The questions routing and escalation ask of the organisation, on the demo and small cases. */
class OrganisationGraphTest {

  private static OrganisationGraph demo;

  @BeforeAll
  static void buildDemo() {
    demo = graphOf(DemoOrganisation.build());
  }

  static OrganisationGraph graphOf(ImportDocument document) {
    ImportResult result = ImportValidator.validate(document);
    assertThat(result)
        .as("the fixture must be a valid organisation")
        .isInstanceOf(ImportResult.Valid.class);
    return OrganisationGraph.of(((ImportResult.Valid) result).organisation());
  }

  private static List<String> ids(List<Position> positions) {
    return positions.stream().map(p -> p.id().value()).toList();
  }

  private static String id(Optional<Position> position) {
    return position.map(p -> p.id().value()).orElse(null);
  }

  private static PositionId pos(String id) {
    return new PositionId(id);
  }

  private static UnitId unit(String id) {
    return new UnitId(id);
  }

  private static PersonId person(String id) {
    return new PersonId(id);
  }

  @Nested
  class ChainOfCommand {

    @Test
    void a_teachers_nearest_manager_is_the_principal() {
      assertThat(id(demo.nearestManager(pos("POS-LARARE-1")))).isEqualTo("POS-REKTOR-1");
    }

    @Test
    void a_teachers_chain_climbs_through_every_manager_to_kd() {
      assertThat(ids(demo.chainOfCommand(pos("POS-LARARE-1"))))
          .containsExactly("POS-REKTOR-1", "POS-BUF-GR-CH", "POS-FC-BUF", "POS-KD");
    }

    @Test
    void a_department_heads_chain_is_kd_alone() {
      assertThat(ids(demo.chainOfCommand(pos("POS-FC-SBF")))).containsExactly("POS-KD");
    }

    @Test
    void kd_has_no_manager_and_an_empty_chain() {
      assertThat(demo.nearestManager(pos("POS-KD"))).isEmpty();
      assertThat(demo.chainOfCommand(pos("POS-KD"))).isEmpty();
    }

    @Test
    void a_politician_has_no_chain_of_command() {
      assertThat(demo.chainOfCommand(pos("POS-KSO"))).isEmpty();
      assertThat(demo.chainOfCommand(pos("POS-BUN-ORF"))).isEmpty();
    }

    @Test
    void an_unknown_position_has_no_manager_and_no_chain() {
      assertThat(demo.nearestManager(pos("POS-NO-SUCH"))).isEmpty();
      assertThat(demo.chainOfCommand(pos("POS-NO-SUCH"))).isEmpty();
    }

    @Test
    void the_chain_of_every_employee_ends_at_kd() {
      demo.organisation().positions().stream()
          .filter(p -> !p.kind().isPolitical() && p.kind() != PositionKind.MUNICIPAL_DIRECTOR)
          .forEach(
              p ->
                  assertThat(ids(demo.chainOfCommand(p.id())))
                      .as("chain of %s", p.id())
                      .last()
                      .isEqualTo("POS-KD"));
    }

    @Test
    void is_above_knows_every_manager_in_the_chain_and_nobody_else() {
      assertThat(demo.isAbove(pos("POS-BUF-GR-CH"), pos("POS-LARARE-1"))).isTrue();
      assertThat(demo.isAbove(pos("POS-KD"), pos("POS-LARARE-1"))).isTrue();
      assertThat(demo.isAbove(pos("POS-FC-SOF"), pos("POS-LARARE-1"))).isFalse();
      assertThat(demo.isAbove(pos("POS-LARARE-1"), pos("POS-REKTOR-1"))).isFalse();
    }

    @Test
    void direct_reports_are_the_positions_that_name_a_manager() {
      assertThat(ids(demo.directReportsOf(pos("POS-BUF-GR-CH"))))
          .containsExactlyInAnyOrder("POS-REKTOR-1", "POS-REKTOR-2", "POS-REKTOR-3");
    }
  }

  @Nested
  class Departments {

    @Test
    void a_teacher_works_in_the_education_department_headed_by_its_department_head() {
      assertThat(demo.departmentOf(pos("POS-LARARE-1")).map(u -> u.id().value())).contains("U-BUF");
      assertThat(id(demo.departmentHeadOf(pos("POS-LARARE-1")))).isEqualTo("POS-FC-BUF");
    }

    @Test
    void a_unit_nested_two_levels_down_belongs_to_its_department() {
      assertThat(demo.departmentOfUnit(unit("U-SKOLA-2")).map(u -> u.id().value()))
          .contains("U-BUF");
      assertThat(id(demo.departmentHeadOfUnit(unit("U-SOF-AO-3")))).isEqualTo("POS-FC-SOF");
    }

    @Test
    void a_department_head_is_the_head_of_their_own_department() {
      assertThat(id(demo.departmentHeadOf(pos("POS-FC-BUF")))).isEqualTo("POS-FC-BUF");
      assertThat(id(demo.headOfDepartment(unit("U-SBF")))).isEqualTo("POS-FC-SBF");
    }

    @Test
    void every_employee_has_a_department_head_and_no_politician_has_one() {
      for (Position p : demo.organisation().positions()) {
        if (p.kind().isPolitical()) {
          assertThat(demo.departmentOf(p.id())).as("department of %s", p.id()).isEmpty();
          assertThat(demo.departmentHeadOf(p.id())).as("head of %s", p.id()).isEmpty();
        } else {
          assertThat(demo.departmentHeadOf(p.id())).as("head of %s", p.id()).isPresent();
        }
      }
    }

    @Test
    void kd_is_head_of_the_central_administration_and_so_department_head_of_its_staff() {
      assertThat(demo.centralAdministration().map(u -> u.id().value())).contains("U-KLF");
      assertThat(id(demo.headOfDepartment(unit("U-KLF")))).isEqualTo("POS-KD");
      assertThat(id(demo.departmentHeadOf(pos("POS-SYSTEMFORVALTARE")))).isEqualTo("POS-KD");
      assertThat(ids(demo.chainOfCommand(pos("POS-SYSTEMFORVALTARE"))))
          .containsExactly("POS-ITCHEF", "POS-KD");
    }

    @Test
    void kd_is_their_own_department_head_and_has_no_one_above() {
      assertThat(id(demo.departmentHeadOf(pos("POS-KD")))).isEqualTo("POS-KD");
      assertThat(demo.chainOfCommand(pos("POS-KD"))).isEmpty();
    }

    @Test
    void a_political_body_is_no_department() {
      assertThat(demo.departmentOfUnit(unit("U-BUN"))).isEmpty();
      assertThat(demo.headOfDepartment(unit("U-BUN"))).isEmpty();
    }
  }

  @Nested
  class Committees {

    @Test
    void the_education_department_answers_to_its_committee_and_that_committees_chair() {
      assertThat(demo.responsibleCommitteeOf(unit("U-BUF")).map(u -> u.id().value()))
          .contains("U-BUN");
      assertThat(id(demo.chairOf(unit("U-BUN")))).isEqualTo("POS-BUN-ORF");
      assertThat(id(demo.responsibleChairOf(unit("U-BUF")))).isEqualTo("POS-BUN-ORF");
    }

    @Test
    void a_unit_inside_a_department_answers_to_the_departments_committee() {
      assertThat(demo.responsibleCommitteeOf(unit("U-SKOLA-1")).map(u -> u.id().value()))
          .contains("U-BUN");
      assertThat(id(demo.responsibleChairOf(unit("U-SOF-IFO-2")))).isEqualTo("POS-SN-ORF");
    }

    @Test
    void the_central_administration_answers_to_the_executive_board_chaired_by_the_kso() {
      assertThat(demo.responsibleCommitteeOf(unit("U-KLF")).map(u -> u.id().value()))
          .contains("U-KS");
      assertThat(id(demo.chairOf(unit("U-KS")))).isEqualTo("POS-KSO");
      assertThat(id(demo.responsibleChairOf(unit("U-KLF-IT")))).isEqualTo("POS-KSO");
    }

    @Test
    void the_council_is_not_a_chaired_body_a_department_can_answer_to() {
      assertThat(demo.chairOf(unit("U-KF"))).isEmpty();
      assertThat(demo.responsibleCommitteeOf(unit("U-KF"))).isEmpty();
    }

    @Test
    void the_members_of_a_committee_are_all_its_political_positions() {
      List<Position> members = demo.membersOf(unit("U-BUN"));
      assertThat(ids(members)).contains("POS-BUN-ORF", "POS-BUN-LED-POL");
      assertThat(members).allMatch(p -> p.kind().isPolitical());
      assertThat(members).allMatch(p -> p.unit().equals(unit("U-BUN")));
      assertThat(members)
          .extracting(Position::kind)
          .contains(
              PositionKind.COMMITTEE_CHAIR,
              PositionKind.COMMITTEE_VICE_CHAIR,
              PositionKind.ELECTED_MEMBER,
              PositionKind.ELECTED_SUBSTITUTE);
      // 1 chair, 1 vice chair, 1 named member, 5 members, 2 substitutes (see DemoOrganisation).
      assertThat(members).hasSize(10);
    }

    @Test
    void a_department_has_no_members() {
      assertThat(demo.membersOf(unit("U-BUF"))).isEmpty();
    }
  }

  @Nested
  class TopRoles {

    @Test
    void the_kso_and_kd_are_found_by_their_kind() {
      assertThat(id(demo.kso())).isEqualTo("POS-KSO");
      assertThat(id(demo.kd())).isEqualTo("POS-KD");
      assertThat(demo.holderOn(pos("POS-KSO"), LocalDate.of(2026, 3, 1)).map(Person::name))
          .contains("Anna Lindqvist");
    }

    @Test
    void an_empty_organisation_has_neither_kso_nor_kd_nor_central_administration() {
      OrganisationGraph empty = OrganisationGraph.empty();
      assertThat(empty.kso()).isEmpty();
      assertThat(empty.kd()).isEmpty();
      assertThat(empty.centralAdministration()).isEmpty();
    }

    @Test
    void the_opposition_leader_and_whistleblower_function_are_found() {
      assertThat(id(demo.oppositionLeader())).isEqualTo("POS-OPP");
      assertThat(ids(demo.whistleblowerFunction())).containsExactly("POS-VISSELBLASARE");
    }
  }

  @Nested
  class CommunicationsOfficers {

    @Test
    void a_department_with_its_own_communications_officer_is_supported_by_them() {
      assertThat(ids(demo.communicationsOfficersOf(unit("U-SOF"))))
          .containsExactly("POS-KOMMUNIKATOR-SOF");
      assertThat(ids(demo.communicationsOfficersOf(unit("U-SOF-AO-1"))))
          .containsExactly("POS-KOMMUNIKATOR-SOF");
    }

    @Test
    void a_department_without_its_own_falls_back_to_the_central_administrations() {
      assertThat(ids(demo.communicationsOfficersOf(unit("U-BUF"))))
          .containsExactlyInAnyOrder("POS-KOMMUNIKATOR-1", "POS-KOMMUNIKATOR-2");
      assertThat(ids(demo.communicationsOfficersOf(unit("U-SKOLA-3"))))
          .containsExactlyInAnyOrder("POS-KOMMUNIKATOR-1", "POS-KOMMUNIKATOR-2");
    }

    @Test
    void the_central_administration_is_supported_by_its_own_officers() {
      assertThat(ids(demo.communicationsOfficersOf(unit("U-KLF"))))
          .containsExactlyInAnyOrder("POS-KOMMUNIKATOR-1", "POS-KOMMUNIKATOR-2");
    }

    @Test
    void
        in_a_small_organisation_the_fallback_is_the_officer_placed_directly_in_the_central_administration() {
      OrganisationGraph small = graphOf(SmallOrganisation.builder().build());
      assertThat(ids(small.communicationsOfficersOf(unit("U-TF-VA")))).containsExactly("POS-KOM");
    }
  }

  @Nested
  class HoldersAndActing {

    private final LocalDate beforeActing = LocalDate.of(2025, 12, 31);
    private final LocalDate firstActingDay = LocalDate.of(2026, 1, 1);

    @Test
    void a_vacant_position_has_no_holder_on_any_day() {
      assertThat(demo.position(pos("POS-SOF-AO-EC-2")).flatMap(Position::holder)).isEmpty();
      assertThat(demo.holderOn(pos("POS-SOF-AO-EC-2"), beforeActing)).isEmpty();
      assertThat(demo.holderOn(pos("POS-SOF-AO-EC-2"), firstActingDay)).isEmpty();
    }

    @Test
    void the_vacant_department_head_post_has_no_holder_before_the_acting_assignment_starts() {
      assertThat(demo.holderOn(pos("POS-FC-SOF"), beforeActing)).isEmpty();
    }

    @Test
    void the_acting_department_head_holds_the_post_from_the_first_day_on() {
      assertThat(demo.holderOn(pos("POS-FC-SOF"), firstActingDay).map(p -> p.id().value()))
          .contains("P-TF-FC-SOF");
    }

    @Test
    void an_open_ended_acting_assignment_still_runs_years_later() {
      assertThat(demo.holderOn(pos("POS-FC-SOF"), LocalDate.of(2031, 6, 30)).map(Person::name))
          .contains("Johanna Bergqvist");
    }

    @Test
    void positions_held_by_a_person_include_the_one_they_act_in_only_while_acting() {
      PersonId acting = person("P-TF-FC-SOF");
      assertThat(ids(demo.positionsHeldBy(acting, beforeActing))).containsExactly("POS-SOF-AO-CH");
      assertThat(ids(demo.positionsHeldBy(acting, firstActingDay)))
          .containsExactlyInAnyOrder("POS-SOF-AO-CH", "POS-FC-SOF");
      assertThat(ids(demo.positionsLinkedTo(acting)))
          .containsExactlyInAnyOrder("POS-SOF-AO-CH", "POS-FC-SOF");
    }

    @Test
    void a_person_holding_several_political_positions_holds_them_all() {
      assertThat(ids(demo.positionsHeldBy(person("P-KSO"), firstActingDay)))
          .containsExactlyInAnyOrder("POS-KSO", "POS-KF-LED-KSO", "POS-GL-S");
    }

    @Test
    void a_bounded_acting_assignment_wins_only_inside_its_period_both_ends_included() {
      OrganisationBuilder b = SmallOrganisation.builder();
      b.acting("POS-VA-CH", "P-VA-1", "2026-03-01", "2026-03-31");
      OrganisationGraph small = graphOf(b.build());
      PositionId manager = pos("POS-VA-CH");

      assertThat(holderId(small, manager, LocalDate.of(2026, 2, 28))).isEqualTo("P-VA-CH");
      assertThat(holderId(small, manager, LocalDate.of(2026, 3, 1))).isEqualTo("P-VA-1");
      assertThat(holderId(small, manager, LocalDate.of(2026, 3, 31))).isEqualTo("P-VA-1");
      assertThat(holderId(small, manager, LocalDate.of(2026, 4, 1))).isEqualTo("P-VA-CH");
    }

    @Test
    void while_someone_acts_the_appointed_holder_does_not_hold_the_positions_authority() {
      OrganisationBuilder b = SmallOrganisation.builder();
      b.acting("POS-VA-CH", "P-VA-1", "2026-03-01", "2026-03-31");
      OrganisationGraph small = graphOf(b.build());
      LocalDate during = LocalDate.of(2026, 3, 15);
      LocalDate after = LocalDate.of(2026, 4, 15);

      assertThat(ids(small.positionsHeldBy(person("P-VA-1"), during)))
          .containsExactlyInAnyOrder("POS-VA-1", "POS-VA-CH");
      assertThat(small.positionsHeldBy(person("P-VA-CH"), during)).isEmpty();
      assertThat(ids(small.positionsHeldBy(person("P-VA-1"), after))).containsExactly("POS-VA-1");
      assertThat(ids(small.positionsHeldBy(person("P-VA-CH"), after))).containsExactly("POS-VA-CH");
    }

    @Test
    void of_two_consecutive_acting_assignments_each_wins_in_its_own_period() {
      OrganisationBuilder b = SmallOrganisation.builder();
      b.acting("POS-VA-CH", "P-VA-1", "2026-03-01", "2026-03-31")
          .acting("POS-VA-CH", "P-VA-2", "2026-04-01", null);
      OrganisationGraph small = graphOf(b.build());

      assertThat(holderId(small, pos("POS-VA-CH"), LocalDate.of(2026, 3, 31))).isEqualTo("P-VA-1");
      assertThat(holderId(small, pos("POS-VA-CH"), LocalDate.of(2026, 4, 1))).isEqualTo("P-VA-2");
      assertThat(holderId(small, pos("POS-VA-CH"), LocalDate.of(2027, 1, 1))).isEqualTo("P-VA-2");
    }

    private String holderId(OrganisationGraph graph, PositionId position, LocalDate day) {
      return graph.holderOn(position, day).map(p -> p.id().value()).orElse(null);
    }
  }

  @Nested
  class People {

    @Test
    void a_person_is_found_by_their_login() {
      assertThat(demo.personByLogin("rektor").map(Person::name)).contains("Eva Sjöberg");
      assertThat(demo.personByLogin("nobody")).isEmpty();
    }
  }

  @Nested
  class Structure {

    @Test
    void the_root_is_the_municipality_and_its_children_are_bodies_and_departments() {
      assertThat(demo.root().map(u -> u.id().value())).contains("U-KOMMUN");
      assertThat(demo.childrenOf(unit("U-KOMMUN")))
          .extracting(u -> u.id().value())
          .contains("U-KF", "U-KS", "U-BUN", "U-KLF", "U-BUF", "U-SOF", "U-SBF");
    }

    @Test
    void the_counts_match_the_organisation_indexed() {
      assertThat(demo.unitCount()).isEqualTo(demo.organisation().units().size());
      assertThat(demo.positionCount()).isEqualTo(demo.organisation().positions().size());
      assertThat(demo.personCount()).isEqualTo(demo.organisation().people().size());
      assertThat(demo.positionCount()).isBetween(300, 400);
    }
  }
}
