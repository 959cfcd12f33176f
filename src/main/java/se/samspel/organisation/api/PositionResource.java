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
import se.samspel.organisation.domain.Position;
import se.samspel.organisation.domain.PositionId;
import se.samspel.organisation.domain.PositionKind;
import se.samspel.organisation.domain.Roles;
import se.samspel.organisation.domain.UnitId;

/** Reading positions, their holders and chains of command: anyone of the organisation. */
@Path("/api/positions")
@Tag(name = "Organisation")
@RolesAllowed(Roles.MEMBER)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
@APIResponse(
    responseCode = "403",
    ref = ProblemResponses.FORBIDDEN,
    description = "Not a person of the organisation")
public class PositionResource {

  private final OrganisationDirectory directory;
  private final Clock clock;

  public PositionResource(OrganisationDirectory directory, Clock clock) {
    this.directory = directory;
    this.clock = clock;
  }

  @GET
  @Operation(summary = "List positions, by kind and/or unit, sorted by title")
  @APIResponse(
      responseCode = "200",
      description = "A page of positions with their holders today",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "heads",
                      value =
                          "{\"items\":[{\"id\":\"POS-FC-BUF\",\"title\":\"Förvaltningschef\","
                              + "\"kind\":\"DEPARTMENT_HEAD\",\"vacant\":false}],\"page\":0,"
                              + "\"size\":20,\"total\":1}")))
  @APIResponse(
      responseCode = "400",
      ref = ProblemResponses.BAD_REQUEST,
      description = "A bad kind, page or size")
  public Page<OrganisationViews.PositionRef> list(
      @Parameter(description = "Only positions of this kind", example = "DEPARTMENT_HEAD")
          @QueryParam("kind")
          String kind,
      @Parameter(description = "Only positions in this unit", example = "U-BUF") @QueryParam("unit")
          String unit,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    PositionKind filter = Paging.enumOrNull("kind", kind, PositionKind.class);
    Paging.Request paging = Paging.of(page, size);
    OrganisationGraph graph = directory.current();
    List<Position> source =
        unit == null || unit.isBlank()
            ? graph.organisation().positions()
            : graph.positionsIn(new UnitId(unit.trim()));
    LocalDate today = LocalDate.now(clock);
    List<OrganisationViews.PositionRef> positions =
        source.stream()
            .filter(p -> filter == null || p.kind() == filter)
            .sorted(Comparator.comparing(Position::title).thenComparing(p -> p.id().value()))
            .map(p -> OrganisationViews.positionRef(graph, p, today))
            .toList();
    return Page.of(positions, paging.page(), paging.size());
  }

  @GET
  @Path("/{id}")
  @Operation(
      summary = "A position: its holder today (acting where appointed), and its chain of command")
  @APIResponse(
      responseCode = "200",
      description = "The position",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "teacher", value = ApiDocs.POSITION)))
  @APIResponse(
      responseCode = "404",
      ref = ProblemResponses.NOT_FOUND,
      description = "No such position")
  public OrganisationViews.PositionDetail get(
      @Parameter(description = "The position's external id", example = "POS-KD") @PathParam("id")
          String id) {
    OrganisationGraph graph = directory.current();
    Position position =
        graph
            .position(new PositionId(id))
            .orElseThrow(() -> SamspelException.notFound("position", id));
    return OrganisationViews.positionDetail(graph, position, LocalDate.now(clock));
  }
}
