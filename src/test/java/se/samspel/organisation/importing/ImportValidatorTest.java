package se.samspel.organisation.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.assertj.core.api.ListAssert;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.samspel.organisation.demo.DemoOrganisation;
import se.samspel.organisation.demo.OrganisationBuilder;
import se.samspel.organisation.demo.SmallOrganisation;
import se.samspel.organisation.importing.ImportValidator.ImportResult;

/**
 * One test per thing the validator rejects, each on the small valid organisation with exactly that
 * fault added, asserting where (the field path the uploader sees) and why.
 */
class ImportValidatorTest {

  // ---- helpers ----

  private static OrganisationBuilder small() {
    return SmallOrganisation.builder();
  }

  private static List<ImportProblem> problemsOf(ImportDocument document) {
    ImportResult result = ImportValidator.validate(document);
    assertThat(result).isInstanceOf(ImportResult.Invalid.class);
    return ((ImportResult.Invalid) result).problems();
  }

  private static ListAssert<ImportProblem> assertProblems(ImportDocument document) {
    return assertThat(problemsOf(document));
  }

  private static ImportProblem problem(String field, String reason) {
    return new ImportProblem(null, field, reason);
  }

  private static <R> int lastIndex(List<R> rows, Function<R, String> id, String wanted) {
    for (int i = rows.size() - 1; i >= 0; i--) {
      if (wanted.equals(id.apply(rows.get(i)))) {
        return i;
      }
    }
    throw new AssertionError("no row with id " + wanted);
  }

  private static String unitField(ImportDocument d, String id, String field) {
    return "units[" + lastIndex(d.units(), ImportDocument.UnitRow::id, id) + "]." + field;
  }

  private static String positionField(ImportDocument d, String id, String field) {
    return "positions["
        + lastIndex(d.positions(), ImportDocument.PositionRow::id, id)
        + "]."
        + field;
  }

  private static String personField(ImportDocument d, String id, String field) {
    return "people[" + lastIndex(d.people(), ImportDocument.PersonRow::id, id) + "]." + field;
  }

  private static String personRow(ImportDocument d, String id) {
    return "people[" + lastIndex(d.people(), ImportDocument.PersonRow::id, id) + "]";
  }

  /** The path the builder gives an acting row (a JSON upload would say positions[7].acting[0]). */
  private static String actingField(String position, int index, String field) {
    return "positions[" + position + "].acting[" + index + "]." + field;
  }

  private static ImportDocument withPosition(
      ImportDocument d,
      String id,
      String title,
      String kind,
      String unit,
      String reportsTo,
      String holder,
      String party) {
    List<ImportDocument.PositionRow> positions = new ArrayList<>(d.positions());
    positions.add(
        new ImportDocument.PositionRow(
            new RowSource.Json("positions", positions.size()),
            id,
            title,
            kind,
            unit,
            reportsTo,
            holder,
            party,
            List.of()));
    return new ImportDocument(d.units(), positions, d.people());
  }

  /** The document without a position; the rows after it keep their original paths. */
  private static ImportDocument withoutPosition(ImportDocument d, String id) {
    return new ImportDocument(
        d.units(), d.positions().stream().filter(p -> !p.id().equals(id)).toList(), d.people());
  }

  // ---- tests ----

  @Test
  void the_small_organisation_and_the_demo_organisation_are_valid() {
    assertThat(ImportValidator.validate(small().build())).isInstanceOf(ImportResult.Valid.class);
    assertThat(ImportValidator.validate(DemoOrganisation.build()))
        .isInstanceOf(ImportResult.Valid.class);
  }

