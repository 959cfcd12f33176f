package se.samspel.organisation.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.samspel.organisation.demo.DemoOrganisation;
import se.samspel.organisation.demo.OrganisationBuilder;
import se.samspel.organisation.demo.SmallOrganisation;
import se.samspel.organisation.domain.Organisation;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.Person;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.Position;
import se.samspel.organisation.domain.PositionId;
import se.samspel.organisation.domain.PositionKind;
import se.samspel.organisation.domain.UnitId;
import se.samspel.organisation.importing.ImportValidator.ImportResult;

class CsvOrganisationFormatTest {

  // ---- a small organisation as CSV lines, each a map from column to value ----

  private static Map<String, String> line(String... columnsAndValues) {
    Map<String, String> line = new LinkedHashMap<>();
    for (int i = 0; i < columnsAndValues.length; i += 2) {
      line.put(columnsAndValues[i], columnsAndValues[i + 1]);
    }
    return line;
  }

  /** Line numbers in the file: the header is line 1, so base().get(i) is line i + 2. */
  private static List<Map<String, String>> base() {
    List<Map<String, String>> lines = new ArrayList<>();
    lines.add(
        line("unit_id", "U-KOMMUN", "unit_name", "Ängsby kommun", "unit_kind", "MUNICIPALITY"));
    lines.add(
        line(
            "unit_id",
            "U-KF",
            "unit_name",
            "Kommunfullmäktige",
            "unit_kind",
            "COUNCIL",
            "parent_unit_id",
            "U-KOMMUN"));
    lines.add(
        line(
            "unit_id",
            "U-KS",
            "unit_name",
            "Kommunstyrelsen",
            "unit_kind",
            "EXECUTIVE_BOARD",
            "parent_unit_id",
            "U-KOMMUN",
            "position_id",
            "POS-KSO",
            "position_title",
            "Kommunstyrelsens ordförande",
            "position_kind",
            "KSO",
            "person_id",
            "P-KSO",
            "person_name",
            "Tove Ängström",
            "login",
            "kso",
            "party",
            "S"));
    lines.add(
        line(
            "unit_id",
            "U-TN",
            "unit_name",
            "Tekniska nämnden",
            "unit_kind",
            "COMMITTEE",
            "parent_unit_id",
            "U-KOMMUN",
            "position_id",
            "POS-TN-ORF",
            "position_title",
            "Ordförande",
            "position_kind",
            "COMMITTEE_CHAIR",
            "person_id",
            "P-TN-ORF",
            "person_name",
            "Ulla Vassmark",
            "party",
            "C"));
    lines.add(
        line(
            "unit_id",
            "U-KLF",
            "unit_name",
            "Kommunledningsförvaltningen",
            "unit_kind",
            "DEPARTMENT",
            "parent_unit_id",
            "U-KOMMUN",
            "responsible_committee_id",
            "U-KS",
            "unit_head",
            "ja",
            "position_id",
            "POS-KD",
            "position_title",
            "Kommundirektör",
            "position_kind",
            "MUNICIPAL_DIRECTOR",
            "person_id",
            "P-KD",
            "person_name",
            "Siv Holmgård",
            "email",
            "siv.holmgard@angsby.example",
            "login",
            "kd"));
    lines.add(
        line(
            "unit_id",
            "U-TF",
            "unit_name",
            "Tekniska förvaltningen",
            "unit_kind",
            "DEPARTMENT",
            "parent_unit_id",
            "U-KOMMUN",
            "responsible_committee_id",
            "U-TN",
            "unit_head",
            "JA",
            "position_id",
            "POS-FC-TF",
            "position_title",
            "Förvaltningschef",
            "position_kind",
            "DEPARTMENT_HEAD",
            "reports_to_position_id",
            "POS-KD",
            "person_id",
            "P-FC-TF",
            "person_name",
            "Arne Stenvik"));
    lines.add(
        line(
            "unit_id",
            "U-TF-VA",
            "unit_name",
            "VA-enheten",
            "unit_kind",
            "UNIT",
            "parent_unit_id",
            "U-TF",
            "position_id",
            "POS-VA-CH",
            "position_title",
            "Enhetschef",
            "position_kind",
            "MANAGER",
            "reports_to_position_id",
            "POS-FC-TF",
            "acting_person_id",
            "P-VA-1",
            "acting_from",
            "2026-01-01",
            "acting_to",
            "2026-06-30"));
    // A later line of a unit may leave the unit's columns empty.
    lines.add(
        line(
            "unit_id",
            "U-TF-VA",
            "position_id",
            "POS-VA-1",
            "position_title",
            "Drifttekniker",
            "position_kind",
            "STAFF_MEMBER",
            "reports_to_position_id",
            "POS-VA-CH",
            "person_id",
            "P-VA-1",
            "person_name",
            "Olle Åsmark"));
    return lines;
  }

