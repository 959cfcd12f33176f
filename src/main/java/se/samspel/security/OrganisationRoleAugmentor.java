package se.samspel.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import se.samspel.common.CallerAttributes;
import se.samspel.common.LogFields;
import se.samspel.municipality.application.Municipalities;
import se.samspel.municipality.domain.MunicipalityId;
import se.samspel.organisation.application.CurrentCaller;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.domain.LoginMatch;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.Person;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.Position;
import se.samspel.organisation.domain.Roles;

/**
 * Turns an authenticated token (a bearer token, the ID token of a page's sign-in, or a demo token)
 * into Samspel's roles. The configured subject claim names the person by login, matched as the
 * organisation matches logins (case-insensitively). The roles a token claims for itself are
 * dropped: organisational roles come only from the positions the person holds today (appointed or
 * acting), and only the configured identity-provider groups make an administrator or an integration
 * (an intranet system reading the event feed). A token of a municipality's own identity provider
 * (issue 16) makes roles in that municipality only: its groups never reach the deployment.
 */
@ApplicationScoped
public class OrganisationRoleAugmentor implements SecurityIdentityAugmentor {

  /** Where Quarkus OIDC keeps the tenant that authenticated an identity. */
  private static final String TENANT_ATTRIBUTE = "tenant-id";

  private final OrganisationDirectory directory;
  private final AuthConfig config;
  private final Clock clock;
  private final Municipalities municipalities;
  private final IdentityTenants tenants;
  private final VerifiedTokens verified;

