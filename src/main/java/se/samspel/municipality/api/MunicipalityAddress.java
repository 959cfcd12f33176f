package se.samspel.municipality.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Optional;
import se.samspel.municipality.application.Municipalities;
import se.samspel.municipality.application.MunicipalityAddresses;
import se.samspel.municipality.application.MunicipalityScope;
import se.samspel.municipality.domain.Municipality;

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

  private final Municipalities municipalities;
  private final MunicipalityScope scope;

  public MunicipalityAddress(Municipalities municipalities, MunicipalityScope scope) {
    this.municipalities = municipalities;
    this.scope = scope;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    URI uri = request.getUriInfo().getRequestUri();
    Optional<MunicipalityAddresses.Scoped> scoped = MunicipalityAddresses.parse(uri.getRawPath());
    if (scoped.isEmpty()) {
      return;
    }
    Municipality municipality = municipalities.require(scoped.get().municipality());
    request.setProperty(PROPERTY, municipality);
    scope.address(municipality.id());
    String query = uri.getRawQuery();
    request.setRequestUri(
        URI.create(
            uri.getScheme()
                + "://"
                + uri.getRawAuthority()
                + scoped.get().unscoped()
                + (query == null ? "" : "?" + query)));
  }
}