  private static String render(
      List<Map<String, String>> lines, List<String> columns, String separator, String eol) {
    StringBuilder out = new StringBuilder(String.join(separator, columns)).append(eol);
    for (Map<String, String> line : lines) {
      out.append(
              columns.stream()
                  .map(c -> line.getOrDefault(c, ""))
                  .collect(Collectors.joining(separator)))
          .append(eol);
    }
    return out.toString();
  }

  private static String csv(List<Map<String, String>> lines) {
    return render(lines, CsvOrganisationFormat.COLUMNS, ";", "\n");
  }

  private static Organisation readValid(String csv) {
    CsvOrganisationFormat.ReadResult read = CsvOrganisationFormat.read(csv);
    assertThat(read.problems()).isEmpty();
    ImportResult result = ImportValidator.validate(read.document());
    assertThat(result).isInstanceOf(ImportResult.Valid.class);
    return ((ImportResult.Valid) result).organisation();
  }

  /** Problems from reading and, if reading found none, from validating. */
  private static List<ImportProblem> problemsOf(String csv) {
    CsvOrganisationFormat.ReadResult read = CsvOrganisationFormat.read(csv);
    if (!read.problems().isEmpty()) {
      return read.problems();
    }
    ImportResult result = ImportValidator.validate(read.document());
    assertThat(result).isInstanceOf(ImportResult.Invalid.class);
    return ((ImportResult.Invalid) result).problems();
  }