  public OrganisationRoleAugmentor(
      OrganisationDirectory directory,
      AuthConfig config,
      Clock clock,
      Municipalities municipalities,
      IdentityTenants tenants,
      VerifiedTokens verified) {
    this.directory = directory;
    this.config = config;
    this.clock = clock;
    this.municipalities = municipalities;
    this.tenants = tenants;
    this.verified = verified;
  }

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    // The request's log lines from here on name the caller's person (README, "Logs").
    return withRoles(identity).invoke(OrganisationRoleAugmentor::intoLogFields);
  }

  private static void intoLogFields(SecurityIdentity identity) {
    if (identity.getAttribute(CallerAttributes.PERSON) instanceof PersonId person) {
      LogFields.callerIs(person.value());
    }
  }

  private Uni<SecurityIdentity> withRoles(SecurityIdentity identity) {
    if (identity.isAnonymous()
        || !(identity.getPrincipal() instanceof JsonWebToken token)
        || identity.getAttribute(RememberedTokenProvider.REMEMBERED_ATTRIBUTE) != null) {
      // A remembered token's identity was built here when it was first verified.
      return Uni.createFrom().item(identity);
    }
    Object tenant = identity.getAttribute(TENANT_ATTRIBUTE);
    if (IdentityTenants.isProviderApi(tenant) && isIdToken(token)) {
      // An ID token names its audience as the client id too, and travels in logout URLs
      // (id_token_hint): it proves a sign-in to Samspel's pages, never a call of its API.
      return Uni.createFrom()
          .failure(new AuthenticationFailedException("An ID token is not an access token"));
    }
    Optional<MunicipalityId> ownProvider = IdentityTenants.ownProviderOf(tenant);
    if (ownProvider.isPresent()
        && !ownProvider.get().equals(addressedMunicipality(requestOf(identity)))) {
      // IdentityTenants chooses a municipality's own provider by the address alone, so this
      // cannot happen; should it ever, that provider's people are nobody elsewhere.
      return Uni.createFrom()
          .failure(
              new AuthenticationFailedException(
                  "A token of municipality "
                      + ownProvider.get().value()
                      + "'s own provider is only valid at its addresses"));
    }
    return Uni.createFrom().item(() -> remembered(identity, token, ownProvider));
  }

  /**
   * The identity with its roles, remembered for the token's next requests ({@link VerifiedTokens})
   * when it came with an access token: every check above has passed.
   */
  private SecurityIdentity remembered(
      SecurityIdentity identity, JsonWebToken token, Optional<MunicipalityId> ownProvider) {
    long generation = verified.generation();
    SecurityIdentity augmented = withOrganisationRoles(identity, token, ownProvider);
    AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
    RoutingContext request = requestOf(identity);
    if (credential != null && credential.getToken() != null && request != null) {
      verified.remember(
          credential.getToken(),
          addressedMunicipality(request),
          augmented,
          token.getExpirationTime(),
          generation);
    }
    return augmented;
  }

  private SecurityIdentity withOrganisationRoles(
      SecurityIdentity identity, JsonWebToken token, Optional<MunicipalityId> ownProvider) {
    QuarkusSecurityIdentity.Builder builder =
        QuarkusSecurityIdentity.builder()
            .setPrincipal(identity.getPrincipal())
            .addCredentials(identity.getCredentials())
            .addAttributes(identity.getAttributes())
            .setAnonymous(false);
    Set<String> roles = new LinkedHashSet<>();
    Optional<String> login = claim(token, config.subjectClaim());
    Optional<MunicipalityId> home = login.flatMap(directory::municipalityOfLogin);
    RoutingContext request = requestOf(identity);
    MunicipalityId addressed = addressedMunicipality(request);
    if (ownProvider.isPresent()) {
      // The municipality's own provider speaks for that municipality only: its administrator
      // group administers this municipality, never the deployment, and its integration group reads
      // this municipality's feed (with or without the code appended).
      if (administers(token, addressed)) {
        roles.add(Roles.ADMINISTRATOR);
      }
      if (memberOf(token, config.integrationGroup())
          || memberOf(token, config.integrationGroup() + "-" + addressed.value())) {
        roles.add(Roles.INTEGRATION);
      }
    } else {
      if (administers(token, addressed)) {
        roles.add(Roles.ADMINISTRATOR);
      }
      if (memberOf(token, config.administratorGroup())) {
        roles.add(Roles.DEPLOYMENT_ADMINISTRATOR);
      }
      if (readsFeedOf(token, addressed)) {
        roles.add(Roles.INTEGRATION);
      }
    }
    // A person of another municipality, or an administrator or intranet system of another one
    // only, who neither administers this one nor reads its feed, is told it does not exist (404,
    // by the problem mapping), never that it is forbidden.
    builder.addAttribute(
        CallerAttributes.FOREIGN_MUNICIPALITY,
        roles.isEmpty()
            && (home.filter(h -> !h.equals(addressed)).isPresent()
                || servesAnother(token, addressed)));
    OrganisationGraph graph = directory.current(addressed);
    login.ifPresent(l -> builder.addAttribute(CurrentCaller.LOGIN_ATTRIBUTE, l));
    LoginMatch match = login.map(graph::lookupLogin).orElse(new LoginMatch.Unknown());
    if (match instanceof LoginMatch.Ambiguous) {
      builder.addAttribute(CurrentCaller.LOGIN_SHARED_ATTRIBUTE, Boolean.TRUE);
    }
    Optional<Person> person =
        match instanceof LoginMatch.Found found ? Optional.of(found.person()) : Optional.empty();
    if (person.isPresent()) {
      builder.addAttribute(CurrentCaller.PERSON_ATTRIBUTE, person.get().id());
      roles.add(Roles.MEMBER);
      LocalDate today = LocalDate.now(clock);
      for (Position position : graph.positionsHeldBy(person.get().id(), today)) {
        roles.addAll(Roles.of(position.kind()));
      }
    }
    builder.addRoles(roles);
    return builder.build();
  }

  /** The HTTP request an identity was made for, as Quarkus OIDC or Quarkus HTTP keeps it. */
  private static RoutingContext requestOf(SecurityIdentity identity) {
    RoutingContext request = HttpSecurityUtils.getRoutingContextAttribute(identity);
    if (request == null
        && identity.getAttribute(RoutingContext.class.getName()) instanceof RoutingContext oidc) {
      request = oidc;
    }
    return request;
  }

  /**
   * The municipality the request is about, as the address filter resolves it: the one its address
   * names ({@code /api/{municipalityId}/…}), else the deployment's first (the unscoped, deprecated
   * addresses). Roles are always a caller's roles in that municipality.
   */
  private MunicipalityId addressedMunicipality(RoutingContext request) {
    return request == null
        ? municipalities.first().id()
        : tenants.addressed(request.request().path());
  }

  /**
   * The administrator group ({@code samspel-admin}) makes an administrator of the deployment, who
   * administers every municipality; the group with a municipality's code appended ({@code
   * samspel-admin-1960}) administers that one.
   */
  private boolean administers(JsonWebToken token, MunicipalityId municipality) {
    return memberOf(token, config.administratorGroup())
        || memberOf(token, config.administratorGroup() + "-" + municipality.value());
  }

  /**
   * The integration group with a municipality's code appended ({@code samspel-integration-1960})
   * reads that municipality's event feed; the group itself, the deployment's first municipality's
   * (as before there were several).
   */
  private boolean readsFeedOf(JsonWebToken token, MunicipalityId municipality) {
    return memberOf(token, config.integrationGroup() + "-" + municipality.value())
        || (memberOf(token, config.integrationGroup())
            && municipality.equals(municipalities.first().id()));
  }

  /**
   * Whether the token's groups make its bearer an administrator or an intranet system of some other
   * municipality than this one ({@code samspel-admin-9902} at 9901's address; the integration group
   * itself is the first municipality's): to them this municipality does not exist.
   */
  private boolean servesAnother(JsonWebToken token, MunicipalityId municipality) {
    String administrators = config.administratorGroup() + "-";
    String integrations = config.integrationGroup() + "-";
    return groups(token).stream()
        .anyMatch(
            g ->
                (g.startsWith(administrators) && !g.equals(administrators + municipality.value()))
                    || (g.startsWith(integrations)
                        && !g.equals(integrations + municipality.value()))
                    || (g.equals(config.integrationGroup())
                        && !municipality.equals(municipalities.first().id())));
  }

  /**
   * Whether a bearer token is an OpenID Connect ID token rather than an access token: Keycloak
   * marks its ID tokens with the claim {@code typ: "ID"} (its access tokens {@code "Bearer"}).
   */
  static boolean isIdToken(JsonWebToken token) {
    return claim(token, "typ").map(t -> t.equalsIgnoreCase("ID")).orElse(false);
  }

  private static Optional<String> claim(JsonWebToken token, String name) {
    Object value = token.getClaim(name);
    if (value == null) {
      return Optional.empty();
    }
    String text = value.toString();
    if (value instanceof jakarta.json.JsonString json) {
      text = json.getString();
    }
    return text.isBlank() ? Optional.empty() : Optional.of(text);
  }

  private boolean memberOf(JsonWebToken token, String group) {
    return groups(token).contains(group);
  }

  /** The identity provider's groups the token names, in the configured claim. */
  private Set<String> groups(JsonWebToken token) {
    if ("groups".equals(config.groupsClaim())) {
      return token.getGroups() == null ? Set.of() : token.getGroups();
    }
    Object value = token.getClaim(config.groupsClaim());
    if (value instanceof Collection<?> values) {
      return values.stream()
          .map(v -> v instanceof jakarta.json.JsonString s ? s.getString() : v.toString())
          .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
    return Set.of();
  }
}
