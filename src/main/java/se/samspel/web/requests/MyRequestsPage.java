package se.samspel.web.requests;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.domain.Roles;
import se.samspel.request.application.ReadRequests;
import se.samspel.request.application.RequestViews;
import se.samspel.web.PageContext;
import se.samspel.web.PageNumbers;

/**
 * "Mina ärenden": the reader's own requests, newest first, with their status and where they wait.
 */
@Path("/mina-arenden")
@RolesAllowed(Roles.MEMBER)
@Produces(MediaType.TEXT_HTML)
public class MyRequestsPage {

  /** Rows on a page of the list. */
  static final int PAGE_SIZE = 20;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance mine(
        PageContext page, List<RequestViews.SummaryView> requests, PageNumbers paging);
  }

  private final PageContext page;
  private final ReadRequests read;
  private final OrganisationDirectory directory;
  private final Clock clock;

  public MyRequestsPage(
      PageContext page, ReadRequests read, OrganisationDirectory directory, Clock clock) {
    this.page = page;
    this.read = read;
    this.directory = directory;
    this.clock = clock;
  }

  @GET
  @Operation(hidden = true)
  public TemplateInstance mine(@QueryParam("sida") String sida) {
    int number = PageNumbers.requested(sida);
    ReadRequests.Mine mine = read.mine(page.requirePerson(), number - 1, PAGE_SIZE);
    LocalDate today = LocalDate.now(clock);
    List<RequestViews.SummaryView> requests =
        mine.items().stream()
            .map(
                s ->
                    RequestViews.summary(
                        s, directory.current(), directory.names(), today, mine.reader().of(s)))
            .toList();
    return Templates.mine(page, requests, PageNumbers.of(number, mine.total(), PAGE_SIZE))
        .setLocale(page.locale());
  }

  /** A request's page has one address for everyone on it: {@code /arenden/{id}}. */
  @GET
  @Path("/{id}")
  @Operation(hidden = true)
  public Response one(@PathParam("id") String id) {
    return Response.seeOther(page.uri("/arenden/" + RequestScreen.requestId(id).value())).build();
  }
}
