package se.samspel.organisation.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samspel.common.FieldProblem;
import se.samspel.common.SamspelException;
import se.samspel.common.http.Problem;
import se.samspel.common.http.ProblemResponses;
import se.samspel.common.http.RateLimited;
import se.samspel.organisation.application.CurrentCaller;
import se.samspel.organisation.application.ImportOrganisation;
import se.samspel.organisation.application.ImportOrganisation.Confirmation;
import se.samspel.organisation.application.ImportOrganisation.Upload;
import se.samspel.organisation.application.ImportOutcome;
import se.samspel.organisation.application.ImportPreview;
import se.samspel.organisation.domain.LockOut;
import se.samspel.organisation.domain.OrganisationImported.ImportActor;
import se.samspel.organisation.domain.Roles;
import se.samspel.organisation.importing.CsvDecoding;
import se.samspel.organisation.importing.OrganisationImportRequest;

/**
 * Importing the whole organisation: administrators only. {@code dryRun=true} answers a preview
 * ({@link ImportPreview}) and writes nothing; an import that would retire the caller needs {@code
 * confirmLockOut=true} (else 409). A CSV body is read as bytes and decoded by {@link CsvDecoding}:
 * UTF-8 unless {@code charset=windows-1252} or {@code iso-8859-1} is declared; other charsets are
 * 415; a byte not valid in the charset is 422 naming its line and column.
 */
@Path("/api/organisation/import")
@Tag(name = "Organisation")
@RolesAllowed(Roles.ADMINISTRATOR)
public class OrganisationImportResource {

  static final String SUMMARY_EXAMPLE =
      "{\"revision\":2,\"unitsCreated\":1,\"unitsUpdated\":40,\"unitsRetired\":0,"
          + "\"positionsCreated\":3,\"positionsUpdated\":410,\"positionsRetired\":1,"
          + "\"peopleCreated\":3,\"peopleUpdated\":395,\"peopleRetired\":1}";
  static final String INVALID_EXAMPLE =
      "{\"type\":\"urn:samspel:problem:import-invalid\",\"title\":\"Unprocessable Content\","
          + "\"status\":422,\"detail\":\"2 problem(s) found; nothing was imported\","
          + "\"code\":\"import-invalid\",\"errors\":["
          + "{\"field\":\"positions[7].reportsTo\",\"reason\":\"refers to unknown position"
          + " 'POS-X'\"},{\"field\":\"reports_to_position_id\",\"row\":12,\"reason\":"
          + "\"reporting lines form a cycle through POS-A → POS-B\"}]}";

