package se.samspel.municipality.api;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Optional;
import se.samspel.common.CallerAttributes;
import se.samspel.common.SamspelException;
import se.samspel.municipality.application.Municipalities;
import se.samspel.municipality.application.MunicipalityAddresses;
import se.samspel.municipality.application.MunicipalityScope;
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

  private final Municipalities municipalities;
  private final MunicipalityScope scope;
  private final CurrentVertxRequest vertx;

  public MunicipalityAddress(
      Municipalities municipalities, MunicipalityScope scope, CurrentVertxRequest vertx) {
    this.municipalities = municipalities;
    this.scope = scope;
    this.vertx = vertx;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    URI uri = request.getUriInfo().getRequestUri();
    Optional<MunicipalityAddresses.Scoped> scoped = MunicipalityAddresses.parse(uri.getRawPath());
    RoutingContext http = vertx.getCurrent();
    if (scoped.isEmpty()) {
      // An unscoped address (deprecated alias) is about the caller's own municipality, as their
      // roles were resolved at sign-in; about the deployment's first when no one is signed in.
      Object home = http == null ? null : http.get(CallerAttributes.HOME_MUNICIPALITY);
      if (home instanceof MunicipalityId own) {
        scope.address(own);
        request.setProperty(PROPERTY, municipalities.require(own));
      }
      return;
    }
    MunicipalityId code = scoped.get().municipality();
    Municipality municipality = municipalities.require(code);
    if (http != null && Boolean.TRUE.equals(http.get(CallerAttributes.FOREIGN_MUNICIPALITY))) {
      throw SamspelException.notFound("municipality", code.value());
    }
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
