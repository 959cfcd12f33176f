package se.samspel.municipality.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samspel.municipality.application.Municipalities;
import se.samspel.municipality.domain.Municipality;
import se.samspel.municipality.domain.MunicipalityId;

/**
 * Resolves a municipality-scoped address before any resource is matched (issue 16): {@code
 * /api/{municipalityId}/…} and, for the pages, {@code /{municipalityId}/…}, where the id is the
 * four-digit SCB municipality code, as Sundsvall's municipal APIs put the municipality in the path.
 * A municipality the deployment does not serve is 404 problem+json naming it; a served one is kept
 * as the request's property {@value #PROPERTY} and the request goes on to the resource at the
 * unscoped address. While a deployment serves one municipality, the unscoped addresses are its
 * documented, deprecated aliases.
 */
@Provider
@PreMatching
public class MunicipalityAddress implements ContainerRequestFilter {

  /** The request property that holds the addressed {@link Municipality}. */
  public static final String PROPERTY = "samspel.municipality";

  private static final Pattern API = Pattern.compile("^/api/(\\d{4})(/.*)?$");
  private static final Pattern PAGE = Pattern.compile("^/(\\d{4})(/.*)?$");

  private final Municipalities municipalities;

  public MunicipalityAddress(Municipalities municipalities) {
    this.municipalities = municipalities;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    URI uri = request.getUriInfo().getRequestUri();
    String path = uri.getRawPath();
    Matcher api = API.matcher(path);
    Matcher page = PAGE.matcher(path);
    String unscoped;
    String code;
    if (api.matches()) {
      code = api.group(1);
      unscoped = "/api" + (api.group(2) == null ? "" : api.group(2));
    } else if (page.matches()) {
      code = page.group(1);
      unscoped = page.group(2) == null ? "/" : page.group(2);
    } else {
      return;
    }
    Municipality municipality = municipalities.require(new MunicipalityId(code));
    request.setProperty(PROPERTY, municipality);
    String query = uri.getRawQuery();
    request.setRequestUri(
        URI.create(
            uri.getScheme()
                + "://"
                + uri.getRawAuthority()
                + unscoped
                + (query == null ? "" : "?" + query)));
  }
}
