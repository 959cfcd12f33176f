package se.samspel.municipality.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samspel.common.SamspelException;
import se.samspel.common.http.ProblemResponses;
import se.samspel.municipality.application.AddMunicipality;
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

  /**
   * A municipality to add.
   *
   * @param id its four-digit SCB municipality code (99xx for a fictional one)
   * @param name its name, 1 to 200 characters
   * @param policyKey the guideline it follows: {@code kungsor} or {@code alingsas}
   */
  public record AddMunicipalityBody(
      @Schema(example = "1489") String id,
      @Schema(example = "Alingsås kommun") String name,
      @Schema(example = "alingsas") String policyKey) {}

  private final Municipalities municipalities;
  private final AddMunicipality add;
  private final SecurityIdentity identity;

  public MunicipalityResource(
      Municipalities municipalities, AddMunicipality add, SecurityIdentity identity) {
    this.municipalities = municipalities;
    this.add = add;
    this.identity = identity;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.DEPLOYMENT_ADMINISTRATOR)
  @Operation(
      summary = "Add a municipality to the deployment",
      description =
          "For administrators of the deployment (the identity provider's administrator group"
              + " itself). The municipality starts with the guidelines shipped with Samspel and"
              + " an empty organisation: import it next at /api/{municipalityId}/organisation/"
              + "import.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "Alingsås",
                      value =
                          "{\"id\":\"1489\",\"name\":\"Alingsås kommun\","
                              + "\"policyKey\":\"alingsas\"}")))
  @APIResponse(
      responseCode = "201",
      description = "Added; Location names it",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MunicipalityView.class)))
  @APIResponse(
      responseCode = "400",
      ref = ProblemResponses.BAD_REQUEST,
      description =
          "An id that is not four digits, a missing or too long name, an unknown guideline")
  @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
  @APIResponse(
      responseCode = "409",
      ref = ProblemResponses.CONFLICT,
      description = "The deployment already serves that municipality (municipality-exists)")
  public Response add(@NotNull AddMunicipalityBody body) {
    Municipality added =
        add.add(body.id(), body.name(), body.policyKey(), identity.getPrincipal().getName());
    return Response.created(URI.create("/api/municipalities/" + added.id().value()))
        .entity(MunicipalityView.of(added))
        .build();
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
