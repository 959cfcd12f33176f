package se.samspel.deviation.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samspel.common.SamspelException;
import se.samspel.common.http.Page;
import se.samspel.common.http.Paging;
import se.samspel.common.http.Problem;
import se.samspel.common.http.ProblemResponses;
import se.samspel.deviation.api.DeviationViews.CorrectionBody;
import se.samspel.deviation.api.DeviationViews.DeviationView;
import se.samspel.deviation.api.DeviationViews.RedactionBody;
import se.samspel.deviation.api.DeviationViews.RedactionView;
import se.samspel.deviation.api.DeviationViews.VerifyView;
import se.samspel.deviation.application.CorrectDeviation;
import se.samspel.deviation.application.ReadDeviations;
import se.samspel.deviation.application.RecordAccess;
import se.samspel.deviation.application.RedactPersonalData;
import se.samspel.deviation.domain.DeviationFilter;
import se.samspel.deviation.domain.StoredEntry;
import se.samspel.organisation.application.CurrentCaller;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.Roles;
import se.samspel.organisation.domain.Unit;
import se.samspel.organisation.domain.UnitId;
import se.samspel.policy.domain.Severity;

/** The deviation record: read it, verify its chain, correct an entry, redact personal data. */
@Path("/api/deviations")
@Tag(name = "Deviation record")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
@APIResponse(
    responseCode = "403",
    ref = ProblemResponses.FORBIDDEN,
    description = "Not KD, the KSO or an auditor")
public class DeviationResource {

  /** Dates in the filters are days in the municipality's time zone. */
  @Inject ZoneId zone;