  private static Position position(Organisation organisation, String id) {
    return organisation.positions().stream()
        .filter(p -> p.id().value().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Nested
  class Reading {

    @Test
    void a_semicolon_separated_export_reads_into_a_valid_organisation() {
      Organisation o = readValid(csv(base()));
      assertThat(o.units()).hasSize(7);
      assertThat(o.positions()).hasSize(6);
      assertThat(o.people()).hasSize(5);
      OrganisationGraph graph = OrganisationGraph.of(o);
      assertThat(graph.headOfDepartment(new UnitId("U-TF")).map(p -> p.id().value()))
          .contains("POS-FC-TF");
      assertThat(graph.departmentOfUnit(new UnitId("U-TF-VA")).map(u -> u.id().value()))
          .contains("U-TF");
      assertThat(graph.holderOn(new PositionId("POS-VA-CH"), LocalDate.of(2026, 3, 1)))
          .map(p -> p.id().value())
          .contains("P-VA-1");
      assertThat(graph.holderOn(new PositionId("POS-VA-CH"), LocalDate.of(2026, 7, 1))).isEmpty();
      assertThat(graph.personByLogin("kd").flatMap(Person::email))
          .contains("siv.holmgard@angsby.example");
    }

    @Test
    void a_comma_separated_export_reads_the_same() {
      Organisation semicolons = readValid(csv(base()));
      Organisation commas = readValid(render(base(), CsvOrganisationFormat.COLUMNS, ",", "\n"));
      assertThat(commas).isEqualTo(semicolons);
    }

    @Test
    void a_byte_order_mark_and_windows_line_endings_change_nothing() {
      Organisation plain = readValid(csv(base()));
      String windows = "\uFEFF" + render(base(), CsvOrganisationFormat.COLUMNS, ";", "\r\n");
      assertThat(readValid(windows)).isEqualTo(plain);
    }

    @Test
    void quoted_fields_may_hold_the_separator_doubled_quotes_and_line_breaks() {
      List<Map<String, String>> lines = base();
      lines.get(7).put("position_title", "\"Drifttekniker; \"\"VA\"\" och avlopp\"");
      lines.get(6).put("unit_name", "\"VA-enheten,\nnorra\"");
      String csv = csv(lines);
      Organisation o = readValid(csv);
      assertThat(position(o, "POS-VA-1").title()).isEqualTo("Drifttekniker; \"VA\" och avlopp");
      assertThat(o.units())
          .filteredOn(u -> u.id().value().equals("U-TF-VA"))
          .singleElement()
          .satisfies(u -> assertThat(u.name()).isEqualTo("VA-enheten,\nnorra"));
    }

    @Test
    void a_comma_inside_quotes_does_not_split_a_comma_separated_field() {
      List<Map<String, String>> lines = base();
      lines.get(7).put("position_title", "\"Drifttekniker, VA\"");
      Organisation o = readValid(render(lines, CsvOrganisationFormat.COLUMNS, ",", "\n"));
      assertThat(position(o, "POS-VA-1").title()).isEqualTo("Drifttekniker, VA");
    }

    @Test
    void columns_may_come_in_any_order_and_unknown_columns_are_ignored() {
      List<String> columns = new ArrayList<>(CsvOrganisationFormat.COLUMNS);
      java.util.Collections.reverse(columns);
      columns.add(3, "kostnadsstalle");
      List<Map<String, String>> lines = base();
      lines.forEach(l -> l.put("kostnadsstalle", "4711"));
      assertThat(readValid(render(lines, columns, ";", "\n"))).isEqualTo(readValid(csv(base())));
    }

    @Test
    void a_person_holding_two_positions_is_one_person() {
      List<Map<String, String>> lines = base();
      lines.add(
          line(
              "unit_id",
              "U-TN",
              "position_id",
              "POS-TN-LED",
              "position_title",
              "Ledamot",
              "position_kind",
              "ELECTED_MEMBER",
              "person_id",
              "P-KSO",
              "person_name",
              "Tove Ängström",
              "party",
              "S"));
      Organisation o = readValid(csv(lines));
      assertThat(o.people()).filteredOn(p -> p.id().value().equals("P-KSO")).hasSize(1);
      assertThat(OrganisationGraph.of(o).positionsLinkedTo(new PersonId("P-KSO")))
          .extracting(p -> p.id().value())
          .containsExactly("POS-KSO", "POS-TN-LED");
    }
  }

  @Nested
  class Problems {

    @Test
    void a_validation_problem_names_the_csv_line_and_column() {
      List<Map<String, String>> lines = base();
      lines.get(7).put("reports_to_position_id", "POS-NOPE"); // line 9
      assertThat(problemsOf(csv(lines)))
          .containsExactly(
              new ImportProblem(
                  9, "reports_to_position_id", "refers to unknown position 'POS-NOPE'"));
    }

    @Test
    void each_kind_of_record_maps_its_fields_to_its_own_columns() {
      List<Map<String, String>> lines = base();
      lines.get(1).put("unit_kind", "KOMMUNDEL"); // line 3: the council's unit
      lines.get(6).put("acting_from", "1 januari"); // line 8
      lines.get(6).put("acting_person_id", "P-NOPE");
      lines.get(7).put("person_name", ""); // line 9: the person's name is missing
      lines.get(7).put("email", "inte-en-adress");
      List<ImportProblem> problems = problemsOf(csv(lines));
      assertThat(problems)
          .extracting(ImportProblem::row, ImportProblem::field)
          .contains(
              org.assertj.core.groups.Tuple.tuple(3, "unit_kind"),
              org.assertj.core.groups.Tuple.tuple(8, "acting_from"),
              org.assertj.core.groups.Tuple.tuple(8, "acting_person_id"),
              org.assertj.core.groups.Tuple.tuple(9, "person_name"),
              org.assertj.core.groups.Tuple.tuple(9, "email"));
      assertThat(problems)
          .contains(
              new ImportProblem(
                  8, "acting_from", "'1 januari' is not a date (expected YYYY-MM-DD)"),
              new ImportProblem(8, "acting_person_id", "refers to unknown person 'P-NOPE'"),
              new ImportProblem(9, "person_name", "is required"),
              new ImportProblem(9, "email", "is not an e-mail address"));
    }

    @Test
    void a_nul_character_anywhere_refuses_the_file_naming_its_line_and_column() {
      List<Map<String, String>> lines = base();
      lines.get(7).put("unit_name", "VA\u0000enheten"); // line 9
      String csv = csv(lines);
      int lineStart = csv.lastIndexOf('\n', csv.indexOf('\u0000')) + 1;
      int column = csv.indexOf('\u0000') - lineStart + 1;
      assertThat(CsvOrganisationFormat.read(csv).problems())
          .contains(
              new ImportProblem(
                  9, "line", "a NUL character (U+0000) at column " + column + " of the line"));
    }

    @Test
    void a_unit_described_differently_on_two_lines_is_a_contradiction() {
      List<Map<String, String>> lines = base();
      lines.get(7).put("unit_name", "Vatten och avlopp"); // line 9
      lines.get(7).put("parent_unit_id", "U-KLF");
      assertThat(CsvOrganisationFormat.read(csv(lines)).problems())
          .containsExactlyInAnyOrder(
              new ImportProblem(
                  9,
                  "unit_name",
                  "'Vatten och avlopp' contradicts 'VA-enheten' given on an earlier line"),
              new ImportProblem(
                  9, "parent_unit_id", "'U-KLF' contradicts 'U-TF' given on an earlier line"));
    }

    @Test
    void a_person_described_differently_on_two_lines_is_a_contradiction() {
      List<Map<String, String>> lines = base();
      lines.add(
          line(
              "unit_id",
              "U-TN",
              "position_id",
              "POS-TN-LED",
              "position_title",
              "Ledamot",
              "position_kind",
              "ELECTED_MEMBER",
              "person_id",
              "P-KSO",
              "person_name",
              "Tove Ängström-Berg",
              "login",
              "tove",
              "party",
              "S")); // line 10
      assertThat(CsvOrganisationFormat.read(csv(lines)).problems())
          .containsExactlyInAnyOrder(
              new ImportProblem(
                  10,
                  "person_name",
                  "'Tove Ängström-Berg' contradicts 'Tove Ängström' given on an earlier line"),
              new ImportProblem(10, "login", "'tove' contradicts 'kso' given on an earlier line"));
    }

    @Test
    void a_header_without_the_required_columns_is_reported_at_line_one() {
      List<String> columns =
          CsvOrganisationFormat.COLUMNS.stream()
              .filter(c -> !c.equals("position_id") && !c.equals("person_id"))
              .toList();
      CsvOrganisationFormat.ReadResult read =
          CsvOrganisationFormat.read(render(base(), columns, ";", "\n"));
      assertThat(read.problems())
          .containsExactlyInAnyOrder(
              new ImportProblem(1, "position_id", "the header lacks this column"),
              new ImportProblem(1, "person_id", "the header lacks this column"));
      assertThat(read.document().units()).isEmpty();
    }

    @Test
    void an_empty_file_is_reported() {
      assertThat(CsvOrganisationFormat.read("\uFEFF\n\n").problems())
          .containsExactly(new ImportProblem(1, "header", "the file is empty"));
    }

    @Test
    void a_line_without_a_unit_or_a_person_without_a_position_is_reported() {
      List<Map<String, String>> lines = base();
      lines.add(line("position_id", "POS-X", "position_title", "Tekniker")); // line 10
      lines.add(line("unit_id", "U-TF-VA", "person_id", "P-X", "person_name", "Ny")); // 11
      assertThat(CsvOrganisationFormat.read(csv(lines)).problems())
          .containsExactlyInAnyOrder(
              new ImportProblem(10, "unit_id", "is required on every line"),
              new ImportProblem(11, "position_id", "a person must be listed with a position"));
    }

    @Test
    void a_unit_head_must_be_yes_or_no_and_a_unit_has_one_head() {
      List<Map<String, String>> lines = base();
      lines.get(7).put("unit_head", "kanske"); // line 9
      lines.add(
          line(
              "unit_id",
              "U-TF",
              "unit_head",
              "ja",
              "position_id",
              "POS-FC-2",
              "position_title",
              "Förvaltningschef",
              "position_kind",
              "DEPARTMENT_HEAD",
              "reports_to_position_id",
              "POS-KD")); // line 10
      assertThat(CsvOrganisationFormat.read(csv(lines)).problems())
          .containsExactlyInAnyOrder(
              new ImportProblem(9, "unit_head", "'kanske' is not ja/nej (yes/no)"),
              new ImportProblem(10, "unit_head", "unit 'U-TF' already has head 'POS-FC-TF'"));
    }

    @Test
    void a_quoted_field_that_is_never_closed_is_reported_at_the_line_it_starts() {
      List<Map<String, String>> lines = base();
      lines.get(7).put("position_title", "\"Drifttekniker"); // line 9
      assertThat(CsvOrganisationFormat.read(csv(lines)).problems())
          .contains(new ImportProblem(9, "line", "a quoted field is never closed"));
    }

    @Test
    void line_numbers_count_the_line_breaks_inside_quoted_fields() {
      List<Map<String, String>> lines = base();
      lines.get(6).put("unit_name", "\"VA-enheten\nnorra\""); // line 8, spans two lines
      lines.get(7).put("reports_to_position_id", "POS-NOPE"); // now on line 10
      assertThat(problemsOf(csv(lines)))
          .containsExactly(
              new ImportProblem(
                  10, "reports_to_position_id", "refers to unknown position 'POS-NOPE'"));
    }
  }

  @Nested
  class Writing {

    @Test
    void the_demo_organisation_survives_a_round_trip_through_csv() {
      Organisation demo = validated(DemoOrganisation.build());
      String csv = CsvOrganisationFormat.toCsv(demo);
      Organisation back = readValid(csv);
      assertSameOrganisation(back, demo);
    }

    @Test
    void a_bounded_acting_assignment_quotes_and_a_unit_without_positions_survive_a_round_trip() {
      OrganisationBuilder b = SmallOrganisation.builder();
      b.acting("POS-VA-CH", "P-VA-2", "2026-03-01", "2026-03-31")
          .unit("U-TF-TOM", "Enhet; \"tom\" tills vidare", "UNIT", "U-TF")
          .position("POS-VA-3", "Tekniker, VA", "STAFF_MEMBER", "U-TF-VA", "POS-VA-CH", null);
      Organisation small = validated(b.build());
      String csv = CsvOrganisationFormat.toCsv(small);
      assertThat(csv).contains("\"Enhet; \"\"tom\"\" tills vidare\"");
      assertSameOrganisation(readValid(csv), small);
    }

    @Test
    void the_head_of_a_department_is_marked_on_its_own_line_only() {
      String csv = CsvOrganisationFormat.toCsv(validated(SmallOrganisation.builder().build()));
      List<String> headLines = csv.lines().filter(l -> l.contains(";ja;")).toList();
      assertThat(headLines).hasSize(2);
      assertThat(headLines.get(0)).contains(";POS-KD;");
      assertThat(headLines.get(1)).contains(";POS-FC-TF;");
      assertThat(csv.lines().findFirst()).contains(String.join(";", CsvOrganisationFormat.COLUMNS));
    }

    @Test
    void more_than_one_acting_assignment_per_position_cannot_be_written() {
      OrganisationBuilder b = SmallOrganisation.builder();
      b.acting("POS-VA-CH", "P-VA-1", "2026-03-01", "2026-03-31")
          .acting("POS-VA-CH", "P-VA-2", "2026-04-01", null);
      Organisation twoActing = validated(b.build());
      assertThatThrownBy(() -> CsvOrganisationFormat.toCsv(twoActing))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("POS-VA-CH")
          .hasMessageContaining("at most one");
    }

    @Test
    void a_person_who_holds_no_position_cannot_be_written() {
      OrganisationBuilder b = SmallOrganisation.builder();
      b.acting("POS-VA-CH", b.person("P-EXTERN", "Inhyrd Chef", null), "2026-03-01", null);
      Organisation withOutsider = validated(b.build());
      assertThatThrownBy(() -> CsvOrganisationFormat.toCsv(withOutsider))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("P-EXTERN")
          .hasMessageContaining("holds no position");
    }

    private Organisation validated(ImportDocument document) {
      ImportResult result = ImportValidator.validate(document);
      assertThat(result).isInstanceOf(ImportResult.Valid.class);
      return ((ImportResult.Valid) result).organisation();
    }

    /** Row order carries no meaning in an import, so the rows are compared as sets. */
    private void assertSameOrganisation(Organisation actual, Organisation expected) {
      assertThat(actual.units()).containsExactlyInAnyOrderElementsOf(expected.units());
      assertThat(actual.positions()).containsExactlyInAnyOrderElementsOf(expected.positions());
      assertThat(actual.people()).containsExactlyInAnyOrderElementsOf(expected.people());
    }
  }

  @Nested
  class SampleFile {

    private final Path sample = Path.of("docs", "organisation-import-sample.csv");

    @Test
    void the_sample_file_reads_and_validates_without_problems() throws IOException {
      Organisation o = readValid(Files.readString(sample, StandardCharsets.UTF_8));
      assertThat(o.units()).isNotEmpty();
    }

    @Test
    void the_sample_file_shows_every_part_of_an_organisation() throws IOException {
      Organisation o = readValid(Files.readString(sample, StandardCharsets.UTF_8));
      OrganisationGraph graph = OrganisationGraph.of(o);
      assertThat(graph.kso()).isPresent();
      assertThat(graph.kd()).isPresent();
      assertThat(graph.centralAdministration()).isPresent();
      assertThat(o.units())
          .extracting(u -> u.kind().name())
          .contains(
              "MUNICIPALITY", "COUNCIL", "EXECUTIVE_BOARD", "COMMITTEE", "DEPARTMENT", "UNIT");
      // A department besides the central administration, answering to a committee with a chair.
      assertThat(o.units())
          .filteredOn(u -> u.kind().name().equals("DEPARTMENT"))
          .filteredOn(u -> !Optional.of(u).equals(graph.centralAdministration()))
          .isNotEmpty()
          .allSatisfy(d -> assertThat(graph.responsibleChairOf(d.id())).isPresent());
      // Two levels of managers below a department head: some staff member's chain is
      // manager, manager, department head, KD.
      assertThat(o.positions())
          .filteredOn(p -> p.kind() == PositionKind.STAFF_MEMBER)
          .anySatisfy(
              p ->
                  assertThat(graph.chainOfCommand(p.id()))
                      .extracting(Position::kind)
                      .containsExactly(
                          PositionKind.MANAGER,
                          PositionKind.MANAGER,
                          PositionKind.DEPARTMENT_HEAD,
                          PositionKind.MUNICIPAL_DIRECTOR));
      // A vacant position with someone acting in it.
      assertThat(o.positions())
          .anySatisfy(
              p -> {
                assertThat(p.holder()).isEmpty();
                assertThat(p.acting()).hasSize(1);
              });
    }
  }
}
