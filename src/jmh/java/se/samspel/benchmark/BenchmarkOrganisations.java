package se.samspel.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import se.samspel.organisation.demo.LargeOrganisationGenerator;
import se.samspel.organisation.domain.Organisation;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.Position;
import se.samspel.organisation.domain.PositionKind;
import se.samspel.organisation.importing.ImportValidator;
import se.samspel.organisation.importing.ImportValidator.ImportResult;

/** The organisations benchmarks run on, shared so that every benchmark measures the same data. */
public final class BenchmarkOrganisations {

  /** The seed of every benchmark organisation, so that runs are comparable. */
  public static final long SEED = LargeOrganisationGenerator.DEFAULT_SEED;

  private BenchmarkOrganisations() {}

  /** A validated generated organisation of {@code people} people. */
  public static Organisation organisation(int people) {
    ImportResult result =
        ImportValidator.validate(LargeOrganisationGenerator.generate(people, SEED).document());
    if (result instanceof ImportResult.Valid valid) {
      return valid.organisation();
    }
    throw new IllegalStateException("the generated organisation is invalid: " + result);
  }

  /**
   * The staff positions on the deepest level of the hierarchy (the longest chains of command), in a
   * seeded random order.
   */
  public static List<Position> deepestStaff(OrganisationGraph graph) {
    int deepest = 0;
    List<Position> found = new ArrayList<>();
    for (Position p : graph.organisation().positions()) {
      if (p.kind() != PositionKind.STAFF_MEMBER) {
        continue;
      }
      int depth = graph.chainOfCommand(p.id()).size();
      if (depth > deepest) {
        deepest = depth;
        found.clear();
      }
      if (depth == deepest) {
        found.add(p);
      }
    }
    Collections.shuffle(found, new Random(SEED));
    return found;
  }
}
