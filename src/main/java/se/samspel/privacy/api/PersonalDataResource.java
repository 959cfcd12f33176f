package se.samspel.privacy.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samspel.common.http.ProblemResponses;
import se.samspel.organisation.application.CurrentCaller;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.Roles;
import se.samspel.privacy.application.ExportPersonalData;
import se.samspel.privacy.application.PersonalDataExport;

/**
 * A person's right of access (GDPR art. 15): everything Samspel holds about a person, as one JSON
 * attachment, for an administrator to hand over. Whistleblowing reports someone else made are only
 * named as withheld (lag (2021:890) om skydd för personer som rapporterar om missförhållanden).
 * Each export is kept in the audit trail ({@code PERSONAL_DATA_EXPORTED}).
 *
 * <p>The export is of the addressed municipality ({@code /api/{municipalityId}/administration/…};
 * the unscoped address is the first municipality's): its organisation, requests, record, site
 * visits and audit trail, nothing of another's.
 *
 * <p>401 without a valid token, 403 for anyone but an administrator of the municipality, 404 for a
 * person the organisation neither lists nor remembers as retired, and for a person, administrator
 * or system of another municipality; all problem+json.
 */
@Path("/api/administration/people/{id}/export")
@Tag(name = "Administration")
@RolesAllowed(Roles.ADMINISTRATOR)
public class PersonalDataResource {

  static final String EXAMPLE =
      "{\"person\":{\"id\":\"P-REKTOR\",\"name\":\"Eva Sjöberg\",\"email\":"
          + "\"eva.sjoberg@malarvik.se\",\"login\":\"rektor\",\"retired\":false},"
          + "\"exportedAt\":\"2026-11-30T09:12:00Z\",\"positions\":[{\"id\":\"POS-REKTOR-1\","
          + "\"title\":\"Rektor Ekbackens skola\",\"kind\":\"UNIT_MANAGER\",\"unit\":{\"id\":"
          + "\"U-SKOLA-1\",\"name\":\"Ekbackens skola\",\"kind\":\"UNIT\"},\"holder\":{\"id\":"
          + "\"P-REKTOR\",\"name\":\"Eva Sjöberg\",\"retired\":false},\"acting\":false,"
          + "\"vacant\":false}],\"formerPositions\":[],\"requests\":{\"made\":[{\"id\":"
          + "\"7b0c6a52-3d1e-4f7a-9a43-1f2e3d4c5b6a\",\"status\":\"COMPLETED\",\"subject\":"
          + "\"Lokalbehovet hösten 2027\",\"kind\":\"DIALOGUE\",\"requester\":{\"id\":"
          + "\"P-REKTOR\",\"name\":\"Eva Sjöberg\",\"retired\":false},\"history\":[{\"at\":"
          + "\"2026-11-02T08:00:00Z\",\"event\":\"SUBMITTED\",\"to\":\"AWAITING_ACTION\"}]}],"
          + "\"onRoute\":[{\"id\":\"5e2d…\",\"status\":\"AWAITING_ACTION\",\"kind\":"
          + "\"DIALOGUE\",\"subject\":\"Besök på Ekbackens skola\"}],\"concerning\":[{\"kind\":"
          + "\"SUSPECTED_WRONGDOING\",\"status\":\"AWAITING_ACTION\",\"createdAt\":"
          + "\"2026-11-20T10:00:00Z\",\"withheld\":\"lag (2021:890)\"}]},\"deviations\":[{\"seq\":"
          + "42,\"recordedAt\":\"2026-11-23T09:15:00.123456Z\",\"occurredAt\":"
          + "\"2026-11-20T13:05:00Z\",\"kind\":\"REPORTED_CONTACT\",\"policyKey\":\"kungsor\","
          + "\"policyVersion\":1,\"rule\":\"K-DIRECT-STAFF\",\"ruleTitle\":\"Kontakt med"
          + " medarbetare\",\"summary\":\"Direct contact instead of via the department head\","
          + "\"namedAs\":[\"TARGET\"]}],\"substitutions\":[{\"id\":"
          + "\"0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b\",\"roles\":[\"SUBSTITUTE\"],\"absent\":"
          + "{\"id\":\"P-FC-BUF\",\"name\":\"Eva Holm\",\"retired\":false},\"substitute\":{\"id\":"
          + "\"P-REKTOR\",\"name\":\"Eva Sjöberg\",\"retired\":false},\"from\":\"2026-12-21\","
          + "\"to\":\"2027-01-06\",\"lastDay\":\"2027-01-06\",\"status\":\"PLANNED\",\"reason\":"
          + "null,\"namedBy\":{\"id\":\"P-FC-BUF\",\"name\":\"Eva Holm\",\"retired\":false},"
          + "\"namedAt\":\"2026-11-25T14:00:00Z\",\"endedBy\":null,\"endedAt\":null}],"
          + "\"siteVisits\":[],\"administrativeActions\":[],\"mentionedInText\":[{\"source\":"
          + "\"SITE_VISIT\",\"id\":\"3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a98\",\"field\":\"note\","
          + "\"at\":\"2026-11-18T15:02:00Z\",\"text\":\"Pratade med rektor Eva Sjöberg om"
          + " lokalerna\"}]}";

