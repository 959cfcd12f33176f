package se.samspel.security;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.samspel.common.FieldProblem;
import se.samspel.common.SamspelException;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.domain.Login;
import se.samspel.organisation.domain.Person;

/**
 * The demo login of the embedded default: signs a token for a person of the demo organisation by
 * their login, without a password. Used by the API's demo login and by the login page; both answer
 * "not found" unless {@code samspel.auth.demo.enabled} is true, which production never has unless
 * an operator sets it.
 */
@ApplicationScoped
public class DemoLogin {

  private final AuthConfig config;
  private final OrganisationDirectory directory;
  private final Clock clock;

  public DemoLogin(AuthConfig config, OrganisationDirectory directory, Clock clock) {
    this.config = config;
    this.directory = directory;
    this.clock = clock;
  }

  /** A signed token and whom it names. */
  public record Issued(String token, Instant expiresAt, Person person, boolean administrator) {}

  public boolean enabled() {
    return config.demo().enabled();
  }

  /**
   * Why no token: no person of the organisation has the login. When an import retired the person
   * who had it, says so and points to the README's recovery steps (section "The organisation
   * import", "No lock-out", "If it happens anyway"), since it is then usually an administrator
   * locked out by an import rather than a typing mistake.
   */
  private SamspelException noOneWithLogin(String login) {
    String message =
        directory
            .retiredWithLogin(login)
            .map(
                retired ->
                    "No person in the organisation has the login '"
                        + login
                        + "': an organisation import has retired the person who had it ("
                        + retired.id().value()
                        + "). To recover, see the README, section 'The organisation import',"
                        + " 'No lock-out', 'If it happens anyway'.")
            .orElse("No person in the organisation has the login '" + login + "'.");
    return new SamspelException(
        SamspelException.Kind.NOT_FOUND,
        "not-found",
        message,
        List.of(FieldProblem.of("login", message)));
  }

  /** Signs a token for the person with this login; not found when disabled or unknown. */
  public Issued issue(String requestedLogin) {
    if (!enabled()) {
      throw new SamspelException(
          SamspelException.Kind.NOT_FOUND, "not-found", "Nothing is found at this address");
    }
    String wanted = requestedLogin == null ? "" : requestedLogin.trim();
    // Whichever municipality lists the login: a login is unique in the deployment.
    Person person =
        directory
            .municipalityOfLogin(wanted)
            .map(directory::current)
            .orElseGet(directory::current)
            .personByLogin(wanted)
            .orElseThrow(() -> noOneWithLogin(wanted));
    boolean administrator =
        config.demo().administrators().stream().anyMatch(admin -> Login.same(admin, wanted));
    Set<String> groups = new HashSet<>();
    if (administrator) {
      groups.add(config.administratorGroup());
    }
    Instant now = clock.instant();
    Instant expires = now.plus(config.demo().tokenLifetime());
    String login = person.login().orElseThrow();
    String token =
        Jwt.issuer(config.demo().issuer())
            .subject(login)
            .upn(login)
            .claim("preferred_username", login)
            .claim("name", person.name())
            .groups(groups)
            .issuedAt(now)
            .expiresAt(expires)
            .sign();
    return new Issued(token, expires, person, administrator);
  }
}
