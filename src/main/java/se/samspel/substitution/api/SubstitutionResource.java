package se.samspel.substitution.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samspel.common.SamspelException;
import se.samspel.common.http.Page;
import se.samspel.common.http.Paging;
import se.samspel.common.http.Problem;
import se.samspel.common.http.ProblemResponses;
import se.samspel.organisation.application.CurrentCaller;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.application.PersonNames;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.Roles;
import se.samspel.substitution.api.SubstitutionViews.ChainView;
import se.samspel.substitution.api.SubstitutionViews.NameSubstituteBody;
import se.samspel.substitution.api.SubstitutionViews.SubstitutionView;
import se.samspel.substitution.application.EndSubstitution;
import se.samspel.substitution.application.NameSubstitute;
import se.samspel.substitution.application.ReadSubstitutions;
import se.samspel.substitution.domain.Substitution;
import se.samspel.substitution.domain.SubstitutionId;
import se.samspel.substitution.domain.SubstitutionStatus;

/** Substitutes during absence: name one, list one's own, end one, see who acts for a person. */
@Path("/api/substitutions")
@Tag(name = "Substitutes")
@RolesAllowed(Roles.MEMBER)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
@APIResponse(
    responseCode = "403",
    ref = ProblemResponses.FORBIDDEN,
    description = "Not a person of the organisation")
public class SubstitutionResource {

  static final String SUBSTITUTION =
      "{\"id\":\"5f0c8a6e-3c1b-4f7e-9d2a-1b2c3d4e5f60\",\"absent\":{\"id\":\"P-LARARE\","
          + "\"name\":\"Sara Lind\"},\"substitute\":{\"id\":\"P-0101\",\"name\":\"Nils Berg\"},"
          + "\"from\":\"2026-12-01\",\"to\":\"2026-12-12\",\"lastDay\":\"2026-12-12\","
          + "\"status\":\"PLANNED\",\"reason\":\"Föräldraledighet\",\"namedBy\":{\"id\":"
          + "\"P-LARARE\",\"name\":\"Sara Lind\"},\"namedAt\":\"2026-11-23T09:15:00Z\","
          + "\"ended\":null}";
  static final String ENDED =
      "{\"id\":\"5f0c8a6e-3c1b-4f7e-9d2a-1b2c3d4e5f60\",\"absent\":{\"id\":\"P-LARARE\","
          + "\"name\":\"Sara Lind\"},\"substitute\":{\"id\":\"P-0101\",\"name\":\"Nils Berg\"},"
          + "\"from\":\"2026-12-01\",\"to\":\"2026-12-12\",\"lastDay\":\"2026-12-04\","
          + "\"status\":\"OVER\",\"reason\":\"Föräldraledighet\",\"namedBy\":{\"id\":"
          + "\"P-LARARE\",\"name\":\"Sara Lind\"},\"namedAt\":\"2026-11-23T09:15:00Z\","
          + "\"ended\":{\"from\":\"2026-12-05\",\"by\":{\"id\":\"P-LARARE\",\"name\":"
          + "\"Sara Lind\"},\"at\":\"2026-12-05T07:30:00Z\"}}";
  static final String PAGE =
      "{\"items\":[" + SUBSTITUTION + "],\"page\":0,\"size\":20,\"total\":1}";
  static final String CHAIN =
      "{\"original\":{\"id\":\"P-LARARE\",\"name\":\"Sara Lind\"},\"day\":\"2026-12-03\","
          + "\"via\":[{\"id\":\"P-REKTOR\",\"name\":\"Eva Sjöberg\"}],\"acting\":{\"id\":"
          + "\"P-FC-BUF\",\"name\":\"Lars Ek\"},\"substituted\":true,\"cycle\":false,"
          + "\"truncated\":false,\"substitutions\":[\"5f0c8a6e-…\",\"9a1d…\"]}";
  static final String OVERLAP =
      "{\"type\":\"urn:samspel:problem:substitution-overlap\",\"title\":\"Conflict\",\"status\":"
          + "409,\"code\":\"substitution-overlap\",\"detail\":\"Sara Lind (P-LARARE) already has a"
          + " substitute from 2026-12-01 to 2026-12-12 (substitution 5f0c…, Nils Berg (P-0101));"
          + " end it or choose days that do not overlap\"}";

  private final NameSubstitute name;
  private final EndSubstitution end;
  private final ReadSubstitutions read;
  private final OrganisationDirectory directory;
  private final CurrentCaller caller;
  private final Clock clock;

