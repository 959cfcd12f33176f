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
import se.samspel.organisation.application.FindPeople;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.application.OrganisationViews;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.Person;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.Roles;

/** Finding people and the positions they hold: anyone of the organisation. */
@Path("/api/people")
@Tag(name = "Organisation")
@RolesAllowed(Roles.MEMBER)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
@APIResponse(
    responseCode = "403",
    ref = ProblemResponses.FORBIDDEN,
    description = "Not a person of the organisation")
public class PersonResource {

  private final OrganisationDirectory directory;
  private final FindPeople findPeople;
  private final Clock clock;

  public PersonResource(OrganisationDirectory directory, FindPeople findPeople, Clock clock) {
    this.directory = directory;
    this.findPeople = findPeople;
    this.clock = clock;
  }

  @GET
  @Operation(
      summary =
          "People: all, by name; or, with q, found by part of a name, title or unit, best first"
              + " (the search of GET /api/organisation/search?type=person)")
  @APIResponse(
      responseCode = "200",
      description = "A page of people",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "search", value = ApiDocs.PERSON_PAGE)))
  @APIResponse(
      responseCode = "400",
      ref = ProblemResponses.BAD_REQUEST,
      description = "A query shorter than 2 or longer than 100 characters; a bad page or size")
  public Page<OrganisationViews.PersonRef> search(
      @Parameter(
              description =
                  "Words of a name, title or unit (2–100 characters); all people when empty",
              example = "sara")
          @QueryParam("q")
          String query,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Paging.Request paging = Paging.of(page, size);
    if (query != null && !query.isBlank()) {
      // The one search of the organisation, ranked (see GET /api/organisation/search).
      FindPeople.Results<FindPeople.PersonHit> found =
          findPeople.people(query, paging.page() * paging.size(), paging.size());
      return new Page<>(
          found.items().stream()
              .map(hit -> new OrganisationViews.PersonRef(hit.id(), hit.name()))
              .toList(),
          paging.page(),
          paging.size(),
          found.total());
    }
    List<Person> everyone =
        directory.current().organisation().people().stream()
            .sorted(Comparator.comparing(Person::name).thenComparing(p -> p.id().value()))
            .toList();
    return Page.of(
        everyone.stream().map(OrganisationViews::personRef).toList(), paging.page(), paging.size());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "A person and the positions they hold today")
  @APIResponse(
      responseCode = "200",
      description = "The person",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "teacher", value = ApiDocs.PERSON)))
  @APIResponse(
      responseCode = "404",
      ref = ProblemResponses.NOT_FOUND,
      description = "No such person")
  public OrganisationViews.PersonDetail get(
      @Parameter(description = "The person's external id", example = "P-0100") @PathParam("id")
          String id) {
    OrganisationGraph graph = directory.current();
    Person person =
        graph.person(new PersonId(id)).orElseThrow(() -> SamspelException.notFound("person", id));
    return OrganisationViews.personDetail(graph, person, LocalDate.now(clock));
  }
}
