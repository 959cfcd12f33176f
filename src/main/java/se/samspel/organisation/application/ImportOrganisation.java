package se.samspel.organisation.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.samspel.common.FieldProblem;
import se.samspel.common.SamspelException;
import se.samspel.organisation.domain.LockOut;
import se.samspel.organisation.domain.Organisation;
import se.samspel.organisation.domain.OrganisationChanges;
import se.samspel.organisation.domain.OrganisationChanges.HolderChange;
import se.samspel.organisation.domain.OrganisationImportRefused;
import se.samspel.organisation.domain.OrganisationImported;
import se.samspel.organisation.domain.OrganisationImported.ImportActor;
import se.samspel.organisation.domain.OrganisationImported.ImportSource;
import se.samspel.organisation.domain.OrganisationStore;
import se.samspel.organisation.domain.OrganisationStore.ImportSummary;
import se.samspel.organisation.domain.WaitingSteps;
import se.samspel.organisation.importing.CsvOrganisationFormat;
import se.samspel.organisation.importing.ImportDocument;
import se.samspel.organisation.importing.ImportProblem;
import se.samspel.organisation.importing.ImportValidator;
import se.samspel.organisation.importing.ImportValidator.ImportResult;
import se.samspel.organisation.importing.ReplacementCharacters;

/**
 * Use case: replace the organisation with an uploaded one, or preview what that would do. All or
 * nothing: the whole document is validated first and every problem reported (422); an import that
 * would retire its caller is refused (409 {@code import-would-lock-out}) unless confirmed; only
 * then is the document written, in one transaction with its entry in the administrators' audit
 * trail (the {@link OrganisationImported} event), and it becomes the graph routing uses.
 */
@ApplicationScoped
public class ImportOrganisation {

  private static final Logger LOG = Logger.getLogger(ImportOrganisation.class);

  private final OrganisationStore store;
  private final OrganisationDirectory directory;
  private final WaitingSteps waitingSteps;
  private final Event<OrganisationImported> imported;
  private final Event<OrganisationImportRefused> refused;
  private final Clock clock;
  private final List<String> administrators;

  public ImportOrganisation(
      OrganisationStore store,
      OrganisationDirectory directory,
      WaitingSteps waitingSteps,
      Event<OrganisationImported> imported,
      Event<OrganisationImportRefused> refused,
      Clock clock,
      @ConfigProperty(name = "samspel.auth.demo.administrators")
          Optional<List<String>> administrators) {
    this.store = store;
    this.directory = directory;
    this.waitingSteps = waitingSteps;
    this.imported = imported;
    this.refused = refused;
    this.clock = clock;
    this.administrators = administrators.orElse(List.of());
  }

  /**
   * An uploaded document and how it arrived.
   *
   * @param readProblems problems found while reading it (CSV), reported with the validator's
   */
  public record Upload(
      ImportDocument document, List<ImportProblem> readProblems, ImportSource source) {
    public Upload {
      Objects.requireNonNull(document, "document is required");
      readProblems = List.copyOf(readProblems);
      Objects.requireNonNull(source, "source is required");
    }

    /** A document read from JSON (or built in code). */
    public static Upload json(ImportDocument document) {
      return new Upload(document, List.of(), ImportSource.json());
    }

    /** The text of an HR system's CSV export, already decoded from {@code charset}. */
    public static Upload csv(String text, String charset) {
      CsvOrganisationFormat.ReadResult read = CsvOrganisationFormat.read(text);
      return new Upload(read.document(), read.problems(), ImportSource.csv(charset));
    }
  }

  /**
   * What the caller asks for beside the document.
   *
   * @param confirmLockOut the caller confirms an import that retires them
   * @param previewedRevision the revision a preview showed; the import is not applied ({@link
   *     ImportOutcome.PreviewStale}) when the organisation has moved past it. Empty: no preview was
   *     shown (the API)
   */
  public record Confirmation(boolean confirmLockOut, Optional<Long> previewedRevision) {
    public static Confirmation none() {
      return new Confirmation(false, Optional.empty());
    }
  }

  /**
   * Imports a document built in code at start (the demo organisation), on no one's behalf: no one
   * can be locked out and no preview was shown, so it is always applied once valid.
   */
  public ImportSummary importDocument(ImportDocument document, String actor) {
    LOG.infof("Organisation import started by %s", actor);
    return ((ImportOutcome.Imported)
            apply(Upload.json(document), ImportActor.system(), Confirmation.none()))
        .summary();
  }

