package se.samspel.security;

import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TenantConfigResolver;
import io.quarkus.oidc.TenantResolver;
import io.quarkus.oidc.runtime.OidcConfig;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;
import se.samspel.common.http.PagePaths;
import se.samspel.municipality.application.Municipalities;
import se.samspel.municipality.application.MunicipalityAddresses;
import se.samspel.municipality.domain.MunicipalityId;

/**
 * Which OIDC tenant (application.properties, "Authentication") verifies a request. First the
 * municipality the address names ({@code /api/{municipalityId}/…}, {@code /{municipalityId}/…}; an
 * unscoped address stands for the deployment's first): when it has an identity provider of its own
 * ({@link MunicipalityProviders}), its two tenants, which Quarkus OIDC builds from the
 * configurations this class returns as a {@link TenantConfigResolver} (Quarkus' dynamic tenant
 * configuration):
 *
 * <ul>
 *   <li>{@code api-<code>} ({@link #apiTenant}): bearer tokens of that provider, as the default
 *       tenant checks them, with that provider's issuer, keys and audience;
 *   <li>{@code web-<code>} ({@link #webTenant}): its pages' sign-in, the {@value #WEB} tenant's
 *       settings with that provider and the redirect path {@code /<code>/inloggning}, so that the
 *       provider's callback names the municipality (and its tenant) again; its cookies have the
 *       path {@code /<code>}.
 * </ul>
 *
 * Otherwise one of the deployment's static tenants, as a {@link TenantResolver}:
 *
 * <ul>
 *   <li>a bearer token (RFC 6750) whose unverified {@code iss} is the demo issuer, while the demo
 *       login is on: {@value #DEMO} (also at a municipality with its own provider); any other
 *       bearer token: the default tenant ({@value #PROVIDER_API}), the deployment's identity
 *       provider (which then verifies issuer, signature, audience and lifetime itself);
 *   <li>a page without a bearer token: {@value #WEB}, the provider's authorization code flow, when
 *       the provider is configured;
 *   <li>otherwise {@value #DEMO} (the embedded default), so that an API call without a token is
 *       answered 401 with {@code WWW-Authenticate: Bearer}.
 * </ul>
 *
 * The tenant follows the address alone, never the token: a token of one municipality's provider
 * sent to another municipality's address is verified by the other's provider, which did not issue
 * it, and is refused (401). The issuer is only read here to tell a demo token: a token that claims
 * the demo issuer is verified with the demo key and nothing else, and is refused when the demo
 * login is off.
 */
@ApplicationScoped
public class IdentityTenants implements TenantResolver, TenantConfigResolver {

  /** The tenant that verifies the demo login's tokens with the demo public key. */
  public static final String DEMO = "demo";

  /** The tenant of the pages' sign-in with the deployment's default provider. */
  public static final String WEB = "web";

  /**
   * Quarkus OIDC's id of the default tenant. Named, never left to Quarkus (a null answer): it would
   * then take the tenant from a session cookie's name, and the pages' session cookie would sign in
   * API calls.
   */
  public static final String PROVIDER_API = "Default";

  private static final String API_PREFIX = "api-";
  private static final String WEB_PREFIX = WEB + "-";
  private static final String BEARER = "Bearer ";

  private final AuthConfig config;
  private final MunicipalityProviders providers;
  private final Municipalities municipalities;
  private final Map<String, OidcTenantConfig> built = new ConcurrentHashMap<>();

  public IdentityTenants(
      AuthConfig config, MunicipalityProviders providers, Municipalities municipalities) {
    this.config = config;
    this.providers = providers;
    this.municipalities = municipalities;
  }

  /** The tenant of a municipality's own provider for the API. */
  public static String apiTenant(MunicipalityId municipality) {
    return API_PREFIX + municipality.value();
  }

  /** The tenant of a municipality's own provider for its pages. */
  public static String webTenant(MunicipalityId municipality) {
    return WEB_PREFIX + municipality.value();
  }

  /** Whether a tenant verifies bearer tokens of an identity provider (not the demo's). */
  public static boolean isProviderApi(Object tenant) {
    return PROVIDER_API.equals(tenant)
        || (tenant instanceof String id && id.startsWith(API_PREFIX));
  }

  /** Whether a tenant is a pages' sign-in with an identity provider. */
  public static boolean isWeb(Object tenant) {
    return WEB.equals(tenant) || (tenant instanceof String id && id.startsWith(WEB_PREFIX));
  }

  /**
   * The municipality whose own provider a tenant is; empty for the deployment's tenants (default,
   * {@value #WEB}, {@value #DEMO}).
   */
  public static Optional<MunicipalityId> ownProviderOf(Object tenant) {
    if (tenant instanceof String id) {
      for (String prefix : new String[] {API_PREFIX, WEB_PREFIX}) {
        if (id.startsWith(prefix)) {
          return MunicipalityId.parse(id.substring(prefix.length()));
        }
      }
    }
    return Optional.empty();
  }

