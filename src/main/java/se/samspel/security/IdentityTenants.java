package se.samspel.security;

import io.quarkus.oidc.TenantResolver;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import se.samspel.common.http.PagePaths;

/**
 * Which OIDC tenant (application.properties, "Authentication") verifies a request:
 *
 * <ul>
 *   <li>a bearer token (RFC 6750) whose unverified {@code iss} is the demo issuer, while the demo
 *       login is on: {@value #DEMO}; any other bearer token: the default tenant ({@value
 *       #PROVIDER_API}), the municipality's identity provider (which then verifies issuer,
 *       signature, audience and lifetime itself);
 *   <li>a page without a bearer token: {@value #WEB}, the provider's authorization code flow, when
 *       the provider is configured;
 *   <li>otherwise {@value #DEMO} (the embedded default), so that an API call without a token is
 *       answered 401 with {@code WWW-Authenticate: Bearer}.
 * </ul>
 *
 * The issuer is only read here to choose who verifies: a token that claims the demo issuer is
 * verified with the demo key and nothing else, and is refused when the demo login is off.
 */
@ApplicationScoped
public class IdentityTenants implements TenantResolver {

  /** The tenant that verifies the demo login's tokens with the demo public key. */
  public static final String DEMO = "demo";

  /** The tenant of the pages' sign-in with the municipality's provider. */
  public static final String WEB = "web";

  /**
   * Quarkus OIDC's id of the default tenant. Named, never left to Quarkus (a null answer): it would
   * then take the tenant from a session cookie's name, and the pages' session cookie would sign in
   * API calls.
   */
  public static final String PROVIDER_API = "Default";

  private static final String BEARER = "Bearer ";

  private final AuthConfig config;

  public IdentityTenants(AuthConfig config) {
    this.config = config;
  }

  @Override
  public String resolve(RoutingContext context) {
    String authorization = context.request().getHeader("Authorization");
    boolean providerOn = config.oidc().enabled();
    if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      String token = authorization.substring(BEARER.length()).trim();
      boolean demoToken = config.demo().enabled() && config.demo().issuer().equals(issuerOf(token));
      return demoToken || !providerOn ? DEMO : PROVIDER_API;
    }
    if (providerOn && PagePaths.isPage(context.normalizedPath())) {
      return WEB;
    }
    return providerOn ? PROVIDER_API : DEMO;
  }

  /** The {@code iss} claim of a JWS compact serialisation, unverified; null when unreadable. */
  static String issuerOf(String token) {
    int first = token.indexOf('.');
    int second = first < 0 ? -1 : token.indexOf('.', first + 1);
    if (second < 0) {
      return null;
    }
    try {
      byte[] payload = Base64.getUrlDecoder().decode(token.substring(first + 1, second));
      Object issuer = new JsonObject(new String(payload, StandardCharsets.UTF_8)).getValue("iss");
      return issuer instanceof String text ? text : null;
    } catch (RuntimeException unreadable) {
      return null;
    }
  }
}