  /**
   * The dry run: validates the upload (422 with every problem) and answers what importing it would
   * do, writing nothing.
   */
  public ImportPreview preview(Upload upload, ImportActor actor) {
    Organisation next = validated(upload);
    record Now(long revision, Organisation organisation) {}
    Now now = QuarkusTransaction.requiringNew().call(() -> new Now(store.revision(), store.load()));
    LocalDate today = LocalDate.now(clock);
    List<HolderChange> holders = OrganisationChanges.holderChanges(now.organisation(), next, today);
    return ImportPreview.of(
        now.revision(),
        OrganisationChanges.between(now.organisation(), next),
        holders,
        waitingSteps.on(ImportPreview.positionsOf(holders)),
        OrganisationChanges.lostRoles(now.organisation(), next, today),
        lockOut(now.organisation(), next, actor, today));
  }

  /**
   * Imports: validates (422 {@code import-invalid}, thrown), checks the confirmation against the
   * organisation now, writes the organisation and its audit entry in one transaction, then makes it
   * current ({@link OrganisationDirectory#reload}, which tells open work to follow it).
   *
   * @return {@link ImportOutcome.Imported}, or why it was not applied: {@link
   *     ImportOutcome.PreviewStale}, {@link ImportOutcome.WouldLockOut} (kept in the audit trail)
   */
  public ImportOutcome apply(Upload upload, ImportActor actor, Confirmation confirmation) {
    Organisation next = validated(upload);
    ImportOutcome outcome =
        QuarkusTransaction.requiringNew().call(() -> write(next, upload, actor, confirmation));
    if (outcome instanceof ImportOutcome.WouldLockOut refusal) {
      QuarkusTransaction.requiringNew()
          .run(
              () ->
                  refused.fire(
                      new OrganisationImportRefused(
                          clock.instant(), actor, upload.source(), refusal.lockOut())));
      LOG.infof("Organisation import by %s refused: it would lock them out", actor.describe());
    }
    if (outcome instanceof ImportOutcome.Imported imported) {
      directory.reload();
      LOG.infof("Organisation imported by %s: %s", actor.describe(), imported.summary());
    }
    return outcome;
  }

  private ImportOutcome write(
      Organisation next, Upload upload, ImportActor actor, Confirmation confirmation) {
    long revision = store.lockRevision();
    if (confirmation.previewedRevision().isPresent()
        && confirmation.previewedRevision().get() != revision) {
      return new ImportOutcome.PreviewStale(confirmation.previewedRevision().get(), revision);
    }
    LocalDate today = LocalDate.now(clock);
    LockOut lockOut = lockOut(store.load(), next, actor, today);
    if (lockOut.locksOut() && !confirmation.confirmLockOut()) {
      return new ImportOutcome.WouldLockOut(lockOut);
    }
    ImportSummary summary = store.replace(next);
    imported.fire(
        new OrganisationImported(
            clock.instant(), actor, upload.source(), summary, lockOut.locksOut()));
    return new ImportOutcome.Imported(summary);
  }

  /**
   * A login is unique in the deployment (issue 16): sign-in finds a person's municipality by it.
   * One that another municipality's organisation lists is a problem of this document.
   */
  private List<ImportProblem> loginsOfOtherMunicipalities(ImportDocument document) {
    List<ImportProblem> problems = new ArrayList<>();
    for (ImportDocument.PersonRow person : document.people()) {
      if (person.login() == null || person.login().isBlank()) {
        continue;
      }
      directory
          .listedElsewhere(person.login())
          .ifPresent(
              other ->
                  problems.add(
                      new ImportProblem(
                          person.source().line(),
                          person.source().field("login"),
                          "is the login of a person of municipality "
                              + other.value()
                              + "; a login is unique in the deployment")));
    }
    return problems;
  }

  private LockOut lockOut(
      Organisation current, Organisation next, ImportActor actor, LocalDate today) {
    return LockOut.check(current, next, actor.person(), actor.login(), administrators, today);
  }

  private Organisation validated(Upload upload) {
    List<ImportProblem> problems = new ArrayList<>(upload.readProblems());
    problems.addAll(ReplacementCharacters.in(upload.document()));
    problems.addAll(loginsOfOtherMunicipalities(upload.document()));
    ImportResult result = ImportValidator.validate(upload.document());
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
    return valid.organisation();
  }
}
