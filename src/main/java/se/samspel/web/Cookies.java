package se.samspel.web;

import jakarta.ws.rs.core.NewCookie;
import java.time.Duration;

/** The cookies of the pages, always HttpOnly and SameSite=Lax, Secure unless configured off. */
final class Cookies {

  /**
   * The bearer token of the logged-in person (read by smallrye-jwt, see application.properties).
   */
  static final String TOKEN = "samspel_token";

  /** The double-submit CSRF token that every form repeats in its {@code _csrf} field. */
  static final String CSRF = "samspel_csrf";

  /** The chosen language of the pages ({@code sv} or {@code en}). */
  static final String LANGUAGE = "samspel_lang";

  private Cookies() {}

  static NewCookie of(String name, String value, Duration maxAge, boolean secure) {
    return new NewCookie.Builder(name)
        .value(value)
        .path("/")
        .maxAge((int) Math.min(Integer.MAX_VALUE, maxAge.toSeconds()))
        .httpOnly(true)
        .secure(secure)
        .sameSite(NewCookie.SameSite.LAX)
        .build();
  }

  static NewCookie expired(String name, boolean secure) {
    return expired(name, "/", secure);
  }

  /** The same for a cookie set with another path (a municipality's own provider's session). */
  static NewCookie expired(String name, String path, boolean secure) {
    return new NewCookie.Builder(name)
        .value("")
        .path(path)
        .maxAge(0)
        .httpOnly(true)
        .secure(secure)
        .sameSite(NewCookie.SameSite.LAX)
        .build();
  }
}
