package se.samspel.security;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;
import jakarta.annotation.Priority;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps the identity provider's OIDC tenants off while a setting they need is missing, so that
 * Quarkus OIDC does not stop the start with a message about its own property names ({@code
 * 'quarkus.oidc.web.auth-server-url' property must be configured}): {@link IdentitySettings} then
 * names the setting an operator actually sets (SAMSPEL_OIDC_ISSUER, …) in one log line and stops
 * the application. Also turns on the sign-in address's HTTP permission when only municipalities
 * have providers of their own (issue 16; {@code samspel.municipalities.<code>.oidc.issuer}), since
 * its switch follows the default provider's. Registered in
 * META-INF/services/io.smallrye.config.ConfigSourceInterceptor.
 */
@Priority(Priorities.APPLICATION + 100)
public class IncompleteProviderSettings implements ConfigSourceInterceptor {

  private static final Set<String> TENANT_SWITCHES =
      Set.of("quarkus.oidc.tenant-enabled", "quarkus.oidc.web.tenant-enabled");

  /** What both tenants need; IdentitySettings names the first one missing. */
  static final List<String> REQUIRED =
      List.of(
          "samspel.auth.oidc.issuer",
          "samspel.auth.oidc.client-id",
          "samspel.auth.oidc.client-secret");

  /** The HTTP permission that sends a reader without a session to the provider's login. */
  static final String SIGN_IN_PERMISSION = "quarkus.http.auth.permission.sign-in.enabled";

  /** A municipality's own issuer, as a property or as an environment variable. */
  private static final Pattern OWN_ISSUER =
      Pattern.compile(
          "samspel\\.municipalities\\.\"?\\d{4}\"?\\.oidc\\.issuer"
              + "|SAMSPEL_MUNICIPALITIES_+\\d{4}_+OIDC_ISSUER");

  @Override
  public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
    ConfigValue value = context.proceed(name);
    if (value != null
        && SIGN_IN_PERMISSION.equals(name)
        && !"true".equalsIgnoreCase(value.getValue())
        && anyOwnProvider(context)) {
      return value.withValue("true");
    }
    if (value != null
        && TENANT_SWITCHES.contains(name)
        && "true".equalsIgnoreCase(value.getValue())
        && REQUIRED.stream().anyMatch(required -> blank(context.proceed(required)))) {
      return value.withValue("false");
    }
    return value;
  }

  private static boolean anyOwnProvider(ConfigSourceInterceptorContext context) {
    Iterator<String> names = context.iterateNames();
    while (names.hasNext()) {
      String name = names.next();
      if (OWN_ISSUER.matcher(name).matches() && !blank(context.proceed(name))) {
        return true;
      }
    }
    return false;
  }

  private static boolean blank(ConfigValue value) {
    return value == null || value.getValue() == null || value.getValue().isBlank();
  }
}
