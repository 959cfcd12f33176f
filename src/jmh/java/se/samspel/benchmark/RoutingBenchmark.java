package se.samspel.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import se.samspel.organisation.domain.PositionKind;
import se.samspel.policy.domain.ContactContext;
import se.samspel.policy.domain.ContactKind;
import se.samspel.policy.domain.Policy;
import se.samspel.policy.format.PolicyJson;
import se.samspel.routing.domain.RouteDecision;
import se.samspel.routing.domain.RouteQuery;
import se.samspel.routing.domain.Router;
import se.samspel.routing.domain.Requester;
import se.samspel.routing.domain.Target;

/**
 * Routing one contact under the shipped Kungsör policy on a generated organisation of 5 000 and 50
 * 000 people: what the preview endpoint and every submitted request cost, minus HTTP and JSON. The
 * calls alternate two contacts that exercise the whole router: a politician's dialogue with a
 * deepest-level staff member (rule matching, department head and responsible manager) and that
 * staff member's acute matter (the whole chain of command up to KD, informed in order).
 *
 * <p>Sample time, so that JMH reports the median (p0.50) per route, with the mean beside it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RoutingBenchmark {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

  @Param({"5000", "50000"})
  public int people;

  private OrganisationGraph graph;
  private Policy policy;
  private RouteQuery[] queries;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    graph = OrganisationGraph.of(BenchmarkOrganisations.organisation(people));
    policy = kungsor();
    Position politician =
        graph.ofKind(PositionKind.ELECTED_MEMBER).stream()
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no elected member to route from"));
    List<RouteQuery> list = new ArrayList<>();
    for (Position staff : BenchmarkOrganisations.deepestStaff(graph)) {
      list.add(
          query(
              new Requester.InPosition(politician.id()),
              new Target.OfPosition(staff.id()),
              ContactKind.DIALOGUE));
      Position manager = graph.nearestManager(staff.id()).orElseThrow();
      list.add(
          query(
              new Requester.InPosition(staff.id()),
              new Target.OfPosition(manager.id()),
              ContactKind.ACUTE_MATTER));
    }
    queries = list.toArray(RouteQuery[]::new);
    for (RouteQuery q : queries) {
      if (!(Router.route(policy, graph, q, DAY) instanceof RouteDecision.Routed)) {
        throw new IllegalStateException("a benchmark contact was not routed: " + q);
      }
    }
  }

  @Benchmark
  public RouteDecision route() {
    RouteQuery query = queries[next];
    next = next + 1 == queries.length ? 0 : next + 1;
    return Router.route(policy, graph, query, DAY);
  }

  private static RouteQuery query(Requester requester, Target target, ContactKind kind) {
    return new RouteQuery(requester, target, kind, ContactContext.ON_DUTY, Optional.empty(), Set.of());
  }

  private static Policy kungsor() {
    return PolicyJson.readValidResource("policies/kungsor-2023.json");
  }
}
