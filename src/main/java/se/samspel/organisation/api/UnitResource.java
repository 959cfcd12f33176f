package se.samspel.organisation.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samspel.common.SamspelException;
import se.samspel.common.http.Page;
import se.samspel.common.http.Paging;
import se.samspel.common.http.ProblemResponses;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.application.OrganisationViews;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.Roles;
import se.samspel.organisation.domain.Unit;
import se.samspel.organisation.domain.UnitId;
import se.samspel.organisation.domain.UnitKind;

/** Reading the unit tree and single units: anyone of the organisation. */
@Path("/api/units")
@Tag(name = "Organisation")
@RolesAllowed(Roles.MEMBER)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
@APIResponse(
    responseCode = "403",
    ref = ProblemResponses.FORBIDDEN,
    description = "Not a person of the organisation")
public class UnitResource {

  private final OrganisationDirectory directory;
  private final Clock clock;

  public UnitResource(OrganisationDirectory directory, Clock clock) {
    this.directory = directory;
    this.clock = clock;
  }

  @GET
  @Operation(summary = "List units, optionally of one kind, sorted by name")
  @APIResponse(
      responseCode = "200",
      description = "A page of units",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "departments", value = ApiDocs.UNIT_PAGE)))
  @APIResponse(
      responseCode = "400",
      ref = ProblemResponses.BAD_REQUEST,
      description = "A bad kind, page or size")
  public Page<OrganisationViews.UnitRef> list(
      @Parameter(description = "Only units of this kind", example = "DEPARTMENT")
          @QueryParam("kind")
          String kind,
      @Parameter(description = "0-based page", example = "0") @QueryParam("page") String page,
      @Parameter(description = "Page size, at most 100", example = "20") @QueryParam("size")
          String size) {
    UnitKind filter = Paging.enumOrNull("kind", kind, UnitKind.class);
    Paging.Request paging = Paging.of(page, size);
    List<OrganisationViews.UnitRef> units =
        directory.current().organisation().units().stream()
            .filter(u -> filter == null || u.kind() == filter)
            .sorted(Comparator.comparing(Unit::name).thenComparing(u -> u.id().value()))
            .map(OrganisationViews::unitRef)
            .toList();
    return Page.of(units, paging.page(), paging.size());
  }

  @GET
  @Path("/tree")
  @Operation(summary = "The unit tree from the municipality down")
  @APIResponse(
      responseCode = "200",
      description = "The tree",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "tree", value = ApiDocs.UNIT_TREE)))
  @APIResponse(
      responseCode = "400",
      ref = ProblemResponses.BAD_REQUEST,
      description = "A bad depth")
  @APIResponse(
      responseCode = "404",
      ref = ProblemResponses.NOT_FOUND,
      description = "No organisation has been imported")
  public OrganisationViews.UnitNode tree(
      @Parameter(description = "How many levels below the root, 1 to 50", example = "3")
          @QueryParam("depth")
          String depth) {
    int levels = Paging.number("depth", depth == null ? "50" : depth, 1, 50);
    OrganisationGraph graph = directory.current();
    Unit root =
        graph.root().orElseThrow(() -> SamspelException.notFound("organisation", "current"));
    return OrganisationViews.tree(graph, root, levels);
  }

  @GET
  @Path("/{id}")
  @Operation(
      summary = "A unit: its place in the tree, its department head, committee, chair, positions")
  @APIResponse(
      responseCode = "200",
      description = "The unit",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "department", value = ApiDocs.UNIT)))
  @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND, description = "No such unit")
  public OrganisationViews.UnitDetail get(
      @Parameter(description = "The unit's external id", example = "U-BUF") @PathParam("id")
          String id) {
    OrganisationGraph graph = directory.current();
    Unit unit = graph.unit(new UnitId(id)).orElseThrow(() -> SamspelException.notFound("unit", id));
    return OrganisationViews.unitDetail(graph, unit, LocalDate.now(clock));
  }
}
