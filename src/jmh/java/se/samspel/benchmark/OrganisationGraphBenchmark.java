package se.samspel.benchmark;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.Position;
import se.samspel.organisation.domain.PositionId;
import se.samspel.organisation.domain.UnitId;

/**
 * The graph queries routing and escalation ask on every request, on a generated organisation of 5
 * 000 and 50 000 people: their cost should depend on the depth of the hierarchy, not its size. Each
 * call asks about the next of the deepest-level staff positions (longest chains: 8 positions up to
 * KD in both sizes), in a seeded random order.
 *
 * <p>{@code targets} separates the size of the graph from the size of the working set: {@code all}
 * cycles through every deepest-level staff position (about 1 100 at 5 000 people, 12 000 at 50
 * 000, so the larger graph also touches ten times more memory), {@code 1000} through the same
 * number of them at both sizes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class OrganisationGraphBenchmark {

  @Param({"5000", "50000"})
  public int people;

  /** How many distinct deepest-level positions the calls cycle through: a number, or "all". */
  @Param({"all", "1000"})
  public String targets;

  private OrganisationGraph graph;
  private PositionId[] positions;
  private UnitId[] units;
  private int next;

  @Setup(Level.Trial)
  public void buildGraph() {
    graph = OrganisationGraph.of(BenchmarkOrganisations.organisation(people));
    List<Position> deepest = BenchmarkOrganisations.deepestStaff(graph);
    if (!targets.equals("all")) {
      deepest = deepest.subList(0, Math.min(deepest.size(), Integer.parseInt(targets)));
    }
    positions = deepest.stream().map(Position::id).toArray(PositionId[]::new);
    units = deepest.stream().map(Position::unit).toArray(UnitId[]::new);
  }

  private int nextIndex() {
    int i = next + 1;
    if (i == positions.length) {
      i = 0;
    }
    next = i;
    return i;
  }

  @Benchmark
  public List<Position> chainOfCommand() {
    return graph.chainOfCommand(positions[nextIndex()]);
  }

  @Benchmark
  public Optional<Position> departmentHeadOf() {
    return graph.departmentHeadOf(positions[nextIndex()]);
  }

  @Benchmark
  public Optional<Position> responsibleChairOf() {
    return graph.responsibleChairOf(units[nextIndex()]);
  }
}