  private final ExportPersonalData export;
  private final CurrentCaller caller;
  private final Clock clock;

  public PersonalDataResource(ExportPersonalData export, CurrentCaller caller, Clock clock) {
    this.export = export;
    this.caller = caller;
    this.clock = clock;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Everything Samspel holds about a person (GDPR art. 15)",
      description =
          "The person; the posts they hold today; the requests they made (in full, their own"
              + " whistleblowing reports included), those where they acted or a step waited on"
              + " them (onRoute), and those whose target is a post they hold or held (concerning),"
              + " each request once, in the first of these sections it belongs to; the deviation"
              + " record's entries naming them, without other people's personal data; their"
              + " substitutions, site visits and actions as an administrator; the posts they held"
              + " that an import has retired since (formerPositions; requests addressed to them"
              + " while they held them are under concerning); and every free text that names them"
              + " by name, login, id or e-mail as a whole word in any case (mentionedInText:"
              + " source REQUEST, DEVIATION or SITE_VISIT, id, field, at, text). A whistleblowing"
              + " report someone else made shows only its kind, status and createdAt, with"
              + " \"withheld\": \"lag (2021:890)\" (lag (2021:890) om skydd för personer som"
              + " rapporterar om missförhållanden), never who made it nor what it is about; one"
              + " whose text names them is in mentionedInText only as {source, kind, at,"
              + " withheld}. The export is of the addressed municipality only. The"
              + " export is an attachment, samspel-<id>-<date>.json, and is kept in the audit"
              + " trail as PERSONAL_DATA_EXPORTED with the section counts.")
  @APIResponse(
      responseCode = "200",
      description = "The export, as an attachment",
      headers =
          @Header(
              name = "Content-Disposition",
              description = "attachment; filename=\"samspel-<id>-<date>.json\"",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PersonalDataExport.class),
              examples = @ExampleObject(name = "a head teacher", value = EXAMPLE)))
  @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
  @APIResponse(
      responseCode = "403",
      ref = ProblemResponses.FORBIDDEN,
      description = "Not an administrator")
  @APIResponse(
      responseCode = "404",
      ref = ProblemResponses.NOT_FOUND,
      description =
          "No such person, neither in the organisation nor retired by an import; or the caller is"
              + " of another municipality")
  public Response export(
      @Parameter(description = "The person's external id", example = "P-REKTOR") @PathParam("id")
          String id) {
    PersonalDataExport document =
        export.export(
            new PersonId(id),
            new ExportPersonalData.Administrator(caller.personId(), caller.login()));
    return Response.ok(document, MediaType.APPLICATION_JSON)
        .header(
            "Content-Disposition",
            "attachment; filename=\"samspel-"
                + fileSafe(id)
                + "-"
                + LocalDate.now(clock)
                + ".json\"")
        .build();
  }

  /** The id as a file name may carry it: anything but letters, digits, '.', '_', '-' as '_'. */
  static String fileSafe(String id) {
    return id.replaceAll("[^A-Za-z0-9._-]", "_");
  }
}
