package se.samspel.policy.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samspel.common.SamspelException;
import se.samspel.common.http.Paging;
import se.samspel.common.http.Problem;
import se.samspel.common.http.ProblemResponses;
import se.samspel.common.http.RateLimited;
import se.samspel.organisation.application.CurrentCaller;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.Roles;
import se.samspel.policy.application.PolicyCatalog;
import se.samspel.policy.application.PolicyViews;
import se.samspel.policy.application.UploadPolicy;
import se.samspel.policy.domain.PolicyVersion;
import se.samspel.policy.format.PolicyDocument;

/** The guidelines as policy data: read by everyone logged in, uploaded by administrators. */
@Path("/api/policies")
@Tag(name = "Policies")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
public class PolicyResource {

  static final String SUMMARY_EXAMPLE =
      "[{\"key\":\"kungsor\",\"version\":1,\"municipality\":\"Kungsörs kommun\",\"title\":"
          + "\"Riktlinje för samspel mellan förtroendevalda politiker och tjänstepersoner\","
          + "\"validFrom\":\"2023-03-13\",\"validTo\":\"2027-03-13\",\"active\":true,\"rules\":25}]";
  static final String RULE_EXAMPLE =
      "{\"key\":\"kungsor\",\"version\":1,\"active\":true,\"provenance\":{\"municipality\":"
          + "\"Kungsörs kommun\",\"adoptedBy\":\"Kommunfullmäktige\",\"decisionDate\":"
          + "\"2023-03-13\",\"caseNumber\":\"KS 2022/508\"},\"rules\":[{\"id\":"
          + "\"KUN-POLITICIAN-DIALOGUE\",\"outcome\":\"ROUTE\",\"route\":[{\"position\":"
          + "\"DEPARTMENT_HEAD_OF_TARGET\",\"action\":\"APPROVE\"}],\"section\":"
          + "\"Förtroendevalda\",\"quote\":\"Regeln är att alltid först ha kontakt med"
          + " förvaltningschefen …\"}],\"escalation\":{\"reportingLinesDefault\":false,"
          + "\"ladder\":[{\"from\":[\"ANY_EMPLOYEE\"],\"except\":[],\"to\":"
          + "\"NEAREST_MANAGER\",\"source\":{\"section\":\"Kommunikation i akuta frågor\","
          + "\"quote\":\"Medarbetare kontaktar enhetschef som kontaktar förvaltningschef …\"}},"
          + "{\"from\":[\"KSO\"],\"except\":[],\"to\":\"TOP\",\"source\":null},"
          + "{\"from\":[\"ANY_POLITICIAN\"],\"except\":[\"KSO\"],\"to\":\"KSO\","
          + "\"source\":{\"section\":\"Fördelning av ansvar och roller\",\"quote\":"
          + "\"Därför har kommunstyrelsen uppdraget att ha uppsikt över hela koncernens arbete"
          + " …\"}}],\"retired\":\"KD\",\"vacant\":\"PASS_OVER\",\"source\":{\"section\":"
          + "\"Medarbetare\",\"quote\":\"Medarbetaren ska i första hand tala med närmaste chef"
          + " vid eventuella problem. …\"}}}";

  private final PolicyCatalog catalog;
  private final UploadPolicy uploads;
  private final CurrentCaller caller;

  public PolicyResource(PolicyCatalog catalog, UploadPolicy uploads, CurrentCaller caller) {
    this.catalog = catalog;
    this.uploads = uploads;
    this.caller = caller;
  }