  static final String PREVIEW_EXAMPLE =
      "{\"revision\":4,\"units\":{\"created\":0,\"updated\":1,\"unchanged\":39,\"retired\":0,"
          + "\"createdItems\":[],\"updatedItems\":[{\"id\":\"U-BUF\",\"name\":"
          + "\"Utbildningsförvaltningen\"}],\"retiredItems\":[]},\"positions\":{\"created\":0,"
          + "\"updated\":1,\"unchanged\":329,\"retired\":0,\"createdItems\":[],\"updatedItems\":"
          + "[{\"id\":\"POS-FC-BUF\",\"name\":\"Förvaltningschef\"}],\"retiredItems\":[]},"
          + "\"people\":{\"created\":0,\"updated\":0,\"unchanged\":322,\"retired\":1,"
          + "\"createdItems\":[],\"updatedItems\":[],\"retiredItems\":[{\"id\":\"P-FC-BUF\","
          + "\"name\":\"Lena Berg\"}]},"
          + "\"affectedRequests\":[{\"requestId\":\"0b6f…\",\"step\":0,\"positionId\":"
          + "\"POS-FC-BUF\",\"positionTitle\":\"Förvaltningschef\",\"currentHolderId\":\"P-FC-BUF\","
          + "\"currentHolderName\":\"Lena Berg\",\"newHolderId\":null,\"newHolderName\":null,"
          + "\"positionRetired\":false}],\"lostPositions\":[{\"personId\":\"P-FC-BUF\",\"personName\":"
          + "\"Lena Berg\",\"positionId\":\"POS-FC-BUF\",\"positionTitle\":\"Förvaltningschef\"}],"
          + "\"lockOut\":{\"needsConfirmation\":false,\"callerPersonId\":\"P-ADMIN\",\"callerLogin\":"
          + "\"admin\",\"callerRetired\":false,\"reason\":\"\",\"noAdministratorLeft\":false,"
          + "\"administratorsKept\":[\"admin\"],\"administratorsGone\":[]}}";
  static final String LOCK_OUT_EXAMPLE =
      "{\"type\":\"urn:samspel:problem:import-would-lock-out\",\"title\":\"Conflict\","
          + "\"status\":409,\"code\":\"import-would-lock-out\",\"detail\":\"This import would"
          + " retire Oskar Lundin (P-ADMIN): no person in the new organisation has the login 'admin'."
          + " Nothing was imported; send it again with confirmLockOut=true if that is meant.\","
          + "\"errors\":[{\"field\":\"confirmLockOut\",\"reason\":\"must be true to import what"
          + " retires Oskar Lundin (P-ADMIN)\"}]}";
  static final String ENCODING_EXAMPLE =
      "{\"type\":\"urn:samspel:problem:import-encoding\",\"status\":422,\"code\":"
          + "\"import-encoding\",\"detail\":\"The file is not valid UTF-8 at line 3, column"
          + " person_name; nothing was imported\",\"errors\":[{\"field\":\"person_name\",\"row\":3,"
          + "\"reason\":\"the byte 0xF6 cannot be UTF-8 (the file was read as UTF-8 because no"
          + " charset was named); a CSV saved by Excel is usually Windows-1252: send it with"
          + " \\\"Content-Type: text/csv; charset=windows-1252\\\" …\"}]}";

  static final String CHARSET_EXAMPLE =
      "{\"type\":\"urn:samspel:problem:unsupported-media-type\",\"title\":\"Unsupported Media"
          + " Type\",\"status\":415,\"code\":\"unsupported-media-type\",\"detail\":\"A CSV import is"
          + " read in UTF-8, Windows-1252 or ISO-8859-1, not 'utf-16'\",\"errors\":[{\"field\":"
          + "\"charset\",\"reason\":\"must be utf-8, windows-1252 or iso-8859-1 (or left out:"
          + " UTF-8)\"}]}";

  private final ImportOrganisation importOrganisation;
  private final CurrentCaller caller;

