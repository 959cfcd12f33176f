package se.samspel.organisation.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samspel.common.http.Page;
import se.samspel.common.http.Paging;
import se.samspel.common.http.ProblemResponses;
import se.samspel.organisation.application.FindPeople;
import se.samspel.organisation.domain.Roles;

/**
 * The organisation's search for intranet forms (issue 15): positions or people by part of a name,
 * title or unit, ranked, paged. The same search the pages' choosers use.
 */
@Path("/api/organisation/search")
@Tag(name = "Organisation")
@RolesAllowed(Roles.MEMBER)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
@APIResponse(
    responseCode = "403",
    ref = ProblemResponses.FORBIDDEN,
    description = "Not a person of the organisation")
public class SearchResource {

  private final FindPeople findPeople;

  public SearchResource(FindPeople findPeople) {
    this.findPeople = findPeople;
  }

  @GET
  @Operation(
      summary = "Find positions or people by part of a name, title or unit",
      description =
          "Every word of q must occur in a name, title or unit name, compared without case and"
              + " accents, except that å, ä and ö are letters of their own (a does not find å)."
              + " The best come first: a name beats a title, a title beats a unit; a whole word"
              + " beats its beginning, which beats its middle; then by name and id. type=position"
              + " (the default) gives one result per post with its holder today; type=person one"
              + " per person with the posts they hold today. Retired people and posts are never"
              + " found.")
  @APIResponse(
      responseCode = "200",
      description = "A page of the best matches; total counts them all",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = {
                @ExampleObject(name = "position", value = ApiDocs.SEARCH_POSITIONS),
                @ExampleObject(name = "person", value = ApiDocs.SEARCH_PEOPLE)
              }))
  @APIResponse(
      responseCode = "400",
      ref = ProblemResponses.BAD_REQUEST,
      description =
          "q missing, shorter than 2 or longer than 100 characters; a bad type, page or size")
  public Page<?> search(
      @Parameter(
              description = "Words of a name, title or unit: 2–100 characters",
              required = true,
              example = "lars ek")
          @QueryParam("q")
          String query,
      @Parameter(
              description = "position (default) or person",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"position", "person"}))
          @QueryParam("type")
          String type,
      @Parameter(description = "0-based page number", example = "0") @QueryParam("page")
          String page,
      @Parameter(description = "Page size, 1–100", example = "20") @QueryParam("size")
          String size) {
    FindPeople.Kind kind = Paging.enumOrNull("type", type, FindPeople.Kind.class);
    Paging.Request paging = Paging.of(page, size);
    int offset = paging.page() * paging.size();
    FindPeople.Results<?> results =
        kind == FindPeople.Kind.PERSON
            ? findPeople.people(query, offset, paging.size())
            : findPeople.positions(query, offset, paging.size());
    return new Page<>(List.copyOf(results.items()), paging.page(), paging.size(), results.total());
  }
}