  @GET
  @RolesAllowed(Roles.MEMBER)
  @Operation(summary = "Every stored version of every policy, marking the active one")
  @APIResponse(
      responseCode = "200",
      description = "The versions",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "versions", value = SUMMARY_EXAMPLE)))
  public List<PolicyViews.PolicySummary> list() {
    Optional<PolicyVersion> active = catalog.active();
    return catalog.versions().stream()
        .map(v -> PolicyViews.summary(v, active.map(a -> sameVersion(a, v)).orElse(false)))
        .toList();
  }

  @GET
  @Path("/active")
  @RolesAllowed(Roles.MEMBER)
  @Operation(
      summary = "The policy this deployment follows today, with every rule and quote",
      description =
          "escalation is how a waiting step climbs, with its passage; a version that states no"
              + " escalation section shows the reporting lines it climbs by, with"
              + " reportingLinesDefault true and no source.")
  @APIResponse(
      responseCode = "200",
      description = "The active policy",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PolicyViews.PolicyView.class),
              examples = @ExampleObject(name = "kungsor", value = RULE_EXAMPLE)))
  @APIResponse(
      responseCode = "409",
      ref = ProblemResponses.CONFLICT,
      description = "No version is in force today")
  public PolicyViews.PolicyView active() {
    return PolicyViews.view(catalog.requireActive(), true);
  }

  @GET
  @Path("/{key}/versions/{version}")
  @RolesAllowed(Roles.MEMBER)
  @Operation(
      summary = "One version of a policy, also old ones",
      description =
          "With its rules and its escalation section; a version that states none shows the"
              + " reporting-lines default it climbs by (reportingLinesDefault true).")
  @APIResponse(
      responseCode = "200",
      description = "The version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PolicyViews.PolicyView.class),
              examples = @ExampleObject(name = "kungsor", value = RULE_EXAMPLE)))
  @APIResponse(
      responseCode = "400",
      ref = ProblemResponses.BAD_REQUEST,
      description = "The version is not a number")
  @APIResponse(
      responseCode = "404",
      ref = ProblemResponses.NOT_FOUND,
      description = "No such version")
  public PolicyViews.PolicyView version(
      @PathParam("key") String key, @PathParam("version") String version) {
    int number = Paging.number("version", version, 1, Integer.MAX_VALUE);
    PolicyVersion found =
        catalog
            .version(key, number)
            .orElseThrow(() -> SamspelException.notFound("policy version", key + "/" + number));
    boolean active = catalog.active().map(a -> sameVersion(a, found)).orElse(false);
    return PolicyViews.view(found, active);
  }

  @POST
  @RolesAllowed(Roles.ADMINISTRATOR)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Upload a new version of a policy",
      description =
          "Validates the whole document (unknown selectors, missing citations, contradictory or"
              + " unreachable rules, routes that cannot fit their requesters) and stores it as the"
              + " next version of its key. It becomes active from its validFrom date if its key is"
              + " the deployment's policy. Uploading the latest version's content again changes"
              + " nothing.")
  @APIResponse(
      responseCode = "201",
      description = "Stored",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PolicyViews.PolicyView.class),
              examples = @ExampleObject(name = "stored", value = RULE_EXAMPLE)))
  @APIResponse(
      responseCode = "400",
      ref = ProblemResponses.BAD_REQUEST,
      description = "Malformed JSON or an unknown field")
  @APIResponse(
      responseCode = "422",
      description = "The policy is invalid: every problem with its JSON path",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(
                      name = "invalid",
                      value =
                          "{\"status\":422,\"code\":\"policy-invalid\",\"errors\":[{\"field\":"
                              + "\"rules[3].source\",\"reason\":\"every rule must cite the"
                              + " passage of the guideline it comes from\"},{\"field\":"
                              + "\"rules[7].when\",\"reason\":\"unreachable: every contact it"
                              + " matches is matched first by rule 'X'\"}]}")))
  @APIResponse(responseCode = "429", ref = ProblemResponses.TOO_MANY_REQUESTS)
  @RateLimited(RateLimited.POLICY_UPLOAD)
  public Response upload(PolicyDocument document) {
    PolicyVersion stored =
        uploads.upload(
            document,
            new UploadPolicy.Administrator(caller.personId().map(PersonId::value), caller.login()));
    boolean active = catalog.active().map(a -> sameVersion(a, stored)).orElse(false);
    return Response.status(201).entity(PolicyViews.view(stored, active)).build();
  }

  private static boolean sameVersion(PolicyVersion a, PolicyVersion b) {
    return a.policy().key().equals(b.policy().key())
        && a.policy().version() == b.policy().version();
  }
}
