package se.samspel.organisation.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.samspel.organisation.domain.Organisation;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.Position;
import se.samspel.organisation.domain.PositionKind;
import se.samspel.organisation.domain.UnitId;
import se.samspel.organisation.domain.UnitKind;
import se.samspel.organisation.importing.CsvOrganisationFormat;
import se.samspel.organisation.importing.ImportValidator;
import se.samspel.organisation.importing.ImportValidator.ImportResult;

class LargeOrganisationGeneratorTest {

  private static Organisation validated(LargeOrganisationGenerator.Generated generated) {
    ImportResult result = ImportValidator.validate(generated.document());
    if (result instanceof ImportResult.Invalid invalid) {
      assertThat(invalid.problems()).as("problems of the generated organisation").isEmpty();
    }
    return ((ImportResult.Valid) result).organisation();
  }

  @Test
  void a_small_generated_organisation_is_valid_and_has_exactly_the_people_asked_for() {
    var generated = LargeOrganisationGenerator.generate(3_000, 7);
    Organisation organisation = validated(generated);
    assertThat(organisation.people()).hasSize(3_000);
    assertThat(generated.people()).isEqualTo(3_000);
  }

  @Test
  void the_same_seed_gives_the_same_organisation_and_another_seed_another() {
    var first = LargeOrganisationGenerator.generate(2_000, 42);
    var again = LargeOrganisationGenerator.generate(2_000, 42);
    var other = LargeOrganisationGenerator.generate(2_000, 43);
    assertThat(validated(again)).isEqualTo(validated(first));
    assertThat(validated(other)).isNotEqualTo(validated(first));
  }

