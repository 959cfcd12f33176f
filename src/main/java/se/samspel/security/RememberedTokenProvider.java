package se.samspel.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Answers a bearer token Samspel has verified before from {@link VerifiedTokens}, ahead of Quarkus
 * OIDC's identity provider (a higher {@link #priority()}: Quarkus asks identity providers in
 * descending priority and goes on to the next when one answers with no identity). A token not
 * remembered gets no identity here, so Quarkus OIDC verifies it as ever and {@link
 * OrganisationRoleAugmentor} remembers the result.
 *
 * <p>Only access tokens ({@link AccessTokenCredential}: the API's bearer tokens, and the demo
 * login's cookie handed on as one) are answered here. The pages' sign-in with a provider verifies
 * its ID token through Quarkus OIDC every time, which also refreshes the session when it is due.
 */
@ApplicationScoped
public class RememberedTokenProvider implements IdentityProvider<TokenAuthenticationRequest> {

  /**
   * Marks an identity answered from the cache, so that the augmentor does not resolve it again; its
   * value is {@code Boolean.TRUE}.
   */
  static final String REMEMBERED_ATTRIBUTE = "samspel.remembered-token";

  /** Above Quarkus OIDC's identity provider (1001 in Quarkus 3.34). */
  static final int PRIORITY = 2_000;

  private final VerifiedTokens verified;
  private final IdentityTenants tenants;

  public RememberedTokenProvider(VerifiedTokens verified, IdentityTenants tenants) {
    this.verified = verified;
    this.tenants = tenants;
  }

  @Override
  public Class<TokenAuthenticationRequest> getRequestType() {
    return TokenAuthenticationRequest.class;
  }

  @Override
  public int priority() {
    return PRIORITY;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      TokenAuthenticationRequest request, AuthenticationRequestContext context) {
    RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
    if (http == null || !(request.getToken() instanceof AccessTokenCredential token)) {
      return Uni.createFrom().nullItem();
    }
    return Uni.createFrom()
        .item(
            verified
                .find(token.getToken(), tenants.addressed(http.request().path()))
                .map(identity -> forThisRequest(identity, http))
                .orElse(null));
  }

  /**
   * The remembered identity with this request's routing context in place of the one it was first
   * built for (Quarkus HTTP and Quarkus OIDC each keep it as an attribute).
   */
  private static SecurityIdentity forThisRequest(SecurityIdentity identity, RoutingContext http) {
    QuarkusSecurityIdentity.Builder builder =
        QuarkusSecurityIdentity.builder(identity)
            .addAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, http)
            .addAttribute(REMEMBERED_ATTRIBUTE, Boolean.TRUE);
    if (identity.getAttribute(RoutingContext.class.getName()) != null) {
      builder.addAttribute(RoutingContext.class.getName(), http);
    }
    return builder.build();
  }
}
