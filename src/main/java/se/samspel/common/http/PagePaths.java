package se.samspel.common.http;

/**
 * Which addresses are pages: everything but the API ({@code /api}), Quarkus' tools ({@code /q/})
 * and static assets ({@code /assets/}). Pages sign in through the browser (the identity provider's
 * session or the demo login's cookie); the API only ever takes a bearer token.
 */
public final class PagePaths {

  private PagePaths() {}

  /** Whether {@code path} (a request path, starting with '/') is a page. */
  public static boolean isPage(String path) {
    return !(path.startsWith("/api/")
        || path.equals("/api")
        || path.startsWith("/q/")
        || path.startsWith("/assets/"));
  }
}
