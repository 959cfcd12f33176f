package se.samspel.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Checks at start that callers can sign in at all: with the identity provider (its issuer, client
 * id and secret all given) or, where an operator turned it on, the demo login. When a setting is
 * missing, one log line names every missing one, and the application stops at once (exit status 78,
 * EX_CONFIG of sysexits.h) instead of serving pages nobody can sign in to. The check runs first
 * among the start's observers; Flyway has migrated the database by then.
 */
@ApplicationScoped
public class IdentitySettings {

  private static final Logger LOG = Logger.getLogger(IdentitySettings.class);

  /** EX_CONFIG (sysexits.h): a configuration error. */
  static final int EX_CONFIG = 78;

  private final AuthConfig config;
  private final MunicipalityProviders providers;

  public IdentitySettings(AuthConfig config, MunicipalityProviders providers) {
    this.config = config;
    this.providers = providers;
  }

  void check(@Observes @Priority(1) StartupEvent start) {
    missing()
        .ifPresent(
            problem -> {
              LOG.error(problem);
              // Stop here, before the rest of the start: an orderly exit would first finish it
              // (schedulers, the shipped policies, the port) and could then log the stack of a
              // scheduled task cut off by the shutdown. Nothing has been acknowledged to anyone.
              Runtime.getRuntime().halt(EX_CONFIG);
            });
  }

  /** The missing setting, said as an operator sets it; empty when sign-in is configured. */
  Optional<String> missing() {
    return missingOwnProvider().or(this::missingDefault);
  }

  /**
   * A municipality's own provider (issue 16) named without a setting it needs, or under a key that
   * is no four-digit municipality code.
   */
  private Optional<String> missingOwnProvider() {
    for (var entry : new java.util.TreeMap<>(providers.all()).entrySet()) {
      String code = entry.getKey();
      String env = "SAMSPEL_MUNICIPALITIES__" + code + "__OIDC_";
      if (se.samspel.municipality.domain.MunicipalityId.parse(code).isEmpty()) {
        return Optional.of(
            "Samspel cannot start: samspel.municipalities."
                + code
                + " names no four-digit municipality code (README, \"Sign-in\").");
      }
      MunicipalityProviders.Provider own = entry.getValue().oidc();
      java.util.List<String> missing = new java.util.ArrayList<>();
      if (blank(own.issuer())) {
        missing.add(env + "ISSUER");
      }
      if (blank(own.clientId())) {
        missing.add(env + "CLIENT_ID");
      }
      if (blank(own.clientSecret())) {
        missing.add(env + "CLIENT_SECRET");
      }
      if (!missing.isEmpty()) {
        return Optional.of(
            "Samspel cannot start: municipality "
                + code
                + " has an identity provider of its own, but "
                + String.join(", ", missing)
                + (missing.size() == 1 ? " is" : " are")
                + " not set (README, \"Sign-in\").");
      }
    }
    return Optional.empty();
  }

  private Optional<String> missingDefault() {
    AuthConfig.Oidc oidc = config.oidc();
    if (!oidc.enabled()) {
      return config.demo().enabled()
          ? Optional.empty()
          : Optional.of(
              "Samspel cannot start: no sign-in is configured. Set SAMSPEL_OIDC_ISSUER,"
                  + " SAMSPEL_OIDC_CLIENT_ID and SAMSPEL_OIDC_CLIENT_SECRET for the"
                  + " municipality's identity provider (README, \"Sign-in\").");
    }
    java.util.List<String> missing = new java.util.ArrayList<>();
    if (blank(oidc.issuer())) {
      missing.add(
          "SAMSPEL_OIDC_ISSUER (the identity provider's issuer URL, e.g."
              + " https://login.example.se/realms/kommun)");
    }
    if (blank(oidc.clientId())) {
      missing.add("SAMSPEL_OIDC_CLIENT_ID (Samspel's client id at the identity provider)");
    }
    if (blank(oidc.clientSecret())) {
      missing.add("SAMSPEL_OIDC_CLIENT_SECRET (the client secret, from the environment only)");
    }
    if (!missing.isEmpty()) {
      return Optional.of(
          "Samspel cannot start: "
              + String.join(", ", missing)
              + (missing.size() == 1 ? " is" : " are")
              + " not set (README, \"Sign-in\").");
    }
    return Optional.empty();
  }

  private static boolean blank(Optional<String> value) {
    return value.map(String::isBlank).orElse(true);
  }
}
