package se.samspel.web;

import java.net.URI;
import java.net.URISyntaxException;
import se.samspel.common.http.PagePaths;
import se.samspel.municipality.application.MunicipalityAddresses;

/** Which addresses are pages (everything but the API, Quarkus' tools and static assets). */
public final class Pages {

  private Pages() {}

  public static boolean isPage(String path) {
    return PagePaths.isPage(path);
  }

  /**
   * A local address to return to after logging in: a path on this site, never another host (an open
   * redirect would let a link send people to a look-alike login page). Browsers drop tabs and line
   * breaks from an address and read a backslash as a slash (WHATWG URL Standard, "basic URL
   * parser"), so "/\t/evil.example" or "/\\evil.example" would leave the site: an address with any
   * control character, white space or backslash is refused, as is one that is not a valid URI
   * reference (RFC 3986) without scheme and host. A refused address returns to the home page.
   */
  public static String safeReturnPath(String next) {
    if (next == null
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.chars().anyMatch(Pages::unsafeInAddress)
        || !localPath(next)
        || !isPage(next)
        || leadsOut(next)) {
      return "/";
    }
    return next;
  }

  /** Logging out or in again, at any municipality's address ({@code /9902/logga-ut}). */
  private static boolean leadsOut(String next) {
    String unscoped =
        MunicipalityAddresses.parse(next).map(MunicipalityAddresses.Scoped::unscoped).orElse(next);
    return unscoped.startsWith("/logga-ut") || unscoped.startsWith("/inloggning");
  }

  private static boolean unsafeInAddress(int c) {
    return c == '\\' || Character.isISOControl(c) || Character.isWhitespace(c) || c == '\u00a0';
  }

  private static boolean localPath(String next) {
    try {
      URI uri = new URI(next);
      return uri.getScheme() == null && uri.getRawAuthority() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
