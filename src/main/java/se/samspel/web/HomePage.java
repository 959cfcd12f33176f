package se.samspel.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The start page: what Samspel is and what the reader can do here. */
@Path("/")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class HomePage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance home(PageContext page);
  }

  private final PageContext page;

  public HomePage(PageContext page) {
    this.page = page;
  }

  @GET
  @Operation(hidden = true)
  public TemplateInstance home() {
    return Templates.home(page).setLocale(page.locale());
  }
}
