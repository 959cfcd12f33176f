package se.samspel.web;

import se.samspel.common.http.PagePaths;

/** Which addresses are pages (everything but the API, Quarkus' tools and static assets). */
public final class Pages {

  private Pages() {}

  public static boolean isPage(String path) {
    return PagePaths.isPage(path);
  }

  /**
   * A local address to return to after logging in: a path on this site, never another host (an open
   * redirect would let a link send people to a look-alike login page).
   */
  public static String safeReturnPath(String next) {
    if (next == null
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.contains("\\")
        || next.contains("\r")
        || next.contains("\n")
        || !isPage(next)
        || next.startsWith("/logga-ut")
        || next.startsWith("/inloggning")) {
      return "/";
    }
    return next;
  }
}
