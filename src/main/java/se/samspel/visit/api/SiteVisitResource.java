package se.samspel.visit.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samspel.common.SamspelException;
import se.samspel.common.http.Page;
import se.samspel.common.http.Paging;
import se.samspel.common.http.ProblemResponses;
import se.samspel.organisation.application.CurrentCaller;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.domain.Roles;
import se.samspel.policy.application.PolicyCatalog;
import se.samspel.visit.application.ReadSiteVisits;
import se.samspel.visit.application.RegisterSiteVisit;
import se.samspel.visit.application.SiteVisitViews;
import se.samspel.visit.application.SiteVisitViews.SiteVisitView;
import se.samspel.visit.domain.SiteVisit;
import se.samspel.visit.domain.SiteVisitId;

/**
 * Site visits registered afterwards (Alingsås, <i>Kommunikation</i>: "Det kan finnas anledningar
 * till att göra spontana verksamhetsbesök, men majoriteten av verksamhetsbesöken ska samordnas med
 * aktuell nämnd/styrelse och förvaltningsledning."): register one, list the ones you may read, read
 * one.
 */
@Path("/api/site-visits")
@Tag(name = "Site visits")
@RolesAllowed(Roles.MEMBER)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
public class SiteVisitResource {

  static final String VISIT =
      "{\"id\":\"0d9e4f1a-7c2b-4e5d-8a6f-3b2c1d0e9f87\",\"visitor\":{\"id\":\"P-POL\","
          + "\"name\":\"Maria Berg\"},\"visitorPosition\":{\"id\":\"POS-BUN-LED-POL\",\"title\":"
          + "\"Ledamot\",\"kind\":\"ELECTED_MEMBER\"},\"unit\":{\"id\":\"U-SKOLA-1\",\"name\":"
          + "\"Ekbackens skola\",\"kind\":\"UNIT\"},\"position\":null,\"department\":{\"id\":"
          + "\"U-BUF\",\"name\":\"Barn- och utbildningsförvaltningen\",\"kind\":\"DEPARTMENT\"},"
          + "\"visitedOn\":\"2026-11-20\",\"note\":\"Tittade in på skolgården\",\"registeredAt\":"
          + "\"2026-11-23T09:15:00Z\",\"judgement\":{\"verdict\":\"DEVIATION\",\"policy\":{\"key\":"
          + "\"kungsor\",\"version\":1},\"rule\":{\"id\":\"KUN-POLITICIAN-SITE-VISIT\",\"section\":"
          + "\"Förtroendevalda\",\"quote\":\"Förvaltningschefen ska alltid vara ingången till"
          + " förvaltningens chefer och medarbetare samt verksamhet.\"},\"reason\":null,"
          + "\"recordedAs\":17,\"explanation\":\"The guideline in force on the day routes site"
          + " visits: …\"}}";

  private final RegisterSiteVisit register;
  private final ReadSiteVisits read;
  private final OrganisationDirectory directory;
  private final PolicyCatalog policies;
  private final CurrentCaller caller;
  private final Clock clock;

  public SiteVisitResource(
      RegisterSiteVisit register,
      ReadSiteVisits read,
      OrganisationDirectory directory,
      PolicyCatalog policies,
      CurrentCaller caller,
      Clock clock) {
    this.register = register;
    this.read = read;
    this.directory = directory;
    this.policies = policies;
    this.caller = caller;
    this.clock = clock;
  }