  static final String ENTRY =
      "{\"seq\":42,\"kind\":\"REPORTED_CONTACT\",\"occurredAt\":\"2026-11-20T13:05:00Z\","
          + "\"recordedAt\":\"2026-11-23T09:15:00.123456Z\",\"policyKey\":\"kungsor\","
          + "\"policyVersion\":1,\"ruleId\":\"K-DIRECT-STAFF\",\"ruleTitle\":\"Kontakt med"
          + " medarbetare\",\"section\":\"Kontaktvägar\",\"quote\":\"Politiker ska vända sig"
          + " till förvaltningschefen …\",\"severity\":\"MEDIUM\",\"prescribedRoute\":"
          + "\"POS-FC-BUF (APPROVE) → POS-REKTOR-1 (ARRANGE)\",\"requesterRole\":"
          + "\"ELECTED_MEMBER\",\"targetRole\":\"STAFF_MEMBER\",\"department\":null,"
          + "\"requestId\":null,\"corrects\":null,\"summary\":\"Direct contact instead of via the"
          + " department head\",\"personal\":{\"reporter\":\"P-LARARE\",\"requester\":"
          + "\"P-POL\",\"target\":\"P-LARARE\",\"description\":\"Ringde om schemat\"},"
          + "\"redactedAt\":null,\"personalHash\":\"9f2c…\",\"previousHash\":\"51ab…\","
          + "\"entryHash\":\"c03e…\",\"unreadable\":false,\"unreadableReason\":null,"
          + "\"requesterDepartment\":null,\"targetDepartment\":{\"unitId\":\"U-BUF\","
          + "\"name\":\"Barn- och utbildningsförvaltningen\"},\"form\":2}";
  static final String UNREADABLE =
      "{\"seq\":43,\"kind\":null,\"occurredAt\":null,\"recordedAt\":null,\"policyKey\":null,"
          + "\"policyVersion\":null,\"ruleId\":null,\"ruleTitle\":null,\"section\":null,"
          + "\"quote\":null,\"severity\":null,\"prescribedRoute\":null,\"requesterRole\":null,"
          + "\"targetRole\":null,\"department\":null,\"requestId\":null,\"corrects\":null,"
          + "\"summary\":null,\"personal\":null,\"redactedAt\":null,\"personalHash\":null,"
          + "\"previousHash\":\"c03e…\",\"entryHash\":\"d41f…\",\"unreadable\":true,"
          + "\"unreadableReason\":\"kind 'FORGED' is not a kind the record knows\","
          + "\"requesterDepartment\":null,\"targetDepartment\":null,\"form\":null}";
  static final String PAGE = "{\"items\":[" + ENTRY + "],\"page\":0,\"size\":20,\"total\":1}";
  static final String PAGE_UNREADABLE =
      "{\"items\":[" + UNREADABLE + "," + ENTRY + "],\"page\":0,\"size\":20,\"total\":2}";
  static final String INTACT =
      "{\"status\":\"INTACT\",\"entries\":42,\"redacted\":1,\"headSeq\":42,\"headHash\":"
          + "\"c03e5d1b…\",\"firstBreak\":null}";
  static final String BROKEN =
      "{\"status\":\"BROKEN\",\"entries\":16,\"redacted\":0,\"headSeq\":16,\"headHash\":"
          + "\"7a41…\",\"firstBreak\":{\"seq\":17,\"reason\":\"ALTERED\",\"detail\":\"entry 17"
          + " was altered: its content no longer matches its hash\"}}";
  static final String INSERTED =
      "{\"status\":\"BROKEN\",\"entries\":16,\"redacted\":0,\"headSeq\":16,\"headHash\":"
          + "\"7a41…\",\"firstBreak\":{\"seq\":17,\"reason\":\"INSERTED\",\"detail\":\"entry 17"
          + " was inserted: entry 18 still follows entry 16, and is entry 17 renumbered\"}}";
  static final String UNREADABLE_CONFLICT =
      "{\"type\":\"urn:samspel:problem:deviation-unreadable\",\"title\":\"Conflict\","
          + "\"status\":409,\"code\":\"deviation-unreadable\",\"detail\":\"Entry 43 of the"
          + " deviation record cannot be read (kind 'FORGED' is not a kind the record knows): it"
          + " was changed behind the application; verify the record\"}";
  static final String UNKNOWN =
      "{\"type\":\"urn:samspel:problem:deviation-unknown\",\"title\":\"Unprocessable Entity\","
          + "\"status\":422,\"code\":\"deviation-unknown\",\"detail\":\"There is no entry 999 in"
          + " the deviation record\",\"errors\":[{\"field\":\"seq\",\"reason\":\"no entry 999"
          + " in the deviation record\"}]}";

  private final ReadDeviations read;
  private final RecordAccess access;
  private final CorrectDeviation correct;
  private final RedactPersonalData redact;
  private final CurrentCaller caller;
  private final OrganisationDirectory directory;

  public DeviationResource(
      ReadDeviations read,
      RecordAccess access,
      CorrectDeviation correct,
      RedactPersonalData redact,
      CurrentCaller caller,
      OrganisationDirectory directory) {
    this.read = read;
    this.access = access;
    this.correct = correct;
    this.redact = redact;
    this.caller = caller;
    this.directory = directory;
  }

  /** Department names as the organisation knows them today; the unit id when it does not. */
  private Function<String, String> unitNames() {
    OrganisationGraph graph = directory.current();
    return id -> graph.unit(new UnitId(id)).map(Unit::name).orElse(id);
  }

