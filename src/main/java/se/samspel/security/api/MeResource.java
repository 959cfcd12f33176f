package se.samspel.security.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samspel.common.http.ProblemResponses;
import se.samspel.organisation.application.CurrentCaller;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.Person;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.Roles;

/** Who the caller is, as Samspel sees them. */
@Path("/api/me")
@Tag(name = "Authentication")
public class MeResource {

  private final CurrentCaller caller;
  private final OrganisationDirectory directory;
  private final Clock clock;

  public MeResource(CurrentCaller caller, OrganisationDirectory directory, Clock clock) {
    this.caller = caller;
    this.directory = directory;
    this.clock = clock;
  }

  /** The caller: their person, the positions they hold today, and the roles those give. */
  public record Me(String personId, String name, List<HeldPosition> positions, Set<String> roles) {}

  /** A position the caller holds today. */
  public record HeldPosition(String id, String title, String kind, String unitId, boolean acting) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.MEMBER)
  @Operation(summary = "Who am I: my person, my positions today and my roles")
  @APIResponse(
      responseCode = "200",
      description = "The caller",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "KD",
                      value =
                          "{\"personId\":\"P-KD\",\"name\":\"Karin Holm\",\"positions\":[{\"id\":"
                              + "\"POS-KD\",\"title\":\"Kommundirektör\",\"kind\":"
                              + "\"MUNICIPAL_DIRECTOR\",\"unitId\":\"U-KLF\",\"acting\":false}],"
                              + "\"roles\":[\"department-head\",\"kd\",\"manager\",\"member\","
                              + "\"staff\"]}")))
  @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
  @APIResponse(
      responseCode = "403",
      ref = ProblemResponses.FORBIDDEN,
      description = "Not a person of the organisation")
  public Me me() {
    PersonId id = caller.requirePerson();
    OrganisationGraph graph = directory.current();
    Person person = graph.person(id).orElseThrow();
    LocalDate today = LocalDate.now(clock);
    List<HeldPosition> positions =
        graph.positionsHeldBy(id, today).stream()
            .map(
                p ->
                    new HeldPosition(
                        p.id().value(),
                        p.title(),
                        p.kind().name(),
                        p.unit().value(),
                        p.actingOn(today).isPresent()))
            .toList();
    return new Me(id.value(), person.name(), positions, new TreeSet<>(caller.roles()));
  }
}