  /** A spontaneous site visit, registered afterwards. The use case names a missing field. */
  public record SiteVisitBody(
      @Size(max = 64)
          @Schema(
              description = "The visited unit (inside a department); or give position",
              example = "U-SKOLA-1")
          String unit,
      @Size(max = 64) @Schema(description = "The visited post; or give unit") String position,
      @Schema(
              description =
                  "Required: the day of the visit, not in the future, at most "
                      + RegisterSiteVisit.MAX_YEARS_BACK
                      + " years back",
              example = "2026-11-20")
          LocalDate visitedOn,
      @Size(max = SiteVisit.MAX_NOTE_LENGTH) @Schema(example = "Tittade in på skolgården")
          String note,
      @Size(max = 64)
          @Schema(
              description =
                  "Which of your political positions; by default the one on the committee"
                      + " responsible for the visited department",
              example = "POS-BUN-LED-POL")
          String requesterPosition) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Register a spontaneous site visit afterwards",
      description =
          "A politician registers a site visit made without coordination. It is stored and judged"
              + " under the guideline in force on the day as a SITE_VISIT_SPONTANEOUS contact to"
              + " the visited unit or post: where the guideline routes site visits (Kungsör"
              + " KUN-POLITICIAN-SITE-VISIT) it is a deviation and recorded in the deviation"
              + " record; where it leaves them free (Alingsås ALI-SITE-VISIT-SPONTANEOUS) it is"
              + " not. Either way it is counted among the spontaneous visits of the yearly review."
              + " A coordinated visit is asked for as a contact request (POST /api/requests, kind"
              + " SITE_VISIT_COORDINATED).")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "a school",
                      value =
                          "{\"unit\":\"U-SKOLA-1\",\"visitedOn\":\"2026-11-20\",\"note\":"
                              + "\"Tittade in på skolgården\"}")))
  @APIResponse(
      responseCode = "201",
      description = "Registered; Location names it. The judgement says whether it is a deviation",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "a deviation under Kungsör", value = VISIT)))
  @APIResponse(
      responseCode = "400",
      ref = ProblemResponses.BAD_REQUEST,
      description = "Malformed JSON, a field of the wrong type or too long")
  @APIResponse(
      responseCode = "403",
      ref = ProblemResponses.FORBIDDEN,
      description = "You hold no political position today")
  @APIResponse(
      responseCode = "422",
      ref = ProblemResponses.UNPROCESSABLE,
      description =
          "site-visit-invalid: neither or both of unit and position, an unknown one or one outside"
              + " the departments, visitedOn missing, in the future or too far back, a"
              + " requesterPosition that is not one of your political positions; each field named")
  public Response register(@NotNull @Valid SiteVisitBody body) {
    RegisterSiteVisit.Registered registered =
        register.register(
            caller.requirePerson(),
            new RegisterSiteVisit.Command(
                Optional.ofNullable(body.unit()),
                Optional.ofNullable(body.position()),
                Optional.ofNullable(body.visitedOn()),
                Optional.ofNullable(body.note()),
                Optional.ofNullable(body.requesterPosition())));
    SiteVisit visit = registered.visit();
    return Response.created(URI.create("/api/site-visits/" + visit.id().value()))
        .entity(view(visit))
        .build();
  }

  @GET
  @Operation(
      summary = "The site visits you may read, newest visit first",
      description =
          "Your own; as a department head the visits to your department; KD, the KSO and"
              + " administrators every visit.")
  @APIResponse(
      responseCode = "200",
      description = "A page of site visits",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "one",
                      value = "{\"items\":[" + VISIT + "],\"page\":0,\"size\":20,\"total\":1}")))
  @APIResponse(
      responseCode = "400",
      ref = ProblemResponses.BAD_REQUEST,
      description = "A bad page or size")
  @APIResponse(
      responseCode = "403",
      ref = ProblemResponses.FORBIDDEN,
      description = "Not a person of the organisation")
  public Page<SiteVisitView> list(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    Paging.Request paging = Paging.of(page, size);
    return Page.of(
        read.visible(reader()).stream().map(views()).toList(), paging.page(), paging.size());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One site visit you may read")
  @APIResponse(
      responseCode = "200",
      description = "The site visit",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "a deviation under Kungsör", value = VISIT)))
  @APIResponse(
      responseCode = "403",
      ref = ProblemResponses.FORBIDDEN,
      description = "Not a person of the organisation")
  @APIResponse(
      responseCode = "404",
      ref = ProblemResponses.NOT_FOUND,
      description = "No such site visit, or not one you may read")
  public SiteVisitView get(@PathParam("id") String id) {
    SiteVisitId visit =
        SiteVisitId.parse(id).orElseThrow(() -> SamspelException.notFound("site visit", id));
    return view(read.get(reader(), visit));
  }

  private ReadSiteVisits.Reader reader() {
    return new ReadSiteVisits.Reader(caller.requirePerson(), caller.hasRole(Roles.ADMINISTRATOR));
  }

  private SiteVisitView view(SiteVisit visit) {
    return views().apply(visit);
  }

  private Function<SiteVisit, SiteVisitView> views() {
    return SiteVisitViews.forToday(directory, policies, clock);
  }
}
