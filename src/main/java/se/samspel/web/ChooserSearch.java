package se.samspel.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.samspel.organisation.domain.Roles;

/**
 * The suggestions the pages' comboboxes ask for as the reader types ({@code /assets/chooser.js}). A
 * page address, so the page's own sign-in (the provider's session or the demo cookie) is accepted,
 * which the bearer-only API is not; it only reads (GET), so no CSRF token is needed, and it says no
 * more than the API's {@code GET /api/organisation/search} tells any member. A bad query is a 400
 * like the API's; the script then shows no suggestions and the form's "Sök" button still works.
 */
@Path("/sok")
@RolesAllowed(Roles.MEMBER)
@Produces(MediaType.APPLICATION_JSON)
public class ChooserSearch {

  private final PageContext page;
  private final Choosers choosers;

  public ChooserSearch(PageContext page, Choosers choosers) {
    this.page = page;
    this.choosers = choosers;
  }

  /** Posts by part of a name, title or unit: value (the post's id), name, detail; total. */
  @GET
  @Path("/positioner")
  @Operation(hidden = true)
  public Choosers.Suggestions positions(@QueryParam("q") String query) {
    page.requirePerson();
    return choosers.suggestPositions(page, query);
  }

  /** The administration's units by part of their name or their department's. */
  @GET
  @Path("/enheter")
  @Operation(hidden = true)
  public Choosers.Suggestions units(@QueryParam("q") String query) {
    page.requirePerson();
    return choosers.suggestUnits(query);
  }
}
