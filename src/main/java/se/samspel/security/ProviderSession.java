package se.samspel.security;

import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The pages' session with the municipality's identity provider (the {@link IdentityTenants#WEB}
 * tenant, or the municipality's own provider's): whether there is a provider, and ending a session
 * on both sides.
 */
@RequestScoped
public class ProviderSession {

  private static final Logger LOG = Logger.getLogger(ProviderSession.class);

  /**
   * The session cookie Quarkus OIDC sets for the pages' tenant ({@code q_session} and the tenant
   * id; a large session is split into {@code _chunk_N} cookies after it). A municipality's own
   * provider's session cookie starts with it too ({@code q_session_web-9902}).
   */
  public static final String COOKIE = "q_session_" + IdentityTenants.WEB;

  /** Where Quarkus OIDC keeps the tenant that authenticated an identity. */
  private static final String TENANT_ATTRIBUTE = "tenant-id";

  private final IdentityTenants tenants;
  private final SecurityIdentity identity;
  private final Instance<OidcSession> session;
  private final Instance<OidcConfigurationMetadata> metadata;
  private final HttpServerRequest request;

  public ProviderSession(
      IdentityTenants tenants,
      SecurityIdentity identity,
      Instance<OidcSession> session,
      Instance<OidcConfigurationMetadata> metadata,
      HttpServerRequest request) {
    this.tenants = tenants;
    this.identity = identity;
    this.session = session;
    this.metadata = metadata;
    this.request = request;
  }

  /**
   * Whether the pages of the addressed municipality sign in with an identity provider (its own or
   * the deployment's).
   */
  public boolean providerConfigured() {
    return signInPath().isPresent();
  }

  /**
   * Where the pages of the addressed municipality sign in with their identity provider ({@code
   * /inloggning}, or {@code /<code>/inloggning} with a provider of its own); empty without one.
   */
  public Optional<String> signInPath() {
    return tenants.signInPath(request.path());
  }

  /**
   * Ends the reader's session with the provider, if they have one: Samspel's session cookie is
   * removed, and the answer is the provider's end-session endpoint (OpenID Connect RP-Initiated
   * Logout 1.0: {@code id_token_hint}, {@code post_logout_redirect_uri}, {@code client_id}) that
   * ends the provider's session and returns to {@code loggedOutPage} (a path on this site, which
   * must be registered at the provider as a post-logout redirect URI). Empty when the reader has no
   * provider session (the demo login, or no one) or the provider names no end-session endpoint:
   * then only Samspel's session ends.
   */
  public Optional<URI> end(URI loggedOutPage) {
    Object tenant = identity.getAttribute(TENANT_ATTRIBUTE);
    if (identity.isAnonymous() || !IdentityTenants.isWeb(tenant)) {
      return Optional.empty();
    }
    OidcSession oidcSession = session.get();
    String idToken =
        oidcSession.getIdToken() == null ? null : oidcSession.getIdToken().getRawToken();
    String endSession = metadata.isResolvable() ? metadata.get().getEndSessionUri() : null;
    oidcSession.logout().await().indefinitely();
    if (endSession == null || endSession.isBlank()) {
      LOG.warn("The identity provider names no end_session_endpoint: only Samspel's session ended");
      return Optional.empty();
    }
    URI returnTo =
        URI.create(request.scheme() + "://" + request.authority().toString())
            .resolve(loggedOutPage);
    StringBuilder logout = new StringBuilder(endSession);
    logout.append(endSession.contains("?") ? '&' : '?');
    logout.append("post_logout_redirect_uri=").append(encoded(returnTo.toString()));
    logout.append("&client_id=").append(encoded(tenants.clientIdOf(tenant).orElse("")));
    if (idToken != null) {
      logout.append("&id_token_hint=").append(encoded(idToken));
    }
    return Optional.of(URI.create(logout.toString()));
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