  @Override
  public Uni<OidcTenantConfig> resolve(
      RoutingContext context, OidcRequestContext<OidcTenantConfig> requestContext) {
    MunicipalityId municipality = addressed(context.request().path());
    Optional<MunicipalityProviders.Provider> own = providers.of(municipality);
    if (own.isEmpty() || demoToken(bearerToken(context))) {
      return Uni.createFrom().nullItem();
    }
    boolean page = bearerToken(context) == null && PagePaths.isPage(context.normalizedPath());
    String tenant = page ? webTenant(municipality) : apiTenant(municipality);
    return Uni.createFrom()
        .item(
            built.computeIfAbsent(
                tenant,
                id ->
                    page
                        ? webConfig(municipality, own.get())
                        : apiConfig(municipality, own.get())));
  }

  @Override
  public String resolve(RoutingContext context) {
    String token = bearerToken(context);
    boolean providerOn = config.oidc().enabled();
    if (token != null) {
      return demoToken(token) || !providerOn ? DEMO : PROVIDER_API;
    }
    if (providerOn && PagePaths.isPage(context.normalizedPath())) {
      return WEB;
    }
    return providerOn ? PROVIDER_API : DEMO;
  }

  /**
   * Where a reader of the page at {@code rawPath} signs in with an identity provider: {@code
   * /<code>/inloggning} in a municipality with its own provider (the provider returns there), else
   * {@code /inloggning}; empty when neither the municipality nor the deployment has a provider (the
   * demo login).
   */
  public Optional<String> signInPath(String rawPath) {
    MunicipalityId municipality = addressed(rawPath);
    if (providers.of(municipality).isPresent()) {
      return Optional.of(signInPath(municipality));
    }
    return config.oidc().enabled() ? Optional.of("/inloggning") : Optional.empty();
  }

  /**
   * The path a pages' session cookie of Quarkus OIDC ({@code q_session_<tenant>…}) was set with:
   * {@code /<code>} for a municipality's own provider ({@code q_session_web-9902}), else {@code /}.
   */
  public static String cookiePathOf(String cookieName) {
    String tenant = cookieName.startsWith("q_session_") ? cookieName.substring(10) : "";
    int chunk = tenant.indexOf("_chunk_");
    return ownProviderOf(chunk < 0 ? tenant : tenant.substring(0, chunk))
        .map(municipality -> "/" + municipality.value())
        .orElse("/");
  }

  /** The client id Samspel has at the provider of a tenant (for RP-initiated logout). */
  public Optional<String> clientIdOf(Object tenant) {
    Optional<MunicipalityId> municipality = ownProviderOf(tenant);
    if (municipality.isPresent()) {
      return providers.of(municipality.get()).flatMap(MunicipalityProviders.Provider::clientId);
    }
    return config.oidc().clientId();
  }

  private static String signInPath(MunicipalityId municipality) {
    return "/" + municipality.value() + "/inloggning";
  }

  /**
   * The municipality an address names ({@code /api/{municipalityId}/…}, {@code
   * /{municipalityId}/…}), else the deployment's first (the unscoped aliases): the one whose tenant
   * verifies a request, and in which its caller's roles are resolved.
   */
  public MunicipalityId addressed(String rawPath) {
    return MunicipalityAddresses.parse(rawPath)
        .map(MunicipalityAddresses.Scoped::municipality)
        .orElseGet(() -> municipalities.first().id());
  }

  private OidcTenantConfig apiConfig(
      MunicipalityId municipality, MunicipalityProviders.Provider provider) {
    String clientId = provider.clientId().orElseThrow();
    return OidcTenantConfig.builder(staticTenant(OidcConfig.DEFAULT_TENANT_KEY))
        .tenantId(apiTenant(municipality))
        .tenantEnabled(true)
        .authServerUrl(provider.issuer().orElseThrow())
        .clientId(clientId)
        .credentials(provider.clientSecret().orElseThrow())
        .token()
        .audience(provider.audience().filter(a -> !a.isBlank()).orElse(clientId))
        .end()
        .build();
  }

  private OidcTenantConfig webConfig(
      MunicipalityId municipality, MunicipalityProviders.Provider provider) {
    return OidcTenantConfig.builder(staticTenant(WEB))
        .tenantId(webTenant(municipality))
        .tenantEnabled(true)
        .authServerUrl(provider.issuer().orElseThrow())
        .clientId(provider.clientId().orElseThrow())
        .credentials(provider.clientSecret().orElseThrow())
        .authentication()
        .redirectPath(signInPath(municipality))
        // The session and sign-in state cookies go to this municipality's addresses only. Sent
        // elsewhere, Quarkus OIDC would take them for another tenant's and delete them.
        .cookiePath("/" + municipality.value())
        .end()
        .build();
  }

  /**
   * A static tenant's settings from application.properties, which a municipality's own tenants copy
   * (claims, PKCE, cookies, refresh), so that they are written down once.
   */
  private static io.quarkus.oidc.runtime.OidcTenantConfig staticTenant(String name) {
    OidcConfig oidc =
        ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(OidcConfig.class);
    return OidcConfig.DEFAULT_TENANT_KEY.equals(name)
        ? OidcConfig.getDefaultTenant(oidc)
        : oidc.namedTenants().get(name);
  }

  private static String bearerToken(RoutingContext context) {
    String authorization = context.request().getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return authorization.substring(BEARER.length()).trim();
    }
    return null;
  }

  private boolean demoToken(String token) {
    return token != null
        && config.demo().enabled()
        && config.demo().issuer().equals(issuerOf(token));
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
