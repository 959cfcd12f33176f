package se.samspel.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import se.samspel.common.http.PagePaths;

/**
 * The demo login's cookie on the pages: its token is handed to the one verification stack as the
 * bearer token it is (then verified by the {@link IdentityTenants#DEMO} tenant like any other).
 * Only for pages, only while the demo login is on, and never over an Authorization header the
 * request already has. The API reads the Authorization header alone, so no state-changing API call
 * can ride on a cookie (no CSRF exposure); the pages' forms carry their CSRF token.
 */
@ApplicationScoped
public class DemoTokenCookie {

  /** After the HTTP edge checks (which refuse a repeated cookie), before authentication. */
  static final int PRIORITY = 900_000;

  private final AuthConfig config;

  public DemoTokenCookie(AuthConfig config) {
    this.config = config;
  }

  void register(@Observes Filters filters) {
    filters.register(this::bearerFromCookie, PRIORITY);
  }

  void bearerFromCookie(RoutingContext rc) {
    HttpServerRequest request = rc.request();
    if (config.demo().enabled()
        && request.getHeader("Authorization") == null
        && PagePaths.isPage(rc.normalizedPath())) {
      Cookie cookie = request.getCookie(config.demo().cookie());
      if (cookie != null && !cookie.getValue().isBlank()) {
        request.headers().set("Authorization", "Bearer " + cookie.getValue());
      }
    }
    rc.next();
  }
}
