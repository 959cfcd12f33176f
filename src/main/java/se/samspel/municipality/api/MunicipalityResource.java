package se.samspel.municipality.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samspel.common.SamspelException;
import se.samspel.common.http.ProblemResponses;
import se.samspel.municipality.application.Municipalities;
import se.samspel.municipality.domain.Municipality;
import se.samspel.municipality.domain.MunicipalityId;
import se.samspel.organisation.domain.Roles;

/** The municipalities of the deployment and their addresses (issue 16). */
@Path("/api/municipalities")
@Tag(name = "Municipalities")
@RolesAllowed(Roles.MEMBER)
public class MunicipalityResource {

  static final String EXAMPLE =
      "{\"id\":\"9901\",\"name\":\"Mälarviks kommun\",\"fictional\":true,"
          + "\"api\":\"/api/9901\",\"pages\":\"/9901\"}";

  /**
   * A municipality the deployment serves.
   *
   * @param id the four-digit SCB municipality code
   * @param fictional whether the code lies outside SCB's range (99xx: demo and tests)
   * @param api the base of its API addresses, e.g. {@code /api/9901/requests/mine}
   * @param pages the base of its pages, e.g. {@code /9901/kontakta}
   */
  public record MunicipalityView(
      @Schema(example = "9901") String id,
      @Schema(example = "Mälarviks kommun") String name,
      boolean fictional,
      @Schema(example = "/api/9901") String api,
      @Schema(example = "/9901") String pages) {

    static MunicipalityView of(Municipality m) {
      String id = m.id().value();
      return new MunicipalityView(id, m.name(), m.id().fictional(), "/api/" + id, "/" + id);
    }
  }

  private final Municipalities municipalities;

  public MunicipalityResource(Municipalities municipalities) {
    this.municipalities = municipalities;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "The municipalities of this deployment",
      description =
          "Each with its SCB code, which is the municipality id of its addresses"
              + " (/api/{municipalityId}/… and /{municipalityId}/…), in the order they were added.")
  @APIResponse(
      responseCode = "200",
      description = "The municipalities",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MunicipalityView[].class),
              examples = @ExampleObject(name = "demo", value = "[" + EXAMPLE + "]")))
  @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
  public List<MunicipalityView> all() {
    return municipalities.all().stream().map(MunicipalityView::of).toList();
  }

  @GET
  @Path("/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One municipality of this deployment")
  @APIResponse(
      responseCode = "200",
      description = "The municipality",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MunicipalityView.class),
              examples = @ExampleObject(name = "demo", value = EXAMPLE)))
  @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
  @APIResponse(
      responseCode = "404",
      ref = ProblemResponses.NOT_FOUND,
      description = "Not a municipality of this deployment")
  public MunicipalityView one(@PathParam("id") String id) {
    MunicipalityId code =
        MunicipalityId.parse(id).orElseThrow(() -> SamspelException.notFound("municipality", id));
    return MunicipalityView.of(municipalities.require(code));
  }
}
