package se.samspel.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How callers are identified. */
@ConfigMapping(prefix = "samspel.auth")
public interface AuthConfig {

  /**
   * The token claim whose value is a person's login in the organisation: {@code preferred_username}
   * (Keycloak), {@code upn} or {@code oid} (Microsoft Entra ID). Never a pairwise {@code sub}: it
   * differs per client and matches no login an HR system exports.
   */
  @WithDefault("preferred_username")
  String subjectClaim();

  /** The claim that lists the caller's groups at the identity provider. */
  @WithDefault("groups")
  String groupsClaim();

  /** The identity provider group whose members administer Samspel. */
  @WithDefault("samspel-admin")
  String administratorGroup();

  /** The identity provider group whose members (intranet systems) may read the event feed. */
  @WithDefault("samspel-integration")
  String integrationGroup();

  /** The demo login of the embedded default. */
  Demo demo();

  /** How long a verified bearer token and the roles it gives are remembered. */
  TokenCache tokenCache();

  /**
   * The cache of verified bearer tokens ({@link VerifiedTokens}): a token seen again within its
   * lifetime is neither verified nor resolved to roles again. An organisation change, a new day or
   * the token's {@code exp} ends an entry at once; this bounds it otherwise.
   */
  interface TokenCache {
    /** How many tokens are remembered at most; 0 turns the cache off. */
    @WithDefault("10000")
    int maxSize();

    /**
     * How long a token is remembered at most, however long it is valid: a signing key the provider
     * withdraws stops being trusted within this time.
     */
    @WithDefault("PT5M")
    Duration timeToLive();
  }

  /** The municipality's OpenID Connect provider (README, "Sign-in"). */
  Oidc oidc();

  /**
   * The identity provider, named once for the API's bearer tokens and the pages' sign-in (the
   * quarkus.oidc tenants in application.properties read these values).
   */
  interface Oidc {
    /** Whether the provider is used; on by default in production, off in the embedded default. */
    @WithDefault("false")
    boolean enabled();

    /** The issuer URL (OpenID Connect Discovery 1.0 reads its metadata below it). */
    Optional<String> issuer();

    /** Samspel's client id at the provider. */
    Optional<String> clientId();

    /** The client secret: from the environment only (SAMSPEL_OIDC_CLIENT_SECRET). */
    Optional<String> clientSecret();

    /** The audience ({@code aud}) API tokens must carry; the client id unless set. */
    Optional<String> audience();
  }

  /** The demo login: signs tokens for the demo organisation's people. Never on in production. */
  interface Demo {
    /** Whether POST /api/auth/demo-login exists. */
    @WithDefault("false")
    boolean enabled();

    /** How long a demo token is valid. */
    @WithDefault("PT8H")
    Duration tokenLifetime();

    /** Logins whose demo tokens carry the administrator group. */
    @WithDefault("admin")
    List<String> administrators();

    /** The issuer written into demo tokens; the demo tenant accepts only this issuer. */
    @WithDefault("urn:samspel:demo")
    String issuer();

    /** The HttpOnly cookie the demo login page keeps its token in (pages only). */
    @WithDefault("samspel_token")
    String cookie();
  }
}
