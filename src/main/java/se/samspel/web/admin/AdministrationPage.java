package se.samspel.web.admin;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import se.samspel.audit.application.AuditLog;
import se.samspel.audit.domain.AdministrativeAction;
import se.samspel.audit.domain.AuditFilter;
import se.samspel.common.FieldProblem;
import se.samspel.common.SamspelException;
import se.samspel.organisation.application.CurrentCaller;
import se.samspel.organisation.application.ImportOrganisation;
import se.samspel.organisation.application.ImportOrganisation.Confirmation;
import se.samspel.organisation.application.ImportOrganisation.Upload;
import se.samspel.organisation.application.ImportOutcome;
import se.samspel.organisation.application.ImportPreview;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.OrganisationImported.ImportActor;
import se.samspel.organisation.domain.OrganisationStore.ImportSummary;
import se.samspel.organisation.domain.Person;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.Roles;
import se.samspel.organisation.importing.CsvDecoding;
import se.samspel.organisation.importing.OrganisationImportRequest;
import se.samspel.policy.application.PolicyCatalog;
import se.samspel.policy.application.UploadPolicy;
import se.samspel.policy.domain.PolicyVersion;
import se.samspel.policy.format.PolicyDocument;
import se.samspel.policy.format.PolicyJson;
import se.samspel.web.FormErrors;
import se.samspel.web.PageContext;

/**
 * "Administration": administrators import the organisation (a JSON document or an HR system's CSV
 * export) and upload a version of the guideline (JSON), as files. A rejected file is shown with
 * every problem (line, field, reason) and changes nothing. An organisation file is first previewed
 * (the API's dry run: what would be created, updated and retired, the open requests and the
 * positions it touches, the lock-out check) and imported only when the administrator confirms
 * ("Genomför importen"), exactly as previewed ({@link PendingImports}). The latest entries of the
 * administrators' audit trail are listed at the end, of one kind when the reader chooses one
 * ({@code ?kind=}, read as the API reads it).
 *
 * <p>The forms are plain multipart posts; {@code /assets/upload-progress.js} sends them with
 * XMLHttpRequest instead, to show the upload's progress, and falls back to the plain post. The
 * answer to a post is the page itself (no redirect): posting the same file again changes nothing,
 * as an import of an unchanged organisation and the upload of an unchanged policy are no-ops.
 *
 * <p>Who may use it is checked in the methods rather than by {@code @RolesAllowed}: a refusal there
 * is answered before the request reaches a worker thread, where the error page (whose navigation
 * reads the database) cannot be rendered.
 */
