package se.samspel.web.escalation;

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
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import se.samspel.common.SamspelException;
import se.samspel.escalation.application.EscalateRequest;
import se.samspel.escalation.application.EscalationViews;
import se.samspel.escalation.application.EscalationViews.EscalationView;
import se.samspel.escalation.application.ReadEscalations;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.PositionId;
import se.samspel.organisation.domain.Roles;
import se.samspel.request.application.Capacities;
import se.samspel.request.domain.ContactRequest;
import se.samspel.request.domain.RequestId;
import se.samspel.request.domain.RequestReader;
import se.samspel.web.FormErrors;
import se.samspel.web.PageContext;
import se.samspel.web.PageNumbers;

/**
 * "Eskaleringar" for managers: the open requests waiting on the reader or anyone below them,
 * overdue first, with the time left; those waiting on the reader can be taken (the clock stops
 * until the next deadline) or escalated by hand with a reason.
 */
@Path("/eskaleringar")
@RolesAllowed(Roles.MEMBER)
@Produces(MediaType.TEXT_HTML)
public class EscalationsPage {

  static final int PAGE_SIZE = 25;
  static final int MAX_REASON = ContactRequest.MAX_NOTE_LENGTH;

  /** One row of the list, and whether it waits on the reader (so they may act on it). */
  public record Row(EscalationView item, boolean mine, String timeLeft) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance list(
        PageContext page,
        List<Row> rows,
        long total,
        PageNumbers pager,
        String done,
        String doneRequest);

    static native TemplateInstance escalate(
        PageContext page, Row row, String reason, String reasonError);
  }

  private final PageContext page;
  private final ReadEscalations read;
  private final EscalationViews views;
  private final EscalateRequest escalate;
  private final OrganisationDirectory directory;
  private final Capacities capacities;

  public EscalationsPage(
      PageContext page,
      ReadEscalations read,
      EscalationViews views,
      EscalateRequest escalate,
      OrganisationDirectory directory,
      Capacities capacities) {
    this.page = page;
    this.read = read;
    this.views = views;
    this.escalate = escalate;
    this.directory = directory;
    this.capacities = capacities;
  }

  @GET
  @Operation(hidden = true)
  public TemplateInstance list(
      @QueryParam("sida") String pageParam,
      @QueryParam("klart") String done,
      @QueryParam("arende") String doneRequest) {
    int number = PageNumbers.requested(pageParam);
    PersonId reader = page.requirePerson();
    ReadEscalations.Listing listing = read.page(reader, number - 1, PAGE_SIZE);
    List<Row> rows = rows(reader, listing);
    PageNumbers pager = PageNumbers.of(number, listing.total(), PAGE_SIZE);
    // The notice links to the request acted on, so that its new deadline is one step away while
    // the list stays for the next one; anything but a request id is left out.
    String acted =
        RequestId.parse(doneRequest == null ? "" : doneRequest).map(RequestId::value).orElse("");
    return Templates.list(page, rows, listing.total(), pager, knownNotice(done), acted)
        .setLocale(page.locale());
  }

  @POST
  @Path("/{id}/ta")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response take(@PathParam("id") String id, @RestForm("_csrf") String csrf) {
    page.verifyCsrf(csrf);
    RequestId request = requestId(id);
    try {
      escalate.acknowledge(page.requirePerson(), request);
    } catch (SamspelException e) {
      if (!"invalid-transition".equals(e.code())) {
        throw e;
      }
      // Taken already at this level (a second click, another tab) or handled meanwhile: the list
      // says so, and shows who took it.
      return Response.seeOther(
              page.uri("/eskaleringar?klart=redan-taget&arende=" + request.value()))
          .build();
    }
    return Response.seeOther(page.uri("/eskaleringar?klart=taget&arende=" + request.value()))
        .build();
  }

  @GET
  @Path("/{id}/eskalera")
  @Operation(hidden = true)
  public TemplateInstance escalateForm(@PathParam("id") String id) {
    return Templates.escalate(page, mineOrNotFound(id), "", null).setLocale(page.locale());
  }

  @POST
  @Path("/{id}/eskalera")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response escalateByHand(
      @PathParam("id") String id,
      @RestForm("reason") String reason,
      @RestForm("_csrf") String csrf) {
    page.verifyCsrf(csrf);
    String given = reason == null ? "" : reason.strip();
    if (given.isEmpty() || given.length() > MAX_REASON) {
      String error = given.isEmpty() ? "missing" : "too-long";
      return Response.status(FormErrors.STATUS)
          .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
          .entity(
              Templates.escalate(page, mineOrNotFound(id), given, error).setLocale(page.locale()))
          .build();
    }
    RequestId request = requestId(id);
    escalate.escalateByHand(page.requirePerson(), request, given);
    return Response.seeOther(page.uri("/eskaleringar?klart=eskalerat&arende=" + request.value()))
        .build();
  }

  /** The row of a request waiting on the reader; anything else is not theirs to escalate. */
  private Row mineOrNotFound(String id) {
    PersonId reader = page.requirePerson();
    RequestId requestId = requestId(id);
    // The list is the reader's whole part of the tree; the request must be in it and theirs.
    for (int number = 0; ; number++) {
      ReadEscalations.Listing listing = read.page(reader, number, 100);
      for (Row row : rows(reader, listing)) {
        if (row.item().id().equals(requestId.value())) {
          if (!row.mine()) {
            throw SamspelException.forbidden("The request waits on someone else");
          }
          return row;
        }
      }
      if (listing.items().size() < 100) {
        throw SamspelException.notFound("request", id);
      }
    }
  }

  private List<Row> rows(PersonId reader, ReadEscalations.Listing listing) {
    OrganisationGraph graph = directory.current();
    LocalDate day = listing.day();
    Set<PositionId> own = capacities.of(reader, day).positions();
    RequestReader requestReader = views.reader(reader);
    return listing.items().stream()
        .map(
            item ->
                new Row(
                    views.of(item, graph, listing.now(), day, requestReader),
                    own.contains(item.waitingOn()),
                    item.timeLeft(listing.now()).map(this::duration).orElse("")))
        .toList();
  }

  /** A duration as people read it: "2 dygn 3 tim", "45 min" (its sign is shown elsewhere). */
  private String duration(Duration signed) {
    Duration d = signed.abs();
    long days = d.toDays();
    long hours = d.toHoursPart();
    long minutes = d.toMinutesPart();
    boolean sv = page.lang().equals("sv");
    StringBuilder text = new StringBuilder();
    if (days > 0) {
      text.append(days).append(sv ? " dygn" : (days == 1 ? " day" : " days"));
    }
    if (hours > 0 && days < 7) {
      text.append(text.length() > 0 ? " " : "").append(hours).append(sv ? " tim" : " h");
    }
    if (days == 0 && hours < 2) {
      text.append(text.length() > 0 ? " " : "").append(minutes).append(" min");
    }
    return text.toString();
  }

  private static String knownNotice(String done) {
    return done != null && List.of("taget", "redan-taget", "eskalerat").contains(done) ? done : "";
  }

  private static RequestId requestId(String id) {
    return RequestId.parse(id).orElseThrow(() -> SamspelException.notFound("request", id));
  }
}
