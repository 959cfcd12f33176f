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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import se.samspel.common.SamspelException;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.PositionId;
import se.samspel.organisation.domain.Roles;
import se.samspel.organisation.domain.UnitId;
import se.samspel.request.application.ActOnRequest;
import se.samspel.request.application.ReadRequests;
import se.samspel.request.application.RequestViews;
import se.samspel.request.domain.ContactRequest;
import se.samspel.request.domain.RequestId;
import se.samspel.web.FormErrors;
import se.samspel.web.PageContext;
import se.samspel.web.PageNumbers;

/**
 * "Att besluta": what waits on the reader's positions today (own, acting, as a substitute), oldest
 * first, with counts per status; and the decisions taken from a request's page: approve (naming the
 * responsible manager), decline (with a reason), redirect (to another department or forum), arrange
 * and resolve. Every action ends on this page with a notice of what happened and what happens next.
 */
@Path("/att-besluta")
@RolesAllowed(Roles.MEMBER)
@Produces(MediaType.TEXT_HTML)
public class DecidePage {

  /** Rows on a page of the list. */
  static final int PAGE_SIZE = 20;

  /** How many wait in one status. */
  public record Count(String status, long count) {}

  /** A row of the inbox. */
  public record Row(RequestViews.SummaryView request, boolean overdue) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance inbox(
        PageContext page, List<Count> counts, List<Row> rows, PageNumbers paging, Notice notice);
  }

  private static final int TEXT_MAX = ContactRequest.MAX_NOTE_LENGTH;

  private final PageContext page;
  private final RequestScreen screen;
  private final ReadRequests read;
  private final ActOnRequest act;
  private final OrganisationDirectory directory;
  private final Clock clock;

  public DecidePage(
      PageContext page,
      RequestScreen screen,
      ReadRequests read,
      ActOnRequest act,
      OrganisationDirectory directory,
      Clock clock) {
    this.page = page;
    this.screen = screen;
    this.read = read;
    this.act = act;
    this.directory = directory;
    this.clock = clock;
  }

  @GET
  @Operation(hidden = true)
  public TemplateInstance inbox(
      @QueryParam("sida") String sida,
      @QueryParam("klart") String done,
      @QueryParam("arende") String id) {
    PersonId reader = page.requirePerson();
    int number = PageNumbers.requested(sida);
    ReadRequests.Inbox inbox = read.inbox(reader, number - 1, PAGE_SIZE);
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock);
    List<Row> rows =
        inbox.items().stream()
            .map(
                s ->
                    new Row(
                        RequestViews.summary(
                            s, directory.current(), directory.names(), today, inbox.reader().of(s)),
                        s.dueAt().map(due -> !due.isAfter(now)).orElse(false)))
            .toList();
    List<Count> counts =
        inbox.counts().entrySet().stream()
            .sorted(java.util.Map.Entry.comparingByKey())
            .map(e -> new Count(e.getKey().name(), e.getValue()))
            .toList();
    Notice notice = null;
    if (done != null && id != null && se.samspel.request.domain.RequestId.parse(id).isPresent()) {
      try {
        notice = screen.notice(screen.load(id), done).orElse(null);
      } catch (SamspelException e) {
        // The request is no longer the reader's to see: the list alone tells the state.
      }
    }
    return Templates.inbox(
            page, counts, rows, PageNumbers.of(number, inbox.total(), PAGE_SIZE), notice)
        .setLocale(page.locale());
  }

  @POST
  @Path("/{id}/godkann")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response approve(
      @PathParam("id") String id,
      @RestForm("_csrf") String csrf,
      @RestForm("version") String version,
      @RestForm("manager") String manager,
      @RestForm("note") String note) {
    page.verifyCsrf(csrf);
    ContactRequest request = screen.load(id);
    String chosen = ContactPage.trimmed(manager);
    String why = ContactPage.trimmed(note);
    RequestScreen.Kept kept = kept(chosen, why, null, null, null, null);
    FormErrors errors = FormErrors.none();
    if (why != null && why.length() > TEXT_MAX) {
      errors.add("approve-note", Words.of(page).error_too_long(TEXT_MAX));
    }
    if (errors.any()) {
      return screen.respond(FormErrors.STATUS, request, null, errors, kept);
    }
    return act(
        request,
        kept,
        "godkant",
        () ->
            act.approve(
                page.requirePerson(),
                request.id(),
                Optional.ofNullable(chosen).map(PositionId::new),
                Optional.ofNullable(why),
                Actions.expected(version)));
  }

  @POST
  @Path("/{id}/avsla")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response decline(
      @PathParam("id") String id,
      @RestForm("_csrf") String csrf,
      @RestForm("version") String version,
      @RestForm("reason") String reason) {
    page.verifyCsrf(csrf);
    ContactRequest request = screen.load(id);
    String why = ContactPage.trimmed(reason);
    RequestScreen.Kept kept = kept(null, null, why, null, null, null);
    FormErrors errors = FormErrors.none();
    if (why == null) {
      errors.add("decline-reason", Words.of(page).error_decline_reason());
    } else if (why.length() > TEXT_MAX) {
      errors.add("decline-reason", Words.of(page).error_too_long(TEXT_MAX));
    }
    if (errors.any()) {
      return screen.respond(FormErrors.STATUS, request, null, errors, kept);
    }
    return act(
        request,
        kept,
        "avslaget",
        () -> act.decline(page.requirePerson(), request.id(), why, Actions.expected(version)));
  }

  @POST
  @Path("/{id}/omdirigera")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response redirect(
      @PathParam("id") String id,
      @RestForm("_csrf") String csrf,
      @RestForm("version") String version,
      @RestForm("department") String department,
      @RestForm("forum") String forum,
      @RestForm("reason") String reason) {
    page.verifyCsrf(csrf);
    ContactRequest request = screen.load(id);
    String unit = ContactPage.trimmed(department);
    String elsewhere = ContactPage.trimmed(forum);
    String why = ContactPage.trimmed(reason);
    RequestScreen.Kept kept = kept(null, null, null, unit, elsewhere, why);
    RequestTexts texts = Words.of(page);
    FormErrors errors = FormErrors.none();
    if (unit == null && elsewhere == null) {
      errors.add("redirect-department", texts.error_redirect_where());
    } else if (unit != null && elsewhere != null) {
      errors.add("redirect-department", texts.error_redirect_both());
    } else if (unit != null && directory.current().unit(new UnitId(unit)).isEmpty()) {
      errors.add("redirect-department", texts.error_redirect_where());
    } else if (elsewhere != null && elsewhere.length() > ContactRequest.MAX_FORUM_LENGTH) {
      errors.add("redirect-forum", texts.error_too_long(ContactRequest.MAX_FORUM_LENGTH));
    }
    if (why == null) {
      errors.add("redirect-reason", texts.error_redirect_reason());
    } else if (why.length() > TEXT_MAX) {
      errors.add("redirect-reason", texts.error_too_long(TEXT_MAX));
    }
    if (errors.any()) {
      return screen.respond(FormErrors.STATUS, request, null, errors, kept);
    }
    return act(
        request,
        kept,
        "omdirigerat",
        () ->
            act.redirect(
                page.requirePerson(),
                request.id(),
                Optional.ofNullable(unit).map(UnitId::new),
                Optional.ofNullable(elsewhere),
                why,
                Actions.expected(version)));
  }

  @POST
  @Path("/{id}/ordna")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response arrange(
      @PathParam("id") String id,
      @RestForm("_csrf") String csrf,
      @RestForm("version") String version,
      @RestForm("note") String note) {
    page.verifyCsrf(csrf);
    return stepWithNote(id, version, note, "arrange-note", "ordnat", act::arrange);
  }

  @POST
  @Path("/{id}/los")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response resolve(
      @PathParam("id") String id,
      @RestForm("_csrf") String csrf,
      @RestForm("version") String version,
      @RestForm("note") String note) {
    page.verifyCsrf(csrf);
    return stepWithNote(id, version, note, "resolve-note", "lost", act::resolve);
  }

  /** A step taken with an optional note: arranging the contact, or resolving the matter. */
  private interface NotedStep {
    ContactRequest take(
        PersonId actor, RequestId id, Optional<String> note, ActOnRequest.Expected expected);
  }

  private Response stepWithNote(
      String id, String version, String note, String field, String done, NotedStep step) {
    ContactRequest request = screen.load(id);
    String why = ContactPage.trimmed(note);
    RequestScreen.Kept kept = kept(null, why, null, null, null, null);
    if (why != null && why.length() > TEXT_MAX) {
      return screen.respond(
          FormErrors.STATUS,
          request,
          null,
          FormErrors.none().add(field, Words.of(page).error_too_long(TEXT_MAX)),
          kept);
    }
    return act(
        request,
        kept,
        done,
        () ->
            step.take(
                page.requirePerson(),
                request.id(),
                Optional.ofNullable(why),
                Actions.expected(version)));
  }

  /**
   * Runs an action and answers as a page should: on success back to the inbox with a notice (PRG);
   * if someone else acted first (409) the request's page as it is now, saying so; a refused manager
   * is shown at its field. 403 and 404 become the error page.
   */
  private Response act(
      ContactRequest request,
      RequestScreen.Kept kept,
      String done,
      Supplier<ContactRequest> action) {
    try {
      action.get();
    } catch (SamspelException e) {
      if (e.kind() == SamspelException.Kind.CONFLICT) {
        ContactRequest now = screen.load(request.id().value());
        return screen.respond(409, now, screen.conflict(now), FormErrors.none(), kept);
      }
      if (e.kind() == SamspelException.Kind.INVALID_INPUT
          || (e.kind() == SamspelException.Kind.NOT_FOUND && !e.problems().isEmpty())) {
        FormErrors errors = FormErrors.none();
        e.problems()
            .forEach(
                p ->
                    errors.add(
                        p.field().equals("responsibleManager")
                            ? "approve-manager"
                            : "redirect-department",
                        Words.of(page).error_service(p.reason())));
        if (errors.isEmpty()) {
          errors.add("approve-manager", Words.of(page).error_service(e.getMessage()));
        }
        return screen.respond(FormErrors.STATUS, request, null, errors, kept);
      }
      throw e;
    }
    return Response.seeOther(
            page.uri("/att-besluta?klart=" + done + "&arende=" + request.id().value()))
        .build();
  }

  private static RequestScreen.Kept kept(
      String manager,
      String note,
      String reason,
      String department,
      String forum,
      String redirectReason) {
    return new RequestScreen.Kept(
        orEmpty(manager),
        orEmpty(note),
        orEmpty(reason),
        orEmpty(department),
        orEmpty(forum),
        orEmpty(redirectReason),
        "");
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
