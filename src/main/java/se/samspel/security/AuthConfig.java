package se.samspel.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** How callers are identified. */
@ConfigMapping(prefix = "samspel.auth")
public interface AuthConfig {

  /** The token claim whose value is a person's login in the organisation (e.g. sub, upn, email). */
  @WithDefault("sub")
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

    /** The issuer written into demo tokens; must match mp.jwt.verify.issuer. */
    @WithDefault("urn:samspel:demo")
    String issuer();
  }
}
