package se.samspel.web.requests;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import se.samspel.common.SamspelException;
import se.samspel.escalation.application.EscalateRequest;
import se.samspel.escalation.application.TakeQuickDecision;
import se.samspel.organisation.domain.Roles;
import se.samspel.request.application.ActOnRequest;
import se.samspel.request.domain.ContactRequest;
import se.samspel.web.FormErrors;
import se.samspel.web.PageContext;

/**
 * A request's page ({@code /arenden/{id}}), one address for everyone who takes part in it: the
 * requester follows and may withdraw it, the people on its route read it and act from it. A request
 * the reader does not take part in is "not found".
 */
@Path("/arenden")
@RolesAllowed(Roles.MEMBER)
@Produces(MediaType.TEXT_HTML)
public class RequestPage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance request(PageContext page, RequestScreen.Detail detail);
  }

  private final PageContext page;
  private final RequestScreen screen;
  private final ActOnRequest act;
  private final TakeQuickDecision quickDecision;
  private final EscalateRequest escalation;

  public RequestPage(
      PageContext page,
      RequestScreen screen,
      ActOnRequest act,
      TakeQuickDecision quickDecision,
      EscalateRequest escalation) {
    this.page = page;
    this.screen = screen;
    this.act = act;
    this.quickDecision = quickDecision;
    this.escalation = escalation;
  }

  @GET
  @Path("/{id}")
  @Operation(hidden = true)
  public Response show(@PathParam("id") String id, @QueryParam("klart") String done) {
    ContactRequest request = screen.load(id);
    return screen.respond(
        200,
        request,
        screen.notice(request, done).orElse(null),
        FormErrors.none(),
        RequestScreen.Kept.none());
  }

  /** Withdraws the reader's open request; the checkbox confirms it (no script needed). */
  @POST
  @Path("/{id}/aterkalla")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response withdraw(
      @PathParam("id") String id,
      @RestForm("_csrf") String csrf,
      @RestForm("version") String version,
      @RestForm("confirm") String confirm,
      @RestForm("reason") String reason) {
    page.verifyCsrf(csrf);
    ContactRequest request = screen.load(id);
    RequestTexts texts = Words.of(page);
    String why = ContactPage.trimmed(reason);
    RequestScreen.Kept kept =
        new RequestScreen.Kept("", "", "", "", "", "", why == null ? "" : why);
    FormErrors errors = FormErrors.none();
    if (confirm == null || confirm.isBlank()) {
      errors.add("withdraw-confirm", texts.error_confirm());
    }
    if (why != null && why.length() > ContactRequest.MAX_NOTE_LENGTH) {
      errors.add("withdraw-reason", texts.error_too_long(ContactRequest.MAX_NOTE_LENGTH));
    }
    if (errors.any()) {
      return screen.respond(FormErrors.STATUS, request, null, errors, kept);
    }
    try {
      act.withdraw(
          page.requirePerson(), request.id(), Optional.ofNullable(why), Actions.expected(version));
    } catch (SamspelException e) {
      if (e.kind() == SamspelException.Kind.CONFLICT) {
        ContactRequest now = screen.load(id);
        return screen.respond(409, now, screen.conflict(now), FormErrors.none(), kept);
      }
      throw e;
    }
    return Response.seeOther(page.uri("/arenden/" + request.id().value() + "?klart=aterkallat"))
        .build();
  }

  /**
   * "Snabbt beslut fattat": whoever may act on an acute matter's waiting step settles it with a
   * note, and the level above is informed at once (Kungsör, <i>Allas ansvar tillsammans är att</i>:
   * "Då ska berörd ansvarig informeras utan dröjsmål."). The form is shown only where the request's
   * rule allows it; a missing or too long note is 422 at its field.
   */
  @POST
  @Path("/{id}/snabbt-beslut")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response quickDecision(
      @PathParam("id") String id,
      @RestForm("_csrf") String csrf,
      @RestForm("version") String version,
      @RestForm("note") String note) {
    page.verifyCsrf(csrf);
    ContactRequest request = screen.load(id);
    RequestTexts texts = Words.of(page);
    String decided = ContactPage.trimmed(note);
    RequestScreen.Kept kept =
        new RequestScreen.Kept("", "", "", "", "", "", "", decided == null ? "" : decided);
    FormErrors errors = FormErrors.none();
    if (decided == null) {
      errors.add("quick-note", texts.error_quick_note());
    } else if (decided.length() > ContactRequest.MAX_NOTE_LENGTH) {
      errors.add("quick-note", texts.error_too_long(ContactRequest.MAX_NOTE_LENGTH));
    }
    if (errors.any()) {
      return screen.respond(FormErrors.STATUS, request, null, errors, kept);
    }
    try {
      quickDecision.take(page.requirePerson(), request.id(), decided, Actions.expected(version));
    } catch (SamspelException e) {
      if (e.kind() == SamspelException.Kind.CONFLICT) {
        ContactRequest now = screen.load(id);
        return screen.respond(409, now, screen.conflict(now), FormErrors.none(), kept);
      }
      throw e;
    }
    return Response.seeOther(page.uri("/arenden/" + request.id().value() + "?klart=snabbt-beslut"))
        .build();
  }

  /**
   * "Ta ärendet": the holder (or substitute) of the waiting step takes the matter at their level,
   * so it does not escalate at this deadline but at the next one the policy sets. The page then
   * shows who took it, when, and the new deadline, to everyone who may read the request. Someone
   * who does not hold the step is refused (403) and the attempt is recorded as an action outside
   * the route, as through the API; a step already taken is a conflict (409), shown on the page.
   */
  @POST
  @Path("/{id}/ta")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response take(@PathParam("id") String id, @RestForm("_csrf") String csrf) {
    page.verifyCsrf(csrf);
    ContactRequest request = screen.load(id);
    try {
      escalation.acknowledge(page.requirePerson(), request.id());
    } catch (SamspelException e) {
      if (e.kind() == SamspelException.Kind.CONFLICT) {
        ContactRequest now = screen.load(id);
        return screen.respond(
            409, now, screen.conflict(now), FormErrors.none(), RequestScreen.Kept.none());
      }
      throw e;
    }
    return Response.seeOther(page.uri("/arenden/" + request.id().value() + "?klart=taget")).build();
  }

  /** The contact took place: the requester (or the one who arranged it) closes the request. */
  @POST
  @Path("/{id}/klar")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response complete(
      @PathParam("id") String id,
      @RestForm("_csrf") String csrf,
      @RestForm("version") String version) {
    page.verifyCsrf(csrf);
    ContactRequest request = screen.load(id);
    try {
      act.complete(page.requirePerson(), request.id(), Optional.empty(), Actions.expected(version));
    } catch (SamspelException e) {
      if (e.kind() == SamspelException.Kind.CONFLICT) {
        ContactRequest now = screen.load(id);
        return screen.respond(
            409, now, screen.conflict(now), FormErrors.none(), RequestScreen.Kept.none());
      }
      throw e;
    }
    return Response.seeOther(page.uri("/arenden/" + request.id().value() + "?klart=klart")).build();
  }
}
