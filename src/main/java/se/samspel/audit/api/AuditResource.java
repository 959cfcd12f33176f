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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samspel.audit.application.AuditLog;
import se.samspel.audit.domain.AdministrativeAction;
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
      "{\"items\":[{\"id\":7,\"kind\":\"ORGANISATION_IMPORTED\",\"actorPerson\":\"P-ADMIN\","
          + "\"actorLogin\":\"admin\",\"at\":\"2026-11-30T06:10:00Z\",\"revision\":3,"
          + "\"summary\":{\"format\":\"csv\",\"charset\":\"windows-1252\",\"unitsCreated\":0,"
          + "\"peopleRetired\":2}}],\"page\":0,\"size\":20,\"total\":1}";

  /**
   * One entry.
   *
   * @param kind {@code ORGANISATION_IMPORTED}, {@code ORGANISATION_IMPORT_REFUSED} or {@code
   *     PERSONAL_DATA_EXPORTED}
   * @param actorPerson the external id of the administrator's person; null for an administrator by
   *     group only, and for the demo seed at start
   * @param revision the organisation revision an import produced; null for a refusal
   * @param summary format, charset and counts of an import; the reason of a refusal; the person and
   *     the count of each section of an export
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
              + " because they would lock their caller out, and exports of a person's data (GDPR"
              + " art. 15: the person and the count of each section); newest first, paged.")
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
      description = "page or size out of range")
  @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
  @APIResponse(
      responseCode = "403",
      ref = ProblemResponses.FORBIDDEN,
      description = "Not an administrator")
  public Page<Entry> list(@QueryParam("page") String page, @QueryParam("size") String size) {
    Paging.Request paging = Paging.of(page, size);
    AuditLog.Entries entries = log.newestFirst(paging.page(), paging.size());
    return new Page<>(
        entries.items().stream().map(Entry::of).toList(),
        paging.page(),
        paging.size(),
        entries.total());
  }
}