  @Test
  void a_valid_document_becomes_an_organisation_with_every_row_converted_and_trimmed() {
    ImportDocument d =
        withPosition(
            small().build(),
            " POS-VA-3 ",
            " Tekniker ",
            " staff_member ",
            "U-TF-VA",
            " POS-VA-CH",
            null,
            null);
    ImportResult result = ImportValidator.validate(d);
    assertThat(result).isInstanceOf(ImportResult.Valid.class);
    var organisation = ((ImportResult.Valid) result).organisation();
    assertThat(organisation.units()).hasSize(d.units().size());
    assertThat(organisation.people()).hasSize(d.people().size());
    assertThat(organisation.positions())
        .filteredOn(p -> p.id().value().equals("POS-VA-3"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.title()).isEqualTo("Tekniker");
              assertThat(p.kind().name()).isEqualTo("STAFF_MEMBER");
              assertThat(p.reportsTo().map(Object::toString)).contains("POS-VA-CH");
              assertThat(p.holder()).isEmpty();
            });
  }

  @Nested
  class DanglingReferences {

    @Test
    void a_unit_whose_parent_does_not_exist() {
      ImportDocument d = small().unit("U-X", "Vilsen enhet", "UNIT", "U-NOPE").build();
      assertProblems(d)
          .containsExactly(
              problem(unitField(d, "U-X", "parent"), "refers to unknown unit 'U-NOPE'"));
    }

    @Test
    void a_department_whose_responsible_committee_does_not_exist() {
      OrganisationBuilder b =
          small().department("U-X", "X-förvaltningen", "U-KOMMUN", "U-NOPE", "POS-FC-X");
      b.position("POS-FC-X", "Förvaltningschef", "DEPARTMENT_HEAD", "U-X", "POS-KD", null);
      ImportDocument d = b.build();
      assertProblems(d)
          .containsExactly(
              problem(
                  unitField(d, "U-X", "responsibleCommittee"), "refers to unknown unit 'U-NOPE'"));
    }

    @Test
    void a_department_whose_head_position_does_not_exist() {
      ImportDocument d =
          small().department("U-X", "X-förvaltningen", "U-KOMMUN", "U-TN", "POS-NOPE").build();
      assertProblems(d)
          .containsExactly(
              problem(unitField(d, "U-X", "head"), "refers to unknown position 'POS-NOPE'"));
    }

    @Test
    void a_position_whose_unit_does_not_exist() {
      ImportDocument d =
          small()
              .position("POS-X", "Tekniker", "STAFF_MEMBER", "U-NOPE", "POS-VA-CH", null)
              .build();
      assertProblems(d)
          .containsExactly(
              problem(positionField(d, "POS-X", "unit"), "refers to unknown unit 'U-NOPE'"));
    }

    @Test
    void a_position_that_reports_to_a_position_that_does_not_exist() {
      ImportDocument d =
          small()
              .position("POS-X", "Tekniker", "STAFF_MEMBER", "U-TF-VA", "POS-NOPE", null)
              .build();
      assertProblems(d)
          .containsExactly(
              problem(
                  positionField(d, "POS-X", "reportsTo"), "refers to unknown position 'POS-NOPE'"));
    }

    @Test
    void a_position_whose_holder_does_not_exist() {
      ImportDocument d =
          small()
              .position("POS-X", "Tekniker", "STAFF_MEMBER", "U-TF-VA", "POS-VA-CH", "P-NOPE")
              .build();
      assertProblems(d)
          .containsExactly(
              problem(positionField(d, "POS-X", "holder"), "refers to unknown person 'P-NOPE'"));
    }

    @Test
    void an_acting_assignment_whose_person_does_not_exist() {
      ImportDocument d = small().acting("POS-VA-CH", "P-NOPE", "2026-01-01", null).build();
      assertProblems(d)
          .containsExactly(
              problem(actingField("POS-VA-CH", 0, "person"), "refers to unknown person 'P-NOPE'"));
    }
  }

  @Nested
  class Cycles {

    @Test
    void units_that_lie_inside_each_other() {
      ImportDocument d =
          small()
              .unit("U-A", "Enhet A", "UNIT", "U-B")
              .unit("U-B", "Enhet B", "UNIT", "U-A")
              .build();
      assertProblems(d)
          .containsExactlyInAnyOrder(
              problem(unitField(d, "U-A", "parent"), "unit 'U-A' lies inside itself (cycle)"),
              problem(unitField(d, "U-B", "parent"), "unit 'U-B' lies inside itself (cycle)"));
    }

    @Test
    void a_unit_that_is_its_own_parent() {
      ImportDocument d = small().unit("U-A", "Enhet A", "UNIT", "U-A").build();
      assertProblems(d)
          .containsExactly(
              problem(unitField(d, "U-A", "parent"), "unit 'U-A' lies inside itself (cycle)"));
    }

    @Test
    void managers_who_report_to_each_other() {
      ImportDocument d =
          small()
              .position("POS-A", "Chef A", "MANAGER", "U-TF-VA", "POS-B", null)
              .position("POS-B", "Chef B", "MANAGER", "U-TF-VA", "POS-A", null)
              .build();
      assertProblems(d)
          .containsExactlyInAnyOrder(
              problem(
                  positionField(d, "POS-A", "reportsTo"),
                  "reporting lines form a cycle through POS-A → POS-B"),
              problem(
                  positionField(d, "POS-B", "reportsTo"),
                  "reporting lines form a cycle through POS-B → POS-A"));
    }
  }

  @Nested
  class DepartmentsAndCommittees {

    @Test
    void a_department_without_a_head() {
      ImportDocument d =
          small().department("U-X", "X-förvaltningen", "U-KOMMUN", "U-TN", null).build();
      assertProblems(d)
          .containsExactly(
              problem(unitField(d, "U-X", "head"), "a department must have a head (a position)"));
    }

    @Test
    void a_department_headed_by_a_position_that_is_not_a_department_head_or_kd() {
      ImportDocument d =
          small().department("U-X", "X-förvaltningen", "U-KOMMUN", "U-TN", "POS-VA-1").build();
      assertProblems(d)
          .containsExactlyInAnyOrder(
              problem(
                  unitField(d, "U-X", "head"),
                  "position 'POS-VA-1' is not of kind DEPARTMENT_HEAD or MUNICIPAL_DIRECTOR"),
              problem(
                  unitField(d, "U-X", "head"),
                  "position 'POS-VA-1' does not belong to this department"));
    }

    @Test
    void a_department_without_a_responsible_committee() {
      OrganisationBuilder b =
          small().department("U-X", "X-förvaltningen", "U-KOMMUN", null, "POS-FC-X");
      b.position("POS-FC-X", "Förvaltningschef", "DEPARTMENT_HEAD", "U-X", "POS-KD", null);
      ImportDocument d = b.build();
      assertProblems(d)
          .containsExactly(
              problem(
                  unitField(d, "U-X", "responsibleCommittee"),
                  "a department must answer to a committee"));
    }

    @Test
    void a_department_that_answers_to_the_council_which_has_no_chair_to_answer_to() {
      OrganisationBuilder b =
          small().department("U-X", "X-förvaltningen", "U-KOMMUN", "U-KF", "POS-FC-X");
      b.position("POS-FC-X", "Förvaltningschef", "DEPARTMENT_HEAD", "U-X", "POS-KD", null);
      ImportDocument d = b.build();
      assertProblems(d)
          .containsExactly(
              problem(
                  unitField(d, "U-X", "responsibleCommittee"),
                  "must be a committee, board or the executive board, not COUNCIL"));
    }

    @Test
    void a_committee_without_a_chair() {
      ImportDocument d = small().unit("U-NY", "Nya nämnden", "COMMITTEE", "U-KOMMUN").build();
      assertProblems(d)
          .containsExactly(
              problem(
                  unitField(d, "U-NY", "id"),
                  "the committee 'U-NY' has no chair (a position of kind COMMITTEE_CHAIR)"));
    }

    @Test
    void the_executive_boards_chair_must_be_the_kso_not_an_ordinary_committee_chair() {
      ImportDocument base = withoutPosition(small().build(), "POS-KSO");
      ImportDocument d =
          withPosition(
              base, "POS-KS-ORF", "Ordförande", "COMMITTEE_CHAIR", "U-KS", null, "P-KSO", "S");
      assertProblems(d)
          .containsExactlyInAnyOrder(
              problem(
                  unitField(d, "U-KS", "id"),
                  "the executive board 'U-KS' has no chair (a position of kind KSO)"),
              // the missing KSO is reported at the first position row left (POS-KSO was
              // positions[0])
              problem(
                  "positions[1].kind",
                  "the organisation has no KSO (kommunstyrelsens ordförande)"));
    }

    @Test
    void the_kso_sitting_on_a_committee_instead_of_the_executive_board() {
      ImportDocument d =
          withPosition(
              withoutPosition(small().build(), "POS-KSO"),
              "POS-KSO",
              "Kommunstyrelsens ordförande",
              "KSO",
              "U-TN",
              null,
              "P-KSO",
              "S");
      assertProblems(d)
          .containsExactlyInAnyOrder(
              problem(positionField(d, "POS-KSO", "unit"), "the KSO sits on the executive board"),
              problem(
                  unitField(d, "U-KS", "id"),
                  "the executive board 'U-KS' has no chair (a position of kind KSO)"));
    }

    @Test
    void a_unit_of_kind_unit_placed_directly_under_a_political_body() {
      ImportDocument d = small().unit("U-X", "Vilsen enhet", "UNIT", "U-TN").build();
      assertProblems(d)
          .containsExactly(
              problem(
                  unitField(d, "U-X", "parent"),
                  "a unit of kind UNIT must lie inside a DEPARTMENT or another UNIT, not COMMITTEE"));
    }
  }

  @Nested
  class Duplicates {

    @Test
    void two_units_with_the_same_external_id() {
      ImportDocument d = small().unit("U-TF-VA", "Annan enhet", "UNIT", "U-TF").build();
      assertProblems(d)
          .containsExactly(
              problem(unitField(d, "U-TF-VA", "id"), "duplicate external id 'U-TF-VA'"));
      assertThat(unitField(d, "U-TF-VA", "id")).isEqualTo("units[7].id");
    }

    @Test
    void two_positions_with_the_same_external_id() {
      ImportDocument d =
          withPosition(
              small().build(),
              "POS-VA-1",
              "Tekniker",
              "STAFF_MEMBER",
              "U-TF-VA",
              "POS-VA-CH",
              null,
              null);
      assertProblems(d)
          .containsExactly(
              problem(positionField(d, "POS-VA-1", "id"), "duplicate external id 'POS-VA-1'"));
      assertThat(positionField(d, "POS-VA-1", "id")).isEqualTo("positions[10].id");
    }

    @Test
    void two_people_with_the_same_external_id() {
      OrganisationBuilder b = small();
      b.person("P-VA-1", "Någon Annan", null);
      ImportDocument d = b.build();
      assertProblems(d)
          .containsExactly(
              problem(personField(d, "P-VA-1", "id"), "duplicate external id 'P-VA-1'"));
    }

    @Test
    void two_people_with_the_same_login() {
      OrganisationBuilder b = small();
      b.person("P-NY", "Ny Person", "kso");
      ImportDocument d = b.build();
      // Both rows are named, each pointing at the other.
      assertProblems(d)
          .containsExactly(
              problem(
                  personField(d, "P-KSO", "login"),
                  "duplicate login 'kso', also on " + personRow(d, "P-NY")),
              problem(
                  personField(d, "P-NY", "login"),
                  "duplicate login 'kso', also on " + personRow(d, "P-KSO")));
    }

    @Test
    void ids_that_differ_only_by_surrounding_spaces_are_the_same_id() {
      ImportDocument d = small().unit(" U-TF-VA ", "Annan enhet", "UNIT", "U-TF").build();
      assertProblems(d)
          .containsExactly(
              problem(unitField(d, " U-TF-VA ", "id"), "duplicate external id 'U-TF-VA'"));
    }
  }

  @Nested
  class ActingDates {

    @Test
    void an_acting_start_that_is_not_a_date() {
      ImportDocument d = small().acting("POS-VA-CH", "P-VA-1", "2026-13-01", null).build();
      assertProblems(d)
          .containsExactly(
              problem(
                  actingField("POS-VA-CH", 0, "from"),
                  "'2026-13-01' is not a date (expected YYYY-MM-DD)"));
    }

    @Test
    void an_acting_end_in_swedish_short_form_is_not_a_date() {
      ImportDocument d = small().acting("POS-VA-CH", "P-VA-1", "2026-01-01", "30/6 2026").build();
      assertProblems(d)
          .containsExactly(
              problem(
                  actingField("POS-VA-CH", 0, "to"),
                  "'30/6 2026' is not a date (expected YYYY-MM-DD)"));
    }

    @Test
    void an_acting_assignment_without_a_start() {
      ImportDocument d = small().acting("POS-VA-CH", "P-VA-1", null, "2026-06-30").build();
      assertProblems(d)
          .containsExactly(problem(actingField("POS-VA-CH", 0, "from"), "is required"));
    }

    @Test
    void an_acting_assignment_without_a_person() {
      ImportDocument d = small().acting("POS-VA-CH", null, "2026-01-01", null).build();
      assertProblems(d)
          .containsExactly(problem(actingField("POS-VA-CH", 0, "person"), "is required"));
    }

    @Test
    void an_acting_assignment_that_ends_before_it_starts() {
      ImportDocument d = small().acting("POS-VA-CH", "P-VA-1", "2026-06-01", "2026-01-31").build();
      assertProblems(d)
          .containsExactly(
              problem(actingField("POS-VA-CH", 0, "to"), "ends before it starts (2026-06-01)"));
    }

    @Test
    void two_acting_assignments_that_share_a_day() {
      ImportDocument d =
          small()
              .acting("POS-VA-CH", "P-VA-1", "2026-01-01", "2026-06-30")
              .acting("POS-VA-CH", "P-VA-2", "2026-06-30", null)
              .build();
      assertProblems(d)
          .containsExactly(
              problem(
                  actingField("POS-VA-CH", 1, "from"),
                  "overlaps another acting assignment of the same position"));
    }

    @Test
    void an_open_ended_acting_assignment_overlaps_any_later_one() {
      ImportDocument d =
          small()
              .acting("POS-VA-CH", "P-VA-1", "2026-01-01", null)
              .acting("POS-VA-CH", "P-VA-2", "2030-01-01", "2030-01-31")
              .build();
      assertProblems(d)
          .containsExactly(
              problem(
                  actingField("POS-VA-CH", 1, "from"),
                  "overlaps another acting assignment of the same position"));
    }

    @Test
    void consecutive_acting_assignments_do_not_overlap() {
      ImportDocument d =
          small()
              .acting("POS-VA-CH", "P-VA-1", "2026-01-01", "2026-06-29")
              .acting("POS-VA-CH", "P-VA-2", "2026-06-30", null)
              .build();
      assertThat(ImportValidator.validate(d)).isInstanceOf(ImportResult.Valid.class);
    }
  }

  @Nested
  class KindsAndRequiredFields {

    @Test
    void an_unknown_unit_kind() {
      ImportDocument d = small().unit("U-X", "Kommundel", "KOMMUNDEL", "U-KOMMUN").build();
      assertProblems(d)
          .containsExactly(
              problem(
                  unitField(d, "U-X", "kind"),
                  "unknown value 'KOMMUNDEL'; expected one of MUNICIPALITY, COUNCIL,"
                      + " EXECUTIVE_BOARD, COMMITTEE, BOARD, DEPARTMENT, UNIT"));
    }

    @Test
    void an_unknown_position_kind() {
      ImportDocument d =
          small().position("POS-X", "Vikarie", "VIKARIE", "U-TF-VA", "POS-VA-CH", null).build();
      List<ImportProblem> problems = problemsOf(d);
      assertThat(problems).hasSize(1);
      assertThat(problems.get(0).field()).isEqualTo(positionField(d, "POS-X", "kind"));
      assertThat(problems.get(0).reason())
          .startsWith("unknown value 'VIKARIE'; expected one of KSO, COMMITTEE_CHAIR")
          .contains("STAFF_MEMBER");
    }

    @Test
    void kinds_are_read_whatever_their_case() {
      ImportDocument d =
          small()
              .position("POS-X", "Tekniker", "Staff_Member", "U-TF-VA", "POS-VA-CH", null)
              .build();
      assertThat(ImportValidator.validate(d)).isInstanceOf(ImportResult.Valid.class);
    }

    @Test
    void a_unit_without_id_name_or_kind() {
      ImportDocument d = small().unit(null, " ", null, "U-KOMMUN").build();
      int index = d.units().size() - 1;
      assertProblems(d)
          .containsExactlyInAnyOrder(
              problem("units[" + index + "].id", "is required"),
              problem("units[" + index + "].name", "is required"),
              problem("units[" + index + "].kind", "is required"));
    }

    @Test
    void a_position_without_title_kind_or_unit() {
      ImportDocument d = small().position("POS-X", null, null, null, null, null).build();
      assertProblems(d)
          .containsExactlyInAnyOrder(
              problem(positionField(d, "POS-X", "title"), "is required"),
              problem(positionField(d, "POS-X", "kind"), "is required"),
              problem(positionField(d, "POS-X", "unit"), "is required"));
    }

    @Test
    void a_person_without_a_name_or_with_a_malformed_email() {
      ImportDocument small = small().build();
      List<ImportDocument.PersonRow> people = new ArrayList<>(small.people());
      people.add(
          new ImportDocument.PersonRow(
              new RowSource.Json("people", people.size()), "P-X", "", "inte-en-adress", null));
      ImportDocument d = new ImportDocument(small.units(), small.positions(), people);
      assertProblems(d)
          .containsExactlyInAnyOrder(
              problem(personField(d, "P-X", "name"), "is required"),
              problem(personField(d, "P-X", "email"), "is not an e-mail address"));
    }

    @Test
    void an_id_longer_than_64_characters() {
      String longId = "U-" + "X".repeat(63);
      ImportDocument d = small().unit(longId, "Lång enhet", "UNIT", "U-TF").build();
      assertProblems(d)
          .containsExactly(problem(unitField(d, longId, "id"), "is longer than 64 characters"));
    }

    @Test
    void a_second_municipality() {
      ImportDocument d = small().unit("U-ANNAN", "Annan kommun", "MUNICIPALITY", null).build();
      assertProblems(d)
          .containsExactly(
              problem(
                  "units[0].kind",
                  "the organisation needs exactly one unit of kind MUNICIPALITY, found 2"));
    }

    @Test
    void an_empty_document_names_every_missing_root_role() {
      assertProblems(new ImportDocument(List.of(), List.of(), List.of()))
          .containsExactlyInAnyOrder(
              problem(
                  "units[0].kind",
                  "the organisation needs exactly one unit of kind MUNICIPALITY, found 0"),
              problem(
                  "positions[0].kind", "the organisation has no KSO (kommunstyrelsens ordförande)"),
              problem("positions[0].kind", "the organisation has no KD (kommundirektör)"));
    }
  }

  @Nested
  class Placement {

    @Test
    void a_political_position_in_a_department() {
      OrganisationBuilder b = small();
      b.political(
          "POS-X", "Ledamot", "ELECTED_MEMBER", "U-TF", b.person("P-X", "Politiker X", null), "S");
      ImportDocument d = b.build();
      assertProblems(d)
          .containsExactly(
              problem(
                  positionField(d, "POS-X", "unit"),
                  "a political position must sit on a political body"));
    }

    @Test
    void a_political_position_with_a_reporting_line() {
      ImportDocument d =
          small().position("POS-X", "Ledamot", "ELECTED_MEMBER", "U-TN", "POS-KD", null).build();
      assertProblems(d)
          .containsExactly(
              problem(
                  positionField(d, "POS-X", "reportsTo"),
                  "a political position has no reporting line"));
    }

    @Test
    void an_employee_placed_in_a_political_body() {
      ImportDocument d =
          small()
              .position("POS-X", "Nämndsekreterare", "STAFF_MEMBER", "U-TN", "POS-KD", null)
              .build();
      assertProblems(d)
          .containsExactly(
              problem(
                  positionField(d, "POS-X", "unit"),
                  "an employee's position must be in a department or unit"));
    }

    @Test
    void an_employee_with_a_party() {
      ImportDocument d =
          withPosition(
              small().build(),
              "POS-X",
              "Tekniker",
              "STAFF_MEMBER",
              "U-TF-VA",
              "POS-VA-CH",
              null,
              "S");
      assertProblems(d)
          .containsExactly(
              problem(positionField(d, "POS-X", "party"), "only a political position has a party"));
    }

    @Test
    void an_employee_without_a_manager() {
      ImportDocument d =
          small().position("POS-X", "Tekniker", "STAFF_MEMBER", "U-TF-VA", null, null).build();
      assertProblems(d)
          .containsExactly(
              problem(
                  positionField(d, "POS-X", "reportsTo"),
                  "is required: everyone but KD reports to a manager"));
    }

    @Test
    void an_employee_reporting_to_a_staff_member() {
      ImportDocument d =
          small()
              .position("POS-X", "Praktikant", "STAFF_MEMBER", "U-TF-VA", "POS-VA-1", null)
              .build();
      assertProblems(d)
          .containsExactly(
              problem(
                  positionField(d, "POS-X", "reportsTo"),
                  "position 'POS-VA-1' is of kind STAFF_MEMBER, which leads no one"));
    }

    @Test
    void kd_reporting_to_someone_even_the_kso() {
      ImportDocument base = withoutPosition(small().build(), "POS-KD");
      ImportDocument d =
          withPosition(
              base,
              "POS-KD",
              "Kommundirektör",
              "MUNICIPAL_DIRECTOR",
              "U-KLF",
              "POS-KSO",
              "P-KD",
              null);
      assertProblems(d)
          .containsExactly(
              problem(
                  positionField(d, "POS-KD", "reportsTo"),
                  "KD is the top of the administration and reports to no one"));
    }
  }

  @Nested
  class KsoAndKd {

    @Test
    void an_organisation_without_a_kso() {
      ImportDocument d = withoutPosition(small().build(), "POS-KSO");
      assertProblems(d)
          .containsExactlyInAnyOrder(
              problem(
                  "positions[1].kind", "the organisation has no KSO (kommunstyrelsens ordförande)"),
              problem(
                  unitField(d, "U-KS", "id"),
                  "the executive board 'U-KS' has no chair (a position of kind KSO)"));
    }

    @Test
    void an_organisation_with_two_ksos() {
      ImportDocument d =
          withPosition(
              small().build(), "POS-KSO-2", "Ordförande", "KSO", "U-KS", null, "P-KS-LED", "M");
      assertProblems(d)
          .containsExactly(
              problem(
                  positionField(d, "POS-KSO-2", "kind"),
                  "the organisation can have only one KSO (kommunstyrelsens ordförande)"));
    }

    @Test
    void an_organisation_without_a_kd() {
      ImportDocument d = withoutPosition(small().build(), "POS-KD");
      assertProblems(d)
          .contains(problem("positions[0].kind", "the organisation has no KD (kommundirektör)"))
          // everything that pointed at KD dangles too
          .contains(problem(unitField(d, "U-KLF", "head"), "refers to unknown position 'POS-KD'"));
    }

    @Test
    void an_organisation_with_two_kds() {
      ImportDocument d =
          withPosition(
              small().build(),
              "POS-KD-2",
              "Biträdande kommundirektör",
              "MUNICIPAL_DIRECTOR",
              "U-KLF",
              null,
              null,
              null);
      assertProblems(d)
          .containsExactly(
              problem(
                  positionField(d, "POS-KD-2", "kind"),
                  "the organisation can have only one KD (kommundirektör)"));
    }
  }

  @Test
  void a_document_with_many_faults_reports_every_one_of_them_at_once() {
    OrganisationBuilder b =
        small()
            .unit("U-X", "Vilsen enhet", "UNIT", "U-NOPE")
            .unit("U-TF-VA", "Dubblett", "UNIT", "U-TF")
            .unit("U-NY", "Nya nämnden", "COMMITTEE", "U-KOMMUN")
            .department("U-Y", "Y-förvaltningen", "U-KOMMUN", "U-TN", null)
            .position("POS-A", "Chef A", "MANAGER", "U-TF-VA", "POS-B", null)
            .position("POS-B", "Chef B", "MANAGER", "U-TF-VA", "POS-A", null)
            .position("POS-C", "Tekniker", "STAFF_MEMBER", "U-TF-VA", "POS-VA-1", "P-NOPE")
            .position("POS-D", "Tekniker", "STAFF_MEMBER", "U-TN", null, null)
            .acting("POS-VA-CH", "P-VA-1", "2026-06-01", "2026-01-31");
    b.person("P-DUP", "Dubbel Inloggning", "kd");
    ImportDocument d = b.build();

    assertProblems(d)
        .containsExactlyInAnyOrder(
            problem(unitField(d, "U-X", "parent"), "refers to unknown unit 'U-NOPE'"),
            problem(unitField(d, "U-TF-VA", "id"), "duplicate external id 'U-TF-VA'"),
            problem(
                unitField(d, "U-NY", "id"),
                "the committee 'U-NY' has no chair (a position of kind COMMITTEE_CHAIR)"),
            problem(unitField(d, "U-Y", "head"), "a department must have a head (a position)"),
            problem(
                positionField(d, "POS-A", "reportsTo"),
                "reporting lines form a cycle through POS-A → POS-B"),
            problem(
                positionField(d, "POS-B", "reportsTo"),
                "reporting lines form a cycle through POS-B → POS-A"),
            problem(positionField(d, "POS-C", "holder"), "refers to unknown person 'P-NOPE'"),
            problem(
                positionField(d, "POS-C", "reportsTo"),
                "position 'POS-VA-1' is of kind STAFF_MEMBER, which leads no one"),
            problem(
                positionField(d, "POS-D", "unit"),
                "an employee's position must be in a department or unit"),
            problem(
                positionField(d, "POS-D", "reportsTo"),
                "is required: everyone but KD reports to a manager"),
            problem(actingField("POS-VA-CH", 0, "to"), "ends before it starts (2026-06-01)"),
            problem(
                personField(d, "P-KD", "login"),
                "duplicate login 'kd', also on " + personRow(d, "P-DUP")),
            problem(
                personField(d, "P-DUP", "login"),
                "duplicate login 'kd', also on " + personRow(d, "P-KD")));
  }
}
