package se.samspel.common.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import se.samspel.common.SamspelException;

/**
 * Refuses a request whose declared Content-Length is larger than its endpoint accepts, before the
 * body is read: 413 as problem+json. The organisation import has a larger limit than the rest of
 * the API, which takes small JSON documents; so has the administration page's form for it.
 */
public class BodySizeLimit {

  /** The one endpoint that takes a whole organisation. */
  static final String IMPORT_PATH = "/api/organisation/import";

  /** The administration page's form that uploads a whole organisation (multipart). */
  static final String IMPORT_PAGE_PATH = "/administration/organisation";

  private final HttpLimits limits;

  public BodySizeLimit(HttpLimits limits) {
    this.limits = limits;
  }

  @ServerRequestFilter(preMatching = true)
  public void limit(ContainerRequestContext request) {
    check(request.getUriInfo().getPath(), request.getLength());
  }

  /**
   * Fails when {@code contentLength} is over the limit for {@code path}; a negative length (none
   * declared) passes.
   */
  void check(String path, long contentLength) {
    long limit = limitFor(path);
    if (contentLength > limit) {
      throw tooLarge(contentLength, limit);
    }
  }

  /**
   * The 413 refusal of a body of {@code contentLength} bytes where {@code limit} bytes are the most
   * (also the example of {@link ProblemResponses#CONTENT_TOO_LARGE}).
   */
  static SamspelException tooLarge(long contentLength, long limit) {
    return new SamspelException(
        SamspelException.Kind.TOO_LARGE,
        "body-too-large",
        "The body has "
            + contentLength
            + " bytes; this address accepts at most "
            + limit
            + " bytes");
  }

  /** The largest body, in bytes, that {@code path} accepts. */
  long limitFor(String path) {
    String normalised = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    if (IMPORT_PATH.equals(normalised) || IMPORT_PAGE_PATH.equals(normalised)) {
      return limits.maxImportSize().asLongValue();
    }
    return limits.maxBodySize().asLongValue();
  }
}