  public OrganisationImportResource(ImportOrganisation importOrganisation, CurrentCaller caller) {
    this.importOrganisation = importOrganisation;
    this.caller = caller;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Import the whole organisation as JSON (or preview the import)",
      description =
          "Validates everything first and writes nothing unless all is valid. Known external ids"
              + " are updated in place; what the document no longer lists is retired. With"
              + " dryRun=true nothing is written and the answer is a preview.")
  @APIResponse(
      responseCode = "200",
      description = "Imported (the counts), or with dryRun=true the preview",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = {
                @ExampleObject(name = "summary", value = SUMMARY_EXAMPLE),
                @ExampleObject(name = "preview", value = PREVIEW_EXAMPLE)
              }))
  @APIResponse(
      responseCode = "400",
      ref = ProblemResponses.BAD_REQUEST,
      description =
          "Malformed JSON, a value of the wrong type, or dryRun/confirmLockOut not a boolean")
  @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
  @APIResponse(
      responseCode = "403",
      ref = ProblemResponses.FORBIDDEN,
      description = "Not an administrator")
  @APIResponse(
      responseCode = "409",
      description =
          "The import would retire the caller (import-would-lock-out) and confirmLockOut=true was"
              + " not sent; nothing was imported",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "lock-out", value = LOCK_OUT_EXAMPLE)))
  @APIResponse(
      responseCode = "422",
      description = "The organisation is invalid: every problem, with its path",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "invalid", value = INVALID_EXAMPLE)))
  @APIResponse(responseCode = "429", ref = ProblemResponses.TOO_MANY_REQUESTS)
  @RateLimited(RateLimited.IMPORT)
  public Object importJson(
      @Parameter(description = "true: only answer what the import would do") @QueryParam("dryRun")
          String dryRun,
      @Parameter(description = "true: import even though it retires the caller")
          @QueryParam("confirmLockOut")
          String confirmLockOut,
      OrganisationImportRequest request) {
    if (request == null) {
      throw SamspelException.invalid("body", "an organisation document is required");
    }
    return run(Upload.json(request.toDocument()), dryRun, confirmLockOut);
  }

  @POST
  @Consumes("text/csv")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Import the whole organisation as an HR system's CSV export (or preview it)",
      description =
          "One line per position with its unit and holder; see docs/organisation-import-sample.csv"
              + " and the README for the columns. Read as UTF-8 (a BOM is allowed) unless the"
              + " Content-Type names charset=windows-1252 (what Excel's \"CSV\" writes) or"
              + " iso-8859-1. Validated like the JSON import; problems name the line and the"
              + " column.")
  @APIResponse(
      responseCode = "200",
      description = "Imported (the counts), or with dryRun=true the preview",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = {
                @ExampleObject(name = "summary", value = SUMMARY_EXAMPLE),
                @ExampleObject(name = "preview", value = PREVIEW_EXAMPLE)
              }))
  @APIResponse(
      responseCode = "400",
      ref = ProblemResponses.BAD_REQUEST,
      description = "An empty body, or dryRun/confirmLockOut not a boolean")
  @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
  @APIResponse(
      responseCode = "403",
      ref = ProblemResponses.FORBIDDEN,
      description = "Not an administrator")
  @APIResponse(
      responseCode = "409",
      description = "The import would retire the caller and confirmLockOut=true was not sent",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "lock-out", value = LOCK_OUT_EXAMPLE)))
  @APIResponse(
      responseCode = "415",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "charset", value = CHARSET_EXAMPLE)),
      description =
          "Not text/csv or application/json (text/plain too), or a charset other than UTF-8,"
              + " Windows-1252 and ISO-8859-1")
  @APIResponse(
      responseCode = "422",
      description =
          "A byte not valid in the charset (import-encoding: its line and column), or an invalid"
              + " organisation (import-invalid: every problem with its line and column)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = {
                @ExampleObject(name = "encoding", value = ENCODING_EXAMPLE),
                @ExampleObject(name = "invalid", value = INVALID_EXAMPLE)
              }))
  @APIResponse(responseCode = "429", ref = ProblemResponses.TOO_MANY_REQUESTS)
  @RateLimited(RateLimited.IMPORT)
  public Object importCsv(
      @QueryParam("dryRun") String dryRun,
      @QueryParam("confirmLockOut") String confirmLockOut,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      byte[] csv) {
    if (csv == null || csv.length == 0) {
      throw SamspelException.invalid("body", "the CSV file is empty");
    }
    Optional<String> charset =
        Optional.ofNullable(contentType)
            .map(MediaType::valueOf)
            .map(t -> t.getParameters().get(MediaType.CHARSET_PARAMETER));
    String text = decoded(csv, charset);
    if (text.isBlank()) {
      throw SamspelException.invalid("body", "the CSV file is empty");
    }
    return run(
        Upload.csv(text, CsvDecoding.supported(charset.orElse(null)).orElseThrow().name()),
        dryRun,
        confirmLockOut);
  }

  /**
   * Any other content type ({@code text/plain}, {@code application/xml} …): 415 naming the types
   * this address accepts. JAX-RS picks the most specific {@code @Consumes}, so JSON and CSV never
   * reach this method; the HTTP edge's own 415 can only say "not that type".
   */
  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(hidden = true)
  public Object otherType(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
    throw new SamspelException(
        SamspelException.Kind.UNSUPPORTED_CONTENT_TYPE,
        "unsupported-media-type",
        "This address imports only text/csv (UTF-8, or with charset=windows-1252 or"
            + " charset=iso-8859-1) or application/json (UTF-8), not "
            + (contentType == null ? "a body without a type" : "'" + contentType + "'"),
        List.of(
            FieldProblem.of(
                "Content-Type",
                "must be text/csv (charset utf-8, windows-1252 or iso-8859-1; none means UTF-8)"
                    + " or application/json")));
  }

  private Object run(Upload upload, String dryRun, String confirmLockOut) {
    ImportActor actor = new ImportActor(caller.personId(), caller.login());
    if (flag("dryRun", dryRun)) {
      return importOrganisation.preview(upload, actor);
    }
    ImportOutcome outcome =
        importOrganisation.apply(
            upload,
            actor,
            new Confirmation(flag("confirmLockOut", confirmLockOut), Optional.empty()));
    if (outcome instanceof ImportOutcome.WouldLockOut refusal) {
      throw lockOutProblem(refusal.lockOut());
    }
    // The API confirms no preview, so an import here is never stale.
    return ((ImportOutcome.Imported) outcome).summary();
  }

  /** 409 {@code import-would-lock-out}, naming who would be retired and why. */
  static SamspelException lockOutProblem(LockOut lockOut) {
    String who =
        lockOut.callerPerson().map(p -> p.name() + " (" + p.id().value() + ")").orElse("you");
    String detail =
        "This import would retire "
            + who
            + ": "
            + lockOut.callerReason()
            + (lockOut.noAdministratorLeft()
                ? "; and none of the configured administrators ("
                    + String.join(", ", lockOut.administratorsGone())
                    + ") would remain"
                : "")
            + ". Nothing was imported; send it again with confirmLockOut=true if that is meant.";
    return new SamspelException(
        SamspelException.Kind.CONFLICT,
        "import-would-lock-out",
        detail,
        List.of(FieldProblem.of("confirmLockOut", "must be true to import what retires " + who)));
  }

  /** The text of a CSV body, or the problem that says why it has none. */
  static String decoded(byte[] csv, Optional<String> charset) {
    CsvDecoding.Outcome outcome = CsvDecoding.decode(csv, charset);
    if (outcome instanceof CsvDecoding.Outcome.UnsupportedCharset unsupported) {
      throw new SamspelException(
          SamspelException.Kind.UNSUPPORTED_CONTENT_TYPE,
          "unsupported-media-type",
          "A CSV import is read in UTF-8, Windows-1252 or ISO-8859-1, not '"
              + unsupported.named()
              + "'",
          List.of(
              FieldProblem.of(
                  "charset", "must be utf-8, windows-1252 or iso-8859-1 (or left out: UTF-8)")));
    }
    if (outcome instanceof CsvDecoding.Outcome.Undecodable bad) {
      throw new SamspelException(
          SamspelException.Kind.UNPROCESSABLE,
          "import-encoding",
          summary(bad.fault(), CsvDecoding.supported(charset.orElse(null)).orElseThrow())
              + " at line "
              + bad.line()
              + ", column "
              + bad.column()
              + "; nothing was imported",
          List.of(problemOf(bad)));
    }
    return ((CsvDecoding.Outcome.Decoded) outcome).text();
  }

  /**
   * The refusal's field: the column of the bad byte, except for UTF-8 declared as another charset,
   * where what is wrong is the {@code charset} parameter (the column is still named in the reason).
   */
  private static FieldProblem problemOf(CsvDecoding.Outcome.Undecodable bad) {
    if (bad.fault() == CsvDecoding.Fault.LOOKS_LIKE_UTF_8) {
      return new FieldProblem(
          "charset", "column " + bad.column() + ": " + bad.reason(), bad.line());
    }
    return new FieldProblem(bad.column(), bad.reason(), bad.line());
  }

  /** The first words of an encoding refusal's detail: what kind of fault it is. */
  private static String summary(CsvDecoding.Fault fault, java.nio.charset.Charset charset) {
    return switch (fault) {
      case INVALID_BYTES -> "The file is not valid " + charset.name();
      case LOOKS_LIKE_UTF_8 ->
          "The file was declared "
              + charset.name()
              + " but looks like UTF-8 (send it without a charset or with charset=utf-8)";
      case REPLACEMENT_CHARACTER ->
          "The file contains the replacement character U+FFFD (a sign of an earlier failed"
              + " conversion)";
      case CONTROL_CHARACTER -> "The file contains a control character";
    };
  }

  /** A boolean query parameter: absent is false; anything but true/false is 400 naming it. */
  private static boolean flag(String name, String value) {
    if (value == null || value.isBlank()) {
      return false;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw SamspelException.invalid(name, "must be true or false");
    };
  }
}