  @Test
  void too_few_people_for_the_shape_is_refused() {
    assertThatThrownBy(() -> LargeOrganisationGenerator.generate(300, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("too few people");
  }

  @Test
  void every_department_has_the_intended_depth_on_every_branch_and_spans_of_five_to_twelve() {
    for (long seed = 1; seed <= 3; seed++) {
      var generated = LargeOrganisationGenerator.generate(6_000, seed);
      assertShape(generated, OrganisationGraph.of(validated(generated)));
    }
  }

  @Test
  void fifty_thousand_people_validate_and_index_with_the_intended_shape() {
    long start = System.nanoTime();
    var generated = LargeOrganisationGenerator.generate();
    long generatedAt = System.nanoTime();
    Organisation organisation = validated(generated);
    long validatedAt = System.nanoTime();
    OrganisationGraph graph = OrganisationGraph.of(organisation);
    long indexedAt = System.nanoTime();
    System.out.printf(
        "50 000 people: %d positions, %d units; generate %d ms, validate %d ms, build graph %d ms%n",
        graph.positionCount(),
        graph.unitCount(),
        (generatedAt - start) / 1_000_000,
        (validatedAt - generatedAt) / 1_000_000,
        (indexedAt - validatedAt) / 1_000_000);

    assertThat(graph.personCount()).isEqualTo(LargeOrganisationGenerator.DEFAULT_PEOPLE);
    assertShape(generated, graph);
  }

  @Test
  void the_generated_organisation_survives_a_csv_round_trip() {
    Organisation organisation = validated(LargeOrganisationGenerator.generate(2_500, 11));
    var read = CsvOrganisationFormat.read(CsvOrganisationFormat.toCsv(organisation));
    assertThat(read.problems()).isEmpty();
    ImportResult result = ImportValidator.validate(read.document());
    assertThat(result).isInstanceOf(ImportResult.Valid.class);
    Organisation back = ((ImportResult.Valid) result).organisation();
    assertThat(back.positions()).containsExactlyInAnyOrderElementsOf(organisation.positions());
    assertThat(back.units()).containsExactlyInAnyOrderElementsOf(organisation.units());
    assertThat(back.people()).containsExactlyInAnyOrderElementsOf(organisation.people());
  }

  @Test
  void the_json_request_carries_the_same_document() {
    var generated = LargeOrganisationGenerator.generate(2_000, 5);
    var request = LargeOrganisationGenerator.toRequest(generated.document());
    assertThat(ImportValidator.validate(request.toDocument()))
        .isInstanceOf(ImportResult.Valid.class);
    assertThat(((ImportResult.Valid) ImportValidator.validate(request.toDocument())).organisation())
        .isEqualTo(validated(generated));
  }

  private static void assertShape(
      LargeOrganisationGenerator.Generated generated, OrganisationGraph graph) {
    Map<String, Integer> intended = generated.managerLevelsByDepartment();
    assertThat(intended).hasSizeBetween(8, 12);
    assertThat(intended.values()).allMatch(levels -> levels >= 4 && levels <= 6);

    // The departments besides the central administration are exactly the intended ones.
    List<String> departments =
        graph.organisation().units().stream()
            .filter(u -> u.kind() == UnitKind.DEPARTMENT)
            .filter(u -> !u.id().value().equals("U-KLF"))
            .map(u -> u.id().value())
            .toList();
    assertThat(departments).containsExactlyInAnyOrderElementsOf(intended.keySet());

    Map<String, List<Position>> positionsByDepartment =
        graph.organisation().positions().stream()
            .filter(p -> !p.kind().isPolitical())
            .filter(p -> graph.departmentOf(p.id()).isPresent())
            .collect(Collectors.groupingBy(p -> graph.departmentOf(p.id()).get().id().value()));
    for (String department : departments) {
      int levels = intended.get(department);
      Position head = graph.headOfDepartment(new UnitId(department)).orElseThrow();
      for (Position p : positionsByDepartment.get(department)) {
        List<Position> chain = graph.chainOfCommand(p.id());
        // Level of a position below the head = how far up the head is in its chain.
        int level = p.equals(head) ? 0 : chain.indexOf(head) + 1;
        assertThat(level).as("level of %s", p.id()).isBetween(0, levels + 1);
        if (p.kind() == PositionKind.MANAGER || p.kind() == PositionKind.DEPARTMENT_HEAD) {
          List<Position> reports = graph.directReportsOf(p.id());
          assertThat(reports.size()).as("span of %s", p.id()).isBetween(5, 12);
          boolean leadsManagers = reports.stream().anyMatch(r -> r.kind() == PositionKind.MANAGER);
          if (!leadsManagers) {
            assertThat(level)
                .as("a manager without sub-managers sits on the deepest level")
                .isEqualTo(levels);
          }
        } else {
          assertThat(graph.directReportsOf(p.id())).as("staff lead no one").isEmpty();
        }
      }
      int deepest =
          positionsByDepartment.get(department).stream()
              .mapToInt(p -> graph.chainOfCommand(p.id()).size())
              .max()
              .orElseThrow();
      // Deepest staff: leaf manager, …, level-1 manager, head, KD.
      assertThat(deepest).as("longest chain in %s", department).isEqualTo(levels + 2);
    }

    // Communications officers: some departments have their own, the others fall back.
    List<String> withOwn =
        departments.stream()
            .filter(
                d ->
                    graph.communicationsOfficersOf(new UnitId(d)).stream()
                        .allMatch(o -> graph.departmentOf(o.id()).get().id().value().equals(d)))
            .toList();
    assertThat(withOwn).isNotEmpty().hasSizeLessThan(departments.size());
    departments.forEach(
        d -> assertThat(graph.communicationsOfficersOf(new UnitId(d))).isNotEmpty());

    // Every committee a department answers to has a chair.
    departments.forEach(
        d -> assertThat(graph.responsibleChairOf(new UnitId(d))).as("chair for %s", d).isPresent());
    assertThat(graph.kso()).isPresent();
    assertThat(graph.kd()).isPresent();

    // Vacancies, with and without someone acting, bounded and open-ended.
    List<Position> vacant =
        graph.organisation().positions().stream().filter(p -> p.holder().isEmpty()).toList();
    assertThat(vacant).anyMatch(p -> p.acting().isEmpty());
    assertThat(vacant).anyMatch(p -> !p.acting().isEmpty() && p.acting().get(0).to().isPresent());
    assertThat(vacant).anyMatch(p -> !p.acting().isEmpty() && p.acting().get(0).to().isEmpty());
    assertThat(vacant).anyMatch(p -> p.kind() == PositionKind.DEPARTMENT_HEAD);
    LocalDate during = LocalDate.parse(LargeOrganisationGenerator.ACTING_FROM).plusDays(10);
    for (Position p : vacant) {
      if (!p.acting().isEmpty()) {
        var acting = graph.holderOn(p.id(), during).orElseThrow();
        assertThat(graph.positionsHeldBy(acting.id(), during)).hasSize(2);
      }
    }
  }
}
