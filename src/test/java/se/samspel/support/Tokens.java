package se.samspel.support;

import io.smallrye.jwt.build.Jwt;
import java.time.Instant;
import java.util.Set;

/**
 * Real signed tokens for tests, made with the demo key pair the application under test verifies
 * against (its demo tenant): the same kind of token the demo login issues. The login is in both
 * {@code sub} and {@code preferred_username}, the default subject claim.
 */
public final class Tokens {

  public static final String ISSUER = "urn:samspel:demo";

  private Tokens() {}

  /** A valid token for the person with this login. */
  public static String forLogin(String login) {
    return Jwt.issuer(ISSUER).subject(login).preferredUserName(login).expiresIn(3600).sign();
  }

  /** A valid token for an administrator (the identity provider's group). */
  public static String administrator(String login) {
    return Jwt.issuer(ISSUER)
        .subject(login)
        .preferredUserName(login)
        .groups(Set.of("samspel-admin"))
        .expiresIn(3600)
        .sign();
  }

  /**
   * A valid token for the administrator of one municipality only (the group with its code appended,
   * {@code samspel-admin-9901}), who is not an administrator of the deployment.
   */
  public static String municipalityAdministrator(String login, String municipalityId) {
    return Jwt.issuer(ISSUER)
        .subject(login)
        .preferredUserName(login)
        .groups(Set.of("samspel-admin-" + municipalityId))
        .expiresIn(3600)
        .sign();
  }

  /** A valid token for an intranet system (the identity provider's integration group). */
  public static String integration(String subject) {
    return Jwt.issuer(ISSUER)
        .subject(subject)
        .preferredUserName(subject)
        .groups(Set.of("samspel-integration"))
        .expiresIn(3600)
        .sign();
  }

  /** A token whose validity ended an hour ago. */
  public static String expired(String login) {
    Instant past = Instant.now().minusSeconds(7200);
    return Jwt.issuer(ISSUER)
        .subject(login)
        .preferredUserName(login)
        .issuedAt(past)
        .expiresAt(past.plusSeconds(3600))
        .sign();
  }

  /** A token from some other issuer. */
  public static String foreignIssuer(String login) {
    return Jwt.issuer("https://evil.example")
        .subject(login)
        .preferredUserName(login)
        .expiresIn(3600)
        .sign();
  }

  /** A token that claims roles and groups for itself but is not an administrator. */
  public static String claimingRoles(String login) {
    return Jwt.issuer(ISSUER)
        .subject(login)
        .preferredUserName(login)
        .groups(Set.of("kd", "administrator", "member"))
        .expiresIn(3600)
        .sign();
  }
}
