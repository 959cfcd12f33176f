package se.samspel.web.requests;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import se.samspel.request.domain.RequestId;

/**
 * Links in mails sent before they pointed at the request's page named the API's address ({@code
 * /api/requests/{id}}), which a browser shows as JSON or, without a bearer token, as a 401 problem.
 * A browser that opens such an address (a GET asking for HTML, with no {@code Authorization}
 * header, so never an API client) is sent on to the request's page with 303, which signs the reader
 * in if needed and decides who may read the request. Every other call to the API is left as it is.
 */
public class MailedApiLinks {

  private static final Pattern REQUEST = Pattern.compile("/api/requests/([^/]+)");

  /** Runs before the API's security, which would answer the browser 401. */
  @ServerRequestFilter(preMatching = true)
  public Response toTheRequestsPage(ContainerRequestContext ctx) {
    if (!HttpMethod.GET.equals(ctx.getMethod())
        || ctx.getHeaderString(HttpHeaders.AUTHORIZATION) != null
        || !asksForHtml(ctx)) {
      return null;
    }
    return requestId(ctx.getUriInfo().getPath())
        .map(id -> Response.seeOther(URI.create("/arenden/" + id.value())).build())
        .orElse(null);
  }

  static Optional<RequestId> requestId(String path) {
    Matcher matcher = REQUEST.matcher(path);
    return matcher.matches() ? RequestId.parse(matcher.group(1)) : Optional.empty();
  }

  private static boolean asksForHtml(ContainerRequestContext ctx) {
    return ctx.getAcceptableMediaTypes().stream()
        .anyMatch(m -> m.getType().equals("text") && m.getSubtype().equals("html"));
  }
}
