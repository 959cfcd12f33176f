package se.samspel.organisation.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samspel.common.SamspelException;
import se.samspel.common.http.Problem;
import se.samspel.common.http.ProblemResponses;
import se.samspel.common.http.RateLimited;
import se.samspel.organisation.application.CurrentCaller;
import se.samspel.organisation.application.ImportOrganisation;
import se.samspel.organisation.domain.OrganisationStore.ImportSummary;
import se.samspel.organisation.domain.Roles;
import se.samspel.organisation.importing.OrganisationImportRequest;

/** Importing the whole organisation: administrators only. */
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
      summary = "Import the whole organisation as JSON",
      description =
          "Validates everything first and writes nothing unless all is valid. Known external ids"
              + " are updated in place; what the document no longer lists is retired.")
  @APIResponse(
      responseCode = "200",
      description = "Imported",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "summary", value = SUMMARY_EXAMPLE)))
  @APIResponse(
      responseCode = "400",
      ref = ProblemResponses.BAD_REQUEST,
      description = "Malformed JSON or a value of the wrong type")
  @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
  @APIResponse(
      responseCode = "403",
      ref = ProblemResponses.FORBIDDEN,
      description = "Not an administrator")
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
  public ImportSummary importJson(OrganisationImportRequest request) {
    if (request == null) {
      throw SamspelException.invalid("body", "an organisation document is required");
    }
    return importOrganisation.importDocument(request.toDocument(), caller.describe());
  }

  @POST
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Import the whole organisation as an HR system's CSV export",
      description =
          "One line per position with its unit and holder; see docs/organisation-import-sample.csv"
              + " and the README for the columns. Validated like the JSON import; problems name"
              + " the line and the column.")
  @APIResponse(
      responseCode = "200",
      description = "Imported",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "summary", value = SUMMARY_EXAMPLE)))
  @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
  @APIResponse(
      responseCode = "403",
      ref = ProblemResponses.FORBIDDEN,
      description = "Not an administrator")
  @APIResponse(
      responseCode = "422",
      ref = ProblemResponses.UNPROCESSABLE,
      description = "The organisation is invalid: every problem, with its line and column")
  @APIResponse(responseCode = "429", ref = ProblemResponses.TOO_MANY_REQUESTS)
  @RateLimited(RateLimited.IMPORT)
  public ImportSummary importCsv(String csv) {
    if (csv == null || csv.isBlank()) {
      throw SamspelException.invalid("body", "the CSV file is empty");
    }
    return importOrganisation.importCsv(csv, caller.describe());
  }
}