  @GET
  @RolesAllowed({Roles.KD, Roles.KSO, Roles.AUDITOR})
  @Operation(
      summary = "The deviation record, newest first",
      description =
          "Filters: the days the deviation occurred (from and to inclusive, in Swedish time),"
              + " the rule, the department (unit id: an entry naming it as the requester's or the"
              + " target's department, or as the single department of a form-1 entry), the"
              + " severity. A stored entry that cannot be"
              + " read (changed behind the application: an unknown kind or severity, a CORRECTION"
              + " without reference) does not fail the answer: it is listed with \"unreadable\":"
              + " true, its seq, its stored hashes and unreadableReason, every other field null."
              + " The filters apply to what is stored, so such an entry still matches its rule or"
              + " department. GET /api/deviations/verify reports it. Entries of rules that"
              + " concern whistleblowing are never listed (RecordAccess), as on the record's"
              + " pages; verify still counts them.")
  @APIResponse(
      responseCode = "200",
      description = "A page of entries; an entry that cannot be read is marked unreadable",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = {
                @ExampleObject(name = "one entry", value = PAGE),
                @ExampleObject(name = "with an unreadable entry", value = PAGE_UNREADABLE)
              }))
  @APIResponse(
      responseCode = "400",
      ref = ProblemResponses.BAD_REQUEST,
      description = "A bad date, severity, page or size, or 'to' before 'from'")
  public Page<DeviationView> list(
      @Parameter(description = "First day, inclusive", example = "2026-01-01") @QueryParam("from")
          String from,
      @Parameter(description = "Last day, inclusive", example = "2026-12-31") @QueryParam("to")
          String to,
      @Parameter(description = "A rule id", example = "K-DIRECT-STAFF") @QueryParam("rule")
          String rule,
      @Parameter(
              description =
                  "A department's unit id: entries naming it as the requester's or the target's"
                      + " department (or, in form 1, as their one department)",
              example = "U-BUF")
          @QueryParam("department")
          String department,
      @Parameter(description = "LOW, MEDIUM or HIGH", example = "HIGH") @QueryParam("severity")
          String severity,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    access.requireReader(caller.requirePerson());
    Optional<LocalDate> first = date("from", from);
    Optional<LocalDate> last = date("to", to);
    if (first.isPresent() && last.isPresent() && last.get().isBefore(first.get())) {
      throw SamspelException.invalid("to", "is before 'from'");
    }
    Severity wanted = Paging.enumOrNull("severity", severity, Severity.class);
    Paging.Request paging = Paging.of(page, size);
    DeviationFilter filter =
        new DeviationFilter(
            first.map(d -> d.atStartOfDay(zone).toInstant()),
            last.map(d -> d.plusDays(1).atStartOfDay(zone).toInstant()),
            text("rule", rule),
            text("department", department),
            Optional.ofNullable(wanted));
    Page<StoredEntry> found = read.stored(access.shown(filter), paging.page(), paging.size());
    Function<String, String> names = unitNames();
    return new Page<>(
        found.items().stream().map(e -> DeviationViews.view(e, names)).toList(),
        found.page(),
        found.size(),
        found.total());
  }

  @GET
  @Path("/verify")
  @RolesAllowed({Roles.KD, Roles.KSO, Roles.AUDITOR})
  @Operation(
      summary = "Verify the chain",
      description =
          "Recomputes every entry's hash and link. INTACT gives the number of entries and the"
              + " head hash to publish; BROKEN names the first entry that was ALTERED (its content"
              + " no longer matches its hash, it cannot be read at all, or its hash was rewritten"
              + " so that the next entry no longer follows it), REMOVED (a gap, or fewer entries"
              + " than the head), INSERTED (past the head, a copy of an earlier entry, an entry the"
              + " chain runs around, or entries put in before an entry that was renumbered; seq"
              + " names the first inserted one) or PERSONAL_DATA_ALTERED; entries, headSeq and"
              + " headHash are then those of the sound entries before it. Redacted entries are"
              + " sound. The answer is always 200, whatever is stored.")
  @APIResponse(
      responseCode = "200",
      description = "The report",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = {
                @ExampleObject(name = "intact", value = INTACT),
                @ExampleObject(name = "altered", value = BROKEN),
                @ExampleObject(name = "inserted", value = INSERTED)
              }))
  public VerifyView verify() {
    access.requireReader(caller.requirePerson());
    return DeviationViews.view(read.verify());
  }

  @GET
  @Path("/{seq}")
  @RolesAllowed({Roles.KD, Roles.KSO, Roles.AUDITOR})
  @Operation(
      summary = "One entry",
      description =
          "An entry that cannot be read (changed behind the application) is answered, not"
              + " failed: \"unreadable\": true with its seq, stored hashes and unreadableReason."
              + " An entry of a rule that concerns whistleblowing is not shown to anyone: 404, as"
              + " on the record's pages.")
  @APIResponse(
      responseCode = "200",
      description = "The entry, or its marking when it cannot be read",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = {
                @ExampleObject(name = "reported contact", value = ENTRY),
                @ExampleObject(name = "unreadable", value = UNREADABLE)
              }))
  @APIResponse(
      responseCode = "404",
      ref = ProblemResponses.NOT_FOUND,
      description = "No such entry, or one of a whistleblowing rule")
  public DeviationView get(@PathParam("seq") String seq) {
    access.requireReader(caller.requirePerson());
    long number;
    try {
      number = Long.parseLong(seq.trim());
    } catch (NumberFormatException e) {
      throw SamspelException.notFound("deviation", seq);
    }
    return DeviationViews.view(access.shown(read.find(number)), unitNames());
  }

  @POST
  @Path("/{seq}/corrections")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.KD, Roles.AUDITOR})
  @Operation(
      summary = "Correct an entry",
      description =
          "Appends a CORRECTION that references the entry; the entry itself never changes. The"
              + " caller is recorded as who corrected it. KD or an auditor.")
  @APIResponse(
      responseCode = "201",
      description = "The correction entry; Location names it",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "correction", value = ENTRY)))
  @APIResponse(
      responseCode = "400",
      ref = ProblemResponses.BAD_REQUEST,
      description = "A missing or too long summary or reason")
  @APIResponse(
      responseCode = "409",
      description =
          "The entry cannot be read (deviation-unreadable): it was changed behind the"
              + " application, so there are no facts to carry into a correction",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "unreadable", value = UNREADABLE_CONFLICT)))
  @APIResponse(
      responseCode = "422",
      description =
          "There is no such entry to correct, or it is one of a whistleblowing rule, which no one"
              + " is shown (deviation-unknown)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "unknown", value = UNKNOWN)))
  public Response correct(@PathParam("seq") String seq, @NotNull @Valid CorrectionBody body) {
    long number;
    try {
      number = Long.parseLong(seq.trim());
    } catch (NumberFormatException e) {
      throw SamspelException.invalid("seq", "'" + seq + "' is not a whole number");
    }
    PersonId me = caller.requirePerson();
    var entry =
        correct.correct(
            me, new CorrectDeviation.Command(number, body.summary().trim(), body.reason()));
    return Response.created(URI.create("/api/deviations/" + entry.seq()))
        .entity(DeviationViews.view(entry, unitNames()))
        .build();
  }

  @POST
  @Path("/redactions")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMINISTRATOR)
  @Operation(
      summary = "Remove a person's personal data from the record",
      description =
          "Blanks the personal fields (reporter, requester, target, description) of every entry"
              + " naming the person, and marks them redacted. The chain stays verifiable:"
              + " entries are chained over a salted hash of their personal data, which is kept."
              + " Administrators only.")
  @APIResponse(
      responseCode = "200",
      description = "How many entries were blanked",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "blanked",
                      value = "{\"person\":\"P-LARARE\",\"entries\":3}")))
  @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST, description = "No person")
  public RedactionView redact(@NotNull @Valid RedactionBody body) {
    String person = body.person().trim();
    RedactPersonalData.Administrator administrator =
        new RedactPersonalData.Administrator(
            caller.personId().map(PersonId::value), caller.login());
    return new RedactionView(person, redact.redact(new PersonId(person), administrator));
  }

  private static Optional<LocalDate> date(String name, String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.trim()));
    } catch (DateTimeParseException e) {
      throw SamspelException.invalid(name, "'" + value + "' is not a date (YYYY-MM-DD)");
    }
  }

  private static Optional<String> text(String name, String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    if (value.length() > 64) {
      throw SamspelException.invalid(name, "is longer than 64 characters");
    }
    return Optional.of(value.trim());
  }
}