  public SubstitutionResource(
      NameSubstitute name,
      EndSubstitution end,
      ReadSubstitutions read,
      OrganisationDirectory directory,
      CurrentCaller caller,
      Clock clock) {
    this.name = name;
    this.end = end;
    this.read = read;
    this.directory = directory;
    this.caller = caller;
    this.clock = clock;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Name a substitute for a period of absence",
      description =
          "While the period runs, work that reaches the absent person reaches the substitute"
              + " instead (following the substitute's own substitute when they are away too)."
              + " Omit 'absent' to name one for yourself; a manager may name one for a direct"
              + " report. The caller is recorded as who named it.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "parental leave",
                      value =
                          "{\"substitute\":\"P-0101\",\"from\":\"2026-12-01\",\"to\":"
                              + "\"2026-12-12\",\"reason\":\"Föräldraledighet\"}")))
  @APIResponse(
      responseCode = "201",
      description = "Named; Location names it",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "named", value = SUBSTITUTION)))
  @APIResponse(
      responseCode = "400",
      ref = ProblemResponses.BAD_REQUEST,
      description =
          "A missing or malformed field, the substitute is the absent person, 'to' before"
              + " 'from', 'from' in the past, too long a period or reason")
  @APIResponse(
      responseCode = "403",
      ref = ProblemResponses.FORBIDDEN,
      description = "The absent person is someone else who does not report directly to you")
  @APIResponse(
      responseCode = "409",
      description =
          "The period overlaps another substitution of the same person (substitution-overlap), or"
              + " it closes a circle of absent substitutes (substitution-cycle)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "overlap", value = OVERLAP)))
  @APIResponse(
      responseCode = "422",
      ref = ProblemResponses.UNPROCESSABLE,
      description = "The absent person or the substitute is not a person of the organisation")
  public Response name(@NotNull @Valid NameSubstituteBody body) {
    PersonId me = caller.requirePerson();
    Substitution named =
        name.name(
            me,
            new NameSubstitute.Command(
                Optional.ofNullable(body.absent()).map(String::trim).map(PersonId::new),
                new PersonId(body.substitute().trim()),
                body.from(),
                body.to(),
                Optional.ofNullable(body.reason())));
    return Response.created(URI.create("/api/substitutions/" + named.id().value()))
        .entity(SubstitutionViews.view(directory.names(), named, me, today()))
        .build();
  }

  @GET
  @Path("/mine")
  @Operation(
      summary =
          "Substitutions I am absent in, act as substitute in, or named for someone else;"
              + " latest period first")
  @APIResponse(
      responseCode = "200",
      description = "A page of substitutions",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "mine", value = PAGE)))
  @APIResponse(
      responseCode = "400",
      ref = ProblemResponses.BAD_REQUEST,
      description = "A bad status, page or size")
  public Page<SubstitutionView> mine(
      @Parameter(description = "Only those with this status today", example = "ACTIVE")
          @QueryParam("status")
          String status,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    SubstitutionStatus wanted = Paging.enumOrNull("status", status, SubstitutionStatus.class);
    Paging.Request paging = Paging.of(page, size);
    PersonId me = caller.requirePerson();
    PersonNames names = directory.names();
    LocalDate today = today();
    return Page.of(
        read.mine(me, wanted).stream()
            .map(s -> SubstitutionViews.view(names, s, me, today))
            .toList(),
        paging.page(),
        paging.size());
  }

  @GET
  @Path("/chain")
  @Operation(
      summary = "Who acts for a person on a day",
      description =
          "Follows the substitutes in force that day. 'acting' is null when the chain closes in a"
              + " circle or is longer than allowed: no one on it is present.")
  @APIResponse(
      responseCode = "200",
      description = "The chain",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "through the principal", value = CHAIN)))
  @APIResponse(
      responseCode = "400",
      ref = ProblemResponses.BAD_REQUEST,
      description = "No person, or a day that is not a date")
  @APIResponse(
      responseCode = "404",
      ref = ProblemResponses.NOT_FOUND,
      description = "No such person")
  public ChainView chain(
      @Parameter(description = "The person's external id", example = "P-LARARE")
          @QueryParam("person")
          String person,
      @Parameter(description = "The day; today when omitted", example = "2026-12-03")
          @QueryParam("day")
          String day) {
    if (person == null || person.isBlank()) {
      throw SamspelException.invalid("person", "is required");
    }
    if (person.length() > 64) {
      throw SamspelException.invalid("person", "is longer than 64 characters");
    }
    LocalDate on = day == null || day.isBlank() ? today() : date("day", day);
    return SubstitutionViews.chain(
        directory.names(), read.chain(new PersonId(person.trim()), on), on);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One substitution I am part of, named, or manage")
  @APIResponse(
      responseCode = "200",
      description = "The substitution",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "planned", value = SUBSTITUTION)))
  @APIResponse(
      responseCode = "404",
      ref = ProblemResponses.NOT_FOUND,
      description = "No such substitution, or not one you may see")
  public SubstitutionView get(@PathParam("id") String id) {
    PersonId me = caller.requirePerson();
    Substitution substitution = read.get(me, parseId(id));
    return SubstitutionViews.view(directory.names(), substitution, me, today());
  }

  @POST
  @Path("/{id}/end")
  @Operation(
      summary = "End a substitution from today",
      description =
          "Work reaches the absent person again from today. One that has not begun is cancelled."
              + " The absent person, whoever named it and the absent person's manager may end it.")
  @APIResponse(
      responseCode = "200",
      description = "Ended (status OVER) or cancelled (status CANCELLED)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "ended", value = ENDED)))
  @APIResponse(
      responseCode = "403",
      ref = ProblemResponses.FORBIDDEN,
      description = "You are the substitute: only the absent side may end it")
  @APIResponse(
      responseCode = "404",
      ref = ProblemResponses.NOT_FOUND,
      description = "No such substitution, or not one you may see")
  @APIResponse(
      responseCode = "409",
      ref = ProblemResponses.CONFLICT,
      description = "It is already over or cancelled (substitution-over)")
  public SubstitutionView end(@PathParam("id") String id) {
    PersonId me = caller.requirePerson();
    Substitution ended = end.end(me, parseId(id));
    return SubstitutionViews.view(directory.names(), ended, me, today());
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private static SubstitutionId parseId(String id) {
    return SubstitutionId.parse(id)
        .orElseThrow(() -> SamspelException.notFound("substitution", id));
  }

  private static LocalDate date(String name, String value) {
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw SamspelException.invalid(name, "'" + value + "' is not a date (YYYY-MM-DD)");
    }
  }
}
