package se.samspel.routing.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samspel.common.http.ProblemResponses;
import se.samspel.organisation.application.CurrentCaller;
import se.samspel.organisation.domain.Roles;
import se.samspel.policy.domain.ContactContext;
import se.samspel.policy.domain.ContactFlag;
import se.samspel.policy.domain.ContactKind;
import se.samspel.policy.domain.QuestionType;
import se.samspel.routing.application.ContactOffer;
import se.samspel.routing.application.ContactOptions;
import se.samspel.routing.application.KindOffer;
import se.samspel.routing.application.RouteViews;

/** "What may I ask for": the contact kinds and circumstances the policy in force offers me. */
@Path("/api/contact-options")
@Tag(name = "Routing")
@RolesAllowed(Roles.MEMBER)
public class ContactOptionsResource {

  /** What a staff member of Kungsör is offered (the demo's {@code medarbetare}). */
  public static final String EXAMPLE =
      "{\"policy\":{\"key\":\"kungsor\",\"version\":1,\"municipality\":\"Kungsörs kommun\","
          + "\"title\":\"Riktlinje för samspel mellan förtroendevalda politiker och"
          + " tjänstepersoner\"},\"kinds\":["
          + "\"DIALOGUE\",\"FACTUAL_QUESTION\",\"INFORMATION_TO_POLITICIANS\",\"GREY_ZONE_QUESTION\","
          + "\"STAFF_PROBLEM\",\"ACUTE_MATTER\",\"SUSPECTED_WRONGDOING\","
          + "\"DECIDED_MATTER_NEW_INFORMATION\",\"DECISION_OR_EXECUTION_UNCLEAR\",\"STEER_INDIVIDUAL_CASE\"],"
          + "\"contexts\":[],\"questions\":[],\"flags\":[\"CONCERNS_NEAREST_MANAGER\",\"STRATEGIC\"],"
          + "\"kindsWithoutTarget\":[\"STAFF_PROBLEM\",\"ACUTE_MATTER\",\"SUSPECTED_WRONGDOING\"],"
          + "\"byKind\":["
          + "{\"kind\":\"DIALOGUE\",\"asksTarget\":true,\"contexts\":[],\"questions\":[],"
          + "\"flags\":[]},"
          + "{\"kind\":\"FACTUAL_QUESTION\",\"asksTarget\":true,\"contexts\":[],\"questions\":[],"
          + "\"flags\":[]},"
          + "{\"kind\":\"INFORMATION_TO_POLITICIANS\",\"asksTarget\":true,\"contexts\":[],\"questions\":[],"
          + "\"flags\":[]},"
          + "{\"kind\":\"GREY_ZONE_QUESTION\",\"asksTarget\":true,\"contexts\":[],\"questions\":[],"
          + "\"flags\":[]},"
          + "{\"kind\":\"STAFF_PROBLEM\",\"asksTarget\":false,\"contexts\":[],\"questions\":[],"
          + "\"flags\":[\"CONCERNS_NEAREST_MANAGER\"]},"
          + "{\"kind\":\"ACUTE_MATTER\",\"asksTarget\":false,\"contexts\":[],\"questions\":[],"
          + "\"flags\":[\"STRATEGIC\"]},"
          + "{\"kind\":\"SUSPECTED_WRONGDOING\",\"asksTarget\":false,\"contexts\":[],\"questions\":[],"
          + "\"flags\":[]},"
          + "{\"kind\":\"DECIDED_MATTER_NEW_INFORMATION\",\"asksTarget\":true,\"contexts\":[],\"questions\":[],"
          + "\"flags\":[]},"
          + "{\"kind\":\"DECISION_OR_EXECUTION_UNCLEAR\",\"asksTarget\":true,\"contexts\":[],\"questions\":[],"
          + "\"flags\":[]},"
          + "{\"kind\":\"STEER_INDIVIDUAL_CASE\",\"asksTarget\":true,\"contexts\":[],\"questions\":[],"
          + "\"flags\":[]}]}";

  /**
   * What the caller may ask for.
   *
   * @param kinds the contact kinds offered ({@code kind} of a preview or request)
   * @param contexts the values of {@code context} worth asking for; empty: always {@code ON_DUTY}
   * @param questions the values of {@code question} worth asking for; empty: none is needed
   * @param flags the circumstances worth stating ({@code purposeStated}, {@code
   *     concernsNearestManager}, {@code strategic} of a preview or request)
   * @param kindsWithoutTarget the kinds whose request omits {@code target}: the policy decides them
   *     from the requester alone (e.g. a staff member's problem goes to the nearest manager)
   * @param byKind for each kind, what to ask for it alone: a form asks only these
   */
  public record ContactOptionsView(
      RouteViews.PolicyRef policy,
      List<ContactKind> kinds,
      List<ContactContext> contexts,
      List<QuestionType> questions,
      List<ContactFlag> flags,
      List<ContactKind> kindsWithoutTarget,
      List<KindOffer> byKind) {}

  private final ContactOptions options;
  private final CurrentCaller caller;

  public ContactOptionsResource(ContactOptions options, CurrentCaller caller) {
    this.options = options;
    this.caller = caller;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "What I may ask for under the policy in force",
      description =
          "The contact kinds the policy in force today decides for a requester in one of the"
              + " caller's positions and a target in the organisation, and which circumstances"
              + " (on or off duty, the kind of question, the flags) its rules depend on: what the"
              + " contact form offers. Read from the policy's rules.")
  @APIResponse(
      responseCode = "200",
      description = "The offer; no kinds for a caller who holds no position today",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ContactOptionsView.class),
              examples = @ExampleObject(name = "staff member", value = EXAMPLE)))
  @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
  @APIResponse(
      responseCode = "403",
      ref = ProblemResponses.FORBIDDEN,
      description = "Not a person of the organisation")
  @APIResponse(
      responseCode = "409",
      ref = ProblemResponses.CONFLICT,
      description = "No version of the guideline is in force today (no-active-policy)")
  public ContactOptionsView options() {
    ContactOffer offer = options.offeredTo(caller.requirePerson());
    return new ContactOptionsView(
        RouteViews.policyRef(offer.policy()),
        offer.kinds(),
        offer.contexts(),
        offer.questions(),
        offer.flags(),
        offer.kindsWithoutTarget(),
        offer.byKind());
  }
}