@Path("/administration")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class AdministrationPage {

  private static final Logger LOG = Logger.getLogger(AdministrationPage.class);

  /** One problem of a rejected file; {@code row} is its line, where it has one. */
  public record ProblemRow(Integer row, String field, String reason) {}

  /**
   * What became of an uploaded file.
   *
   * @param format {@code json} or {@code csv}
   */
  public record Outcome(
      boolean accepted, String fileName, String format, List<ProblemRow> problems) {

    public int count() {
      return problems.size();
    }
  }

  /** The organisation as it is now. */
  public record OrganisationState(int units, int positions, int people) {}

  /** A list shown up to {@link #SHOWN} items, with how many more there are. */
  public record Shown<T>(List<T> items, int more) {
    static final int SHOWN = 20;

    static <T> Shown<T> of(List<T> all) {
      return new Shown<>(
          all.subList(0, Math.min(SHOWN, all.size())), Math.max(0, all.size() - SHOWN));
    }

    public boolean empty() {
      return items.isEmpty();
    }
  }

  /**
   * A previewed organisation file, waiting to be confirmed.
   *
   * @param token fetches the previewed upload when the administrator confirms
   * @param notice why the preview is shown again; null at first
   */
  public record PreviewView(
      String fileName,
      String format,
      String charset,
      String token,
      ImportPreview preview,
      Notice notice,
      Shown<ImportPreview.Item> unitsCreated,
      Shown<ImportPreview.Item> unitsUpdated,
      Shown<ImportPreview.Item> unitsRetired,
      Shown<ImportPreview.Item> positionsCreated,
      Shown<ImportPreview.Item> positionsUpdated,
      Shown<ImportPreview.Item> positionsRetired,
      Shown<ImportPreview.Item> peopleCreated,
      Shown<ImportPreview.Item> peopleUpdated,
      Shown<ImportPreview.Item> peopleRetired,
      Shown<ImportPreview.AffectedStep> affected,
      Shown<ImportPreview.LostPosition> lost) {

    /** Why the import would retire the caller, for the page's language. */
    public LockOutReason lockOutReason() {
      ImportPreview.LockOutCheck check = preview.lockOut();
      // The reason is always about the reader, who runs the import.
      return LockOutReason.of(
              check.reasonCode(), check.reasonSubject(), check.reason(), id -> Optional.empty())
          .toYou();
    }

    static PreviewView of(
        String fileName, Upload upload, String token, ImportPreview p, Notice notice) {
      return new PreviewView(
          fileName,
          upload.source().format(),
          upload.source().charset().orElse(""),
          token,
          p,
          notice,
          Shown.of(p.units().createdItems()),
          Shown.of(p.units().updatedItems()),
          Shown.of(p.units().retiredItems()),
          Shown.of(p.positions().createdItems()),
          Shown.of(p.positions().updatedItems()),
          Shown.of(p.positions().retiredItems()),
          Shown.of(p.people().createdItems()),
          Shown.of(p.people().updatedItems()),
          Shown.of(p.people().retiredItems()),
          Shown.of(p.affectedRequests()),
          Shown.of(p.lostPositions()));
    }
  }

  /**
   * Why a confirmed import was not applied: the organisation moved past the preview ({@code stale},
   * with both revisions), or the import would retire the administrator who did not tick the box
   * ({@code lockOut}).
   */
  public record Notice(boolean stale, long previewed, long current, boolean lockOut) {
    static Notice of(ImportOutcome outcome) {
      if (outcome instanceof ImportOutcome.PreviewStale stale) {
        return new Notice(true, stale.previewed(), stale.current(), false);
      }
      if (outcome instanceof ImportOutcome.WouldLockOut) {
        return new Notice(false, 0, 0, true);
      }
      return null;
    }
  }

  /**
   * The audit trail as the page shows it: the latest entries (of one kind, when the reader chose
   * one), the kinds to choose from, and whether the kind asked for is unknown.
   */
  public record AuditSection(
      List<AuditRow> rows, List<String> kinds, String kind, boolean kindUnknown) {}

  /** An entry of the audit trail as the page lists it. */
  public record AuditRow(
      Instant at,
      String kind,
      String actor,
      String format,
      String charset,
      Long revision,
      String counts,
      LockOutReason reason,
      String details) {

    /**
     * The row of an entry: the actor as "name (login)" when the organisation knows the person (by
     * id, else by login; a retired person's entry still names them by login), else the login, else
     * the person id; "system" for the demo seed at start.
     */
    static AuditRow of(AdministrativeAction a, OrganisationGraph graph, AdminTexts texts) {
      return of(a, actorOf(a, graph), graph, texts);
    }

    private static String actorOf(AdministrativeAction a, OrganisationGraph graph) {
      Optional<String> name =
          a.actorPerson()
              .flatMap(id -> graph.person(new PersonId(id)))
              .or(() -> a.actorLogin().flatMap(graph::personByLogin))
              .map(Person::name);
      Optional<String> login = a.actorLogin();
      if (name.isPresent()) {
        return name.get() + login.map(l -> " (" + l + ")").orElse("");
      }
      return login.or(a::actorPerson).orElse("system");
    }

    private static AuditRow of(
        AdministrativeAction a, String actor, OrganisationGraph graph, AdminTexts texts) {
      Object charset = a.summary().get("charset");
      String counts =
          a.kind() == AdministrativeAction.Kind.ORGANISATION_IMPORTED
              ? "+" + sum(a, "Created") + " ~" + sum(a, "Updated") + " −" + sum(a, "Retired")
              : String.valueOf(a.summary().getOrDefault("reason", ""));
      return new AuditRow(
          a.at(),
          a.kind().name(),
          actor,
          String.valueOf(a.summary().getOrDefault("format", "")),
          charset == null ? "" : charset.toString(),
          a.revision().orElse(null),
          counts,
          LockOutReason.of(
              a.summary().get("reasonCode"),
              a.summary().get("reasonSubject"),
              counts,
              id -> graph.person(new PersonId(id)).map(Person::name)),
          details(a, graph, texts));
    }

    /** What an entry of a kind other than an import did, in the reader's language. */
    private static String details(AdministrativeAction a, OrganisationGraph graph, AdminTexts t) {
      Map<String, Object> s = a.summary();
      return switch (a.kind()) {
        case ORGANISATION_IMPORTED, ORGANISATION_IMPORT_REFUSED -> "";
        case POLICY_UPLOADED ->
            t.audit_detail_policy(text(s, "key"), text(s, "version"), text(s, "validFrom"));
        case PERSONAL_DATA_REDACTED ->
            t.audit_detail_redacted(text(s, "person"), text(s, "entries"));
        case PERSONAL_DATA_EXPORTED -> t.audit_detail_exported(text(s, "person"));
        case SUBSTITUTE_NAMED_FOR_ANOTHER ->
            t.audit_detail_substitute_named(
                person(s, "substitute", graph),
                person(s, "absent", graph),
                text(s, "from"),
                text(s, "to"));
        case SUBSTITUTION_ENDED_FOR_ANOTHER ->
            t.audit_detail_substitution_ended(
                person(s, "substitute", graph), person(s, "absent", graph), text(s, "endedFrom"));
        case RETENTION_POLICY_CHANGED ->
            t.audit_detail_retention_changed(text(s, "version"), text(s, "decision"));
        case RETENTION_APPLIED ->
            t.audit_detail_retention_applied(
                text(s, "requestsCulled"), text(s, "deviationsRedacted"));
      };
    }

    private static String text(Map<String, Object> summary, String key) {
      return String.valueOf(summary.getOrDefault(key, "–"));
    }

    /** "Name (P-ID)" while the organisation knows the person, else the id. */
    private static String person(Map<String, Object> summary, String key, OrganisationGraph graph) {
      String id = text(summary, key);
      return graph.person(new PersonId(id)).map(p -> p.name() + " (" + id + ")").orElse(id);
    }

    private static long sum(AdministrativeAction a, String change) {
      long sum = 0;
      for (String kind : List.of("units", "positions", "people")) {
        Object n = a.summary().get(kind + change);
        sum += n instanceof Number number ? number.longValue() : 0;
      }
      return sum;
    }

    public boolean imported() {
      return kind.equals(AdministrativeAction.Kind.ORGANISATION_IMPORTED.name());
    }

    public boolean refused() {
      return kind.equals(AdministrativeAction.Kind.ORGANISATION_IMPORT_REFUSED.name());
    }
  }

  /** A stored policy version, as the page confirms it. */
  public record StoredPolicy(
      String key,
      int version,
      String municipality,
      String title,
      LocalDate validFrom,
      boolean active) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance administration(
        PageContext page,
        OrganisationState organisation,
        String activePolicy,
        Outcome organisationOutcome,
        ImportSummary summary,
        PreviewView preview,
        Outcome policyOutcome,
        StoredPolicy stored,
        AuditSection audit);
  }

  private final PageContext page;
  private final ImportOrganisation importOrganisation;
  private final OrganisationDirectory directory;
  private final PolicyCatalog policies;
  private final CurrentCaller caller;
  private final ObjectMapper json;
  private final PendingImports pending;
  private final AuditLog audit;
  private final UploadPolicy uploads;

  public AdministrationPage(
      PageContext page,
      ImportOrganisation importOrganisation,
      OrganisationDirectory directory,
      PolicyCatalog policies,
      CurrentCaller caller,
      ObjectMapper json,
      PendingImports pending,
      AuditLog audit,
      UploadPolicy uploads) {
    this.page = page;
    this.importOrganisation = importOrganisation;
    this.directory = directory;
    this.policies = policies;
    this.caller = caller;
    this.json = json;
    this.pending = pending;
    this.audit = audit;
    this.uploads = uploads;
  }

  @GET
  @Operation(hidden = true)
  public TemplateInstance show(@QueryParam("kind") String kind) {
    requireAdministrator();
    return render(null, null, null, null, null, kind);
  }

  @POST
  @Path("/organisation")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(hidden = true)
  public Response previewOrganisation(
      @RestForm("_csrf") String csrf,
      @RestForm("file") FileUpload file,
      @RestForm("encoding") String encoding) {
    page.verifyCsrf(csrf);
    requireAdministrator();
    String name = fileName(file);
    if (name.isEmpty()) {
      return refused(new Outcome(false, "", "", List.of(noFile())));
    }
    byte[] bytes = read(file);
    String format = format(name, file.contentType(), new String(bytes, StandardCharsets.UTF_8));
    if (format.isEmpty()) {
      // The form (multipart) was read; the chosen file is the file field's error, as a missing one.
      return refused(
          new Outcome(
              false,
              name,
              "",
              List.of(new ProblemRow(null, "file", "choose a JSON (.json) or CSV (.csv) file"))));
    }
    Upload upload;
    if (format.equals("json")) {
      OrganisationImportRequest request;
      try {
        request = json.readValue(bytes, OrganisationImportRequest.class);
      } catch (JsonProcessingException e) {
        return refused(new Outcome(false, name, format, List.of(problem(e))));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (request == null) {
        return refused(
            new Outcome(
                false, name, format, List.of(new ProblemRow(null, "file", "the file is empty"))));
      }
      upload = Upload.json(request.toDocument());
    } else {
      // UTF-8 is what an undeclared upload is read as, so a refusal suggests the other choices.
      Optional<String> declared =
          encoding == null || encoding.isBlank() || encoding.equalsIgnoreCase("utf-8")
              ? Optional.empty()
              : Optional.of(encoding);
      CsvDecoding.Outcome decoded = CsvDecoding.decode(bytes, declared);
      if (decoded instanceof CsvDecoding.Outcome.UnsupportedCharset) {
        return refused(
            new Outcome(
                false,
                name,
                format,
                List.of(
                    new ProblemRow(null, "encoding", "choose UTF-8, Windows-1252 or ISO-8859-1"))));
      }
      if (decoded instanceof CsvDecoding.Outcome.Undecodable bad) {
        return refused(
            new Outcome(
                false,
                name,
                format,
                List.of(new ProblemRow(bad.line(), bad.column(), bad.reason()))));
      }
      CsvDecoding.Outcome.Decoded text = (CsvDecoding.Outcome.Decoded) decoded;
      upload = Upload.csv(text.text(), text.charset().name());
    }
    return preview(name, upload, null);
  }

  @POST
  @Path("/organisation/genomfor")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response confirmOrganisation(
      @RestForm("_csrf") String csrf,
      @RestForm("token") String token,
      @RestForm("revision") String revision,
      @RestForm("confirmLockOut") String confirmLockOut) {
    page.verifyCsrf(csrf);
    requireAdministrator();
    Optional<PendingImports.Pending> found = pending.take(token, caller.describe());
    if (found.isEmpty()) {
      return refused(
          new Outcome(
              false,
              "",
              "",
              List.of(
                  new ProblemRow(
                      null,
                      "file",
                      "the preview has expired or was already used; upload the file again"))));
    }
    Upload upload = found.get().upload();
    String name = found.get().fileName();
    long previewed;
    try {
      previewed = Long.parseLong(revision == null ? "" : revision.strip());
    } catch (NumberFormatException e) {
      throw SamspelException.invalid("revision", "is not a revision number");
    }
    ImportOutcome outcome;
    try {
      outcome =
          importOrganisation.apply(
              upload,
              actor(),
              new Confirmation(
                  "on".equals(confirmLockOut) || "true".equals(confirmLockOut),
                  Optional.of(previewed)));
    } catch (SamspelException e) {
      if (e.kind() != SamspelException.Kind.UNPROCESSABLE
          && e.kind() != SamspelException.Kind.INVALID_INPUT) {
        throw e;
      }
      return refused(new Outcome(false, name, upload.source().format(), rows(e)));
    }
    if (outcome instanceof ImportOutcome.Imported imported) {
      LOG.infof("Organisation imported from %s through the administration page", name);
      return answer(
          200,
          new Outcome(true, name, upload.source().format(), List.of()),
          imported.summary(),
          null,
          null,
          null);
    }
    // Not applied: show what the file would do now, and why it was not imported.
    return preview(name, upload, outcome);
  }

  private Response preview(String name, Upload upload, ImportOutcome notApplied) {
    ImportPreview preview;
    try {
      preview = importOrganisation.preview(upload, actor());
    } catch (SamspelException e) {
      if (e.kind() != SamspelException.Kind.UNPROCESSABLE
          && e.kind() != SamspelException.Kind.INVALID_INPUT) {
        throw e;
      }
      return refused(new Outcome(false, name, upload.source().format(), rows(e)));
    }
    String token = pending.keep(upload, name, caller.describe());
    return answer(
        notApplied == null ? 200 : 409,
        null,
        null,
        PreviewView.of(name, upload, token, preview, Notice.of(notApplied)),
        null,
        null);
  }

  private ImportActor actor() {
    return new ImportActor(caller.personId(), caller.login());
  }

  private Response refused(Outcome outcome) {
    return answer(FormErrors.STATUS, outcome, null, null, null, null);
  }

  @POST
  @Path("/riktlinje")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(hidden = true)
  public Response uploadPolicy(@RestForm("_csrf") String csrf, @RestForm("file") FileUpload file) {
    page.verifyCsrf(csrf);
    requireAdministrator();
    String name = fileName(file);
    if (name.isEmpty()) {
      return answer(
          FormErrors.STATUS, null, null, null, new Outcome(false, "", "", List.of(noFile())), null);
    }
    String content = new String(read(file), StandardCharsets.UTF_8);
    String format = format(name, file.contentType(), content);
    if (!format.equals("json")) {
      return answer(
          FormErrors.STATUS,
          null,
          null,
          null,
          new Outcome(
              false,
              name,
              format,
              List.of(new ProblemRow(null, "file", "a policy is a JSON (.json) file"))),
          null);
    }
    PolicyDocument document;
    try {
      document = PolicyJson.read(content);
    } catch (JsonProcessingException e) {
      return answer(
          FormErrors.STATUS,
          null,
          null,
          null,
          new Outcome(false, name, format, List.of(problem(e))),
          null);
    }
    if (document == null) {
      return answer(
          FormErrors.STATUS,
          null,
          null,
          null,
          new Outcome(
              false, name, format, List.of(new ProblemRow(null, "file", "the file is empty"))),
          null);
    }
    PolicyVersion stored;
    try {
      stored =
          uploads.upload(
              document,
              new UploadPolicy.Administrator(
                  caller.personId().map(PersonId::value), caller.login()));
    } catch (SamspelException e) {
      if (e.kind() != SamspelException.Kind.UNPROCESSABLE
          && e.kind() != SamspelException.Kind.INVALID_INPUT) {
        throw e;
      }
      return answer(
          FormErrors.STATUS, null, null, null, new Outcome(false, name, format, rows(e)), null);
    }
    boolean active =
        policies
            .active()
            .map(
                a ->
                    a.policy().key().equals(stored.policy().key())
                        && a.policy().version() == stored.policy().version())
            .orElse(false);
    return answer(
        200,
        null,
        null,
        null,
        new Outcome(true, name, format, List.of()),
        new StoredPolicy(
            stored.policy().key(),
            stored.policy().version(),
            stored.policy().provenance().municipality(),
            stored.policy().provenance().title(),
            stored.policy().provenance().validFrom(),
            active));
  }

  // ---- answers --------------------------------------------------------------------------------

  private void requireAdministrator() {
    if (!page.has(Roles.ADMINISTRATOR)) {
      throw SamspelException.forbidden("Only administrators use the administration page");
    }
  }

  private Response answer(
      int status,
      Outcome organisation,
      ImportSummary summary,
      PreviewView preview,
      Outcome policy,
      StoredPolicy stored) {
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(render(organisation, summary, preview, policy, stored))
        .build();
  }

  private TemplateInstance render(
      Outcome organisation,
      ImportSummary summary,
      PreviewView preview,
      Outcome policy,
      StoredPolicy stored) {
    return render(organisation, summary, preview, policy, stored, null);
  }

  private TemplateInstance render(
      Outcome organisation,
      ImportSummary summary,
      PreviewView preview,
      Outcome policy,
      StoredPolicy stored,
      String auditKind) {
    OrganisationGraph graph = directory.current();
    String active =
        policies
            .active()
            .map(
                v ->
                    v.policy().provenance().municipality()
                        + " – "
                        + v.policy().provenance().title()
                        + " (version "
                        + v.policy().version()
                        + ")")
            .orElse("");
    return Templates.administration(
            page,
            new OrganisationState(graph.unitCount(), graph.positionCount(), graph.personCount()),
            active,
            organisation,
            summary,
            preview,
            policy,
            stored,
            auditSection(auditKind, graph))
        .setLocale(page.locale());
  }

  /**
   * The latest ten entries of the trail, of the kind asked for. The kind is read as the API reads
   * it ({@link AuditLog#filter}); one it does not know lists every kind and marks the choice.
   */
  private AuditSection auditSection(String kind, OrganisationGraph graph) {
    AuditFilter filter = AuditFilter.all();
    boolean unknown = false;
    try {
      filter = audit.filter(kind, null, null);
    } catch (SamspelException e) {
      unknown = true;
    }
    AdminTexts texts =
        "en".equals(page.lang())
            ? MessageBundles.get(AdminTexts.class, Localized.Literal.of("en"))
            : MessageBundles.get(AdminTexts.class);
    List<AuditRow> rows =
        audit.newestFirst(filter, 0, 10).items().stream()
            .map(a -> AuditRow.of(a, graph, texts))
            .toList();
    return new AuditSection(
        rows,
        Arrays.stream(AdministrativeAction.Kind.values()).map(Enum::name).toList(),
        filter.kind().map(Enum::name).orElse(""),
        unknown);
  }

  // ---- reading the file -----------------------------------------------------------------------

  private static String fileName(FileUpload file) {
    if (file == null || file.fileName() == null || file.uploadedFile() == null) {
      return "";
    }
    String name = file.fileName().strip();
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return slash >= 0 ? name.substring(slash + 1) : name;
  }

  /** The file's bytes; the uploaded copy is removed at once. */
  private static byte[] read(FileUpload file) {
    try {
      return Files.readAllBytes(file.uploadedFile());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the uploaded file", e);
    } finally {
      try {
        Files.deleteIfExists(file.uploadedFile());
      } catch (IOException e) {
        LOG.debugf("Could not remove the uploaded file %s", file.uploadedFile());
      }
    }
  }

  /** {@code json} or {@code csv} by the file's name, else by its type or first character. */
  static String format(String name, String contentType, String content) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) {
      return "json";
    }
    if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
      return "csv";
    }
    if (lower.contains(".")) {
      return "";
    }
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (type.contains("json")) {
      return "json";
    }
    if (type.contains("csv")) {
      return "csv";
    }
    String start = content.replace("\uFEFF", "").stripLeading();
    return start.startsWith("{") ? "json" : start.isEmpty() ? "" : "csv";
  }

  private static ProblemRow noFile() {
    return new ProblemRow(null, "file", "no file was chosen");
  }

  private static List<ProblemRow> rows(SamspelException e) {
    if (e.problems().isEmpty()) {
      return List.of(new ProblemRow(null, "file", e.getMessage()));
    }
    return e.problems().stream().map(AdministrationPage::row).toList();
  }

  private static ProblemRow row(FieldProblem p) {
    return new ProblemRow(p.row(), p.field() == null ? "" : p.field(), p.reason());
  }

  /** A file that is not the JSON expected, named by its path and line, without Java's words. */
  static ProblemRow problem(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    Integer line = at == null || at.getLineNr() < 1 ? null : at.getLineNr();
    if (endsEarly(e)) {
      return new ProblemRow(line, "file", "the file ends before the JSON document does");
    }
    if (e instanceof JsonParseException) {
      return new ProblemRow(line, "file", "the file is not valid JSON");
    }
    if (e instanceof JsonMappingException mapping) {
      String path = path(mapping);
      if (e instanceof UnrecognizedPropertyException) {
        return new ProblemRow(line, path, "unknown field");
      }
      return new ProblemRow(line, path.isEmpty() ? "file" : path, "has the wrong type or form");
    }
    return new ProblemRow(line, "file", "the file could not be read as JSON");
  }

  /** Whether the document stops in the middle (Jackson says so in a cause or its message). */
  private static boolean endsEarly(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonEOFException
          || (t.getMessage() != null && t.getMessage().contains("end-of-input"))) {
        return true;
      }
    }
    return false;
  }

  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
