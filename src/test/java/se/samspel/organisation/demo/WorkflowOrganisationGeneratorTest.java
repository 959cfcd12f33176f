package se.samspel.organisation.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.samspel.organisation.domain.Organisation;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.PositionId;
import se.samspel.organisation.domain.PositionKind;
import se.samspel.organisation.domain.UnitKind;
import se.samspel.organisation.importing.ImportValidator;
import se.samspel.organisation.importing.ImportValidator.ImportResult;

/** The workflow benchmark's organisation has the shape bench/workflow-load.sh relies on. */
class WorkflowOrganisationGeneratorTest {

  private static OrganisationGraph graph() {
    ImportResult result =
        ImportValidator.validate(
            LargeOrganisationGenerator.toRequest(WorkflowOrganisationGenerator.generate())
                .toDocument());
    if (result instanceof ImportResult.Invalid invalid) {
      assertThat(invalid.problems()).as("problems of the generated organisation").isEmpty();
    }
    Organisation organisation = ((ImportResult.Valid) result).organisation();
    return OrganisationGraph.of(organisation);
  }

  @Test
  void hundred_departments_of_a_head_a_manager_and_ten_staff_and_fifty_politicians() {
    OrganisationGraph graph = graph();
    LocalDate today = LocalDate.of(2026, 11, 30);

    assertThat(
            graph.organisation().units().stream()
                .filter(u -> u.kind() == UnitKind.DEPARTMENT)
                .filter(u -> !u.id().value().equals("U-KLF")))
        .hasSize(WorkflowOrganisationGenerator.DEPARTMENTS);
    assertThat(graph.ofKind(PositionKind.DEPARTMENT_HEAD)).hasSize(100);
    assertThat(graph.organisation().positions().stream().filter(p -> p.kind().isPolitical()))
        .hasSize(WorkflowOrganisationGenerator.POLITICIANS);
    for (int p = 1; p <= WorkflowOrganisationGenerator.POLITICIANS; p++) {
      var politician =
          graph.personByLogin(WorkflowOrganisationGenerator.politicianLogin(p)).orElseThrow();
      assertThat(graph.positionsHeldBy(politician.id(), today))
          .singleElement()
          .matches(position -> position.kind().isPolitical());
    }
    for (int d = 1; d <= WorkflowOrganisationGenerator.DEPARTMENTS; d++) {
      var head = graph.personByLogin(WorkflowOrganisationGenerator.headLogin(d)).orElseThrow();
      for (int s = 1; s <= WorkflowOrganisationGenerator.STAFF_PER_DEPARTMENT; s++) {
        PositionId staff = new PositionId(WorkflowOrganisationGenerator.staffPosition(d, s));
        assertThat(graph.position(staff).orElseThrow().kind()).isEqualTo(PositionKind.STAFF_MEMBER);
        // The head a politician's dialogue with this staff member waits on.
        assertThat(graph.departmentHeadOf(staff).flatMap(h -> graph.holderOn(h.id(), today)))
            .contains(head);
        assertThat(graph.nearestManager(staff).orElseThrow().kind())
            .isEqualTo(PositionKind.MANAGER);
      }
    }
    // The demo's administrator and KD keep a post, so the benchmark can import as KD.
    assertThat(graph.personByLogin("kd")).isPresent();
    assertThat(graph.personByLogin("admin")).isPresent();
    assertThat(graph.kd()).isPresent();
    assertThat(graph.kso()).isPresent();
    assertThat(graph.whistleblowerFunction()).isNotEmpty();
  }

  @Test
  void every_call_builds_the_same_organisation() {
    assertThat(graph().organisation()).isEqualTo(graph().organisation());
  }
}
