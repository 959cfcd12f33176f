package se.samspel.benchmark;

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
import se.samspel.organisation.demo.LargeOrganisationGenerator;
import se.samspel.organisation.domain.Organisation;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.importing.ImportDocument;
import se.samspel.organisation.importing.ImportValidator;
import se.samspel.organisation.importing.ImportValidator.ImportResult;

/**
 * What accepting a new organisation costs before it is stored: validating the whole document, then
 * indexing it into a graph. Each is measured as one call (single shot), as an import is.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5)
@Measurement(iterations = 10)
public class OrganisationImportBenchmark {

  @Param({"5000", "50000"})
  public int people;

  private ImportDocument document;
  private Organisation organisation;

  @Setup(Level.Trial)
  public void generate() {
    document =
        LargeOrganisationGenerator.generate(people, BenchmarkOrganisations.SEED).document();
    organisation = ((ImportResult.Valid) ImportValidator.validate(document)).organisation();
  }

  @Benchmark
  public ImportResult validate() {
    return ImportValidator.validate(document);
  }

  @Benchmark
  public OrganisationGraph buildGraph() {
    return OrganisationGraph.of(organisation);
  }
}
