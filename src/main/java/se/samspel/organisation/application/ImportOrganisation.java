package se.samspel.organisation.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import se.samspel.common.FieldProblem;
import se.samspel.common.SamspelException;
import se.samspel.organisation.domain.OrganisationStore;
import se.samspel.organisation.domain.OrganisationStore.ImportSummary;
import se.samspel.organisation.importing.CsvOrganisationFormat;
import se.samspel.organisation.importing.ImportDocument;
import se.samspel.organisation.importing.ImportProblem;
import se.samspel.organisation.importing.ImportValidator;
import se.samspel.organisation.importing.ImportValidator.ImportResult;

/**
 * Use case: replace the organisation with an uploaded one. All or nothing: the whole document is
 * validated first and every problem reported; only a valid document is written, in one transaction,
 * and then becomes the graph routing uses.
 */
@ApplicationScoped
public class ImportOrganisation {

  private static final Logger LOG = Logger.getLogger(ImportOrganisation.class);

  private final OrganisationStore store;
  private final OrganisationDirectory directory;

  public ImportOrganisation(OrganisationStore store, OrganisationDirectory directory) {
    this.store = store;
    this.directory = directory;
  }

  /** Imports a document read from JSON (or built in code, like the demo organisation). */
  public ImportSummary importDocument(ImportDocument document, String actor) {
    return apply(document, List.of(), actor);
  }

  /** Imports the CSV an HR system exports. */
  public ImportSummary importCsv(String csv, String actor) {
    CsvOrganisationFormat.ReadResult read = CsvOrganisationFormat.read(csv);
    return apply(read.document(), read.problems(), actor);
  }

  private ImportSummary apply(
      ImportDocument document, List<ImportProblem> readProblems, String actor) {
    List<ImportProblem> problems = new ArrayList<>(readProblems);
    ImportResult result = ImportValidator.validate(document);
    if (result instanceof ImportResult.Invalid invalid) {
      problems.addAll(invalid.problems());
    }
    if (!problems.isEmpty() || !(result instanceof ImportResult.Valid valid)) {
      throw new SamspelException(
          SamspelException.Kind.UNPROCESSABLE,
          "import-invalid",
          problems.size() + " problem(s) found; nothing was imported",
          problems.stream().map(p -> new FieldProblem(p.field(), p.reason(), p.row())).toList());
    }
    ImportSummary summary = store.replace(valid.organisation());
    directory.reload();
    LOG.infof("Organisation imported by %s: %s", actor, summary);
    return summary;
  }
}
