package se.samspel.audit.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samspel.audit.application.AuditLog;
import se.samspel.audit.domain.AdministrativeAction;
import se.samspel.audit.domain.AuditFilter;
import se.samspel.common.http.Page;
import se.samspel.common.http.Paging;
import se.samspel.common.http.ProblemResponses;
import se.samspel.organisation.domain.Roles;

/** The administrators' audit trail, newest first: administrators only. */
@Path("/api/administration/audit")
@Tag(name = "Administration")
@RolesAllowed(Roles.ADMINISTRATOR)
public class AuditResource {

  static final String EXAMPLE =
      "{\"items\":[{\"id\":8,\"kind\":\"POLICY_UPLOADED\",\"actorPerson\":\"P-ADMIN\","
          + "\"actorLogin\":\"admin\",\"at\":\"2026-11-30T07:02:00Z\",\"revision\":null,"
          + "\"summary\":{\"key\":\"kungsor\",\"version\":2,\"validFrom\":\"2023-03-13\","
          + "\"rules\":24,\"contentHash\":\"9f2c…\"}},"
          + "{\"id\":7,\"kind\":\"ORGANISATION_IMPORTED\",\"actorPerson\":\"P-ADMIN\","
          + "\"actorLogin\":\"admin\",\"at\":\"2026-11-30T06:10:00Z\",\"revision\":3,"
          + "\"summary\":{\"format\":\"csv\",\"charset\":\"windows-1252\",\"unitsCreated\":0,"
          + "\"peopleRetired\":2}}],\"page\":0,\"size\":20,\"total\":2}";

  /**
   * One entry.
   *
   * @param kind one of {@link AdministrativeAction.Kind}: {@code ORGANISATION_IMPORTED}, {@code
   *     ORGANISATION_IMPORT_REFUSED}, {@code PERSONAL_DATA_EXPORTED}, {@code
   *     RETENTION_POLICY_CHANGED}, {@code RETENTION_APPLIED}, {@code POLICY_UPLOADED}, {@code
   *     PERSONAL_DATA_REDACTED}, {@code SUBSTITUTE_NAMED_FOR_ANOTHER}, {@code
   *     SUBSTITUTION_ENDED_FOR_ANOTHER}
   * @param actorPerson the external id of the actor's person; null for an administrator by group
   *     only, for the demo seed at start and for culling runs
   * @param actorLogin the login the actor's token named; null where the use case knows only the
   *     person (substitutions)
   * @param at when it was done (UTC)
   * @param revision the organisation revision an import produced; null for every other kind
   * @param summary by kind: format, charset and counts of an import; the reason of a refusal; the
   *     person and the count of each section of an export; the periods and decision of a retention
   *     change; the key, version, validity, rule count and content hash of a policy upload; the
   *     person and the entries blanked of a redaction; the substitution, absent person, substitute
   *     and period (or first day without) of a substitution. Ids, versions, counts and dates only,
   *     never free text
   */
  public record Entry(
      long id,
      String kind,
      String actorPerson,
      String actorLogin,
      Instant at,
      Long revision,
      Map<String, Object> summary) {

    static Entry of(AdministrativeAction a) {
      return new Entry(
          a.id(),
          a.kind().name(),
          a.actorPerson().orElse(null),
          a.actorLogin().orElse(null),
          a.at(),
          a.revision().orElse(null),
          a.summary());
    }
  }

  private final AuditLog log;

  public AuditResource(AuditLog log) {
    this.log = log;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "The administrators' audit trail",
      description =
          "Organisation imports (who, when, format, charset, counts, revision), imports refused"
              + " because they would lock their caller out, exports of a person's data (GDPR"
              + " art. 15: the person and the count of each section), retention decisions and"
              + " culling runs, policy uploads (key and version), redactions of the deviation"
              + " record (person and entries) and substitutions named or ended for another;"
              + " newest first, paged, filtered by kind and time.")
  @APIResponse(
      responseCode = "200",
      description = "A page of entries",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "trail", value = EXAMPLE)))
  @APIResponse(
      responseCode = "400",
      ref = ProblemResponses.BAD_REQUEST,
      description =
          "An unknown kind, a from or to that is not ISO-8601, to before from, or page"
              + " or size out of range; errors names the parameter")
  @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
  @APIResponse(
      responseCode = "403",
      ref = ProblemResponses.FORBIDDEN,
      description = "Not an administrator")
  public Page<Entry> list(
      @Parameter(
              description = "Entries of this kind only",
              example = "POLICY_UPLOADED",
              schema = @Schema(implementation = AdministrativeAction.Kind.class))
          @QueryParam("kind")
          String kind,
      @Parameter(
              description =
                  "Entries at or after: an ISO-8601 instant with its offset, or a day (from its"
                      + " start in the municipality's time zone)",
              example = "2026-11-01")
          @QueryParam("from")
          String from,
      @Parameter(
              description =
                  "Entries before: an ISO-8601 instant with its offset, or a day (up to its end)",
              example = "2026-11-30T23:00:00Z")
          @QueryParam("to")
          String to,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    AuditFilter filter = log.filter(kind, from, to);
    Paging.Request paging = Paging.of(page, size);
    AuditLog.Entries entries = log.newestFirst(filter, paging.page(), paging.size());
    return new Page<>(
        entries.items().stream().map(Entry::of).toList(),
        paging.page(),
        paging.size(),
        entries.total());
  }
}
