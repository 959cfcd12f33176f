package se.samspel.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.samspel.common.FieldProblem;
import se.samspel.common.LogFields;

/**
 * The HTTP edge: what the server checks below JAX-RS, answered as RFC 9457 {@code
 * application/problem+json} like every other error of Samspel.
 *
 * <p>The HTTP server (Vert.x on Netty) is configured with generous hard limits ({@code
 * quarkus.http.limits.max-initial-line-length}, {@code max-header-size}), so that a request over
 * Samspel's own limits reaches this filter, which runs before any other route, and is refused with
 * a body:
 *
 * <ul>
 *   <li>414 {@code uri-too-long}: the request-target (path and query) is longer than {@code
 *       samspel.http.max-uri-length} characters (8 KiB);
 *   <li>431 {@code headers-too-large}: the header fields together are larger than {@code
 *       samspel.http.max-header-size} bytes (16 KiB), counted as RFC 9112 section 5 writes them
 *       ({@code name: value CRLF});
 *   <li>400 {@code duplicate-header}: a field that RFC 9110 allows once ({@code Authorization},
 *       {@code Content-Length}, {@code Host}) appears more than once; {@code errors[].field} names
 *       it. Refused instead of letting the first (or last) one win. Two {@code Content-Type}
 *       headers are 415, like every other body whose type is unclear ({@link RequestWellFormed});
 *   <li>400 {@code invalid-uri}: the request-target holds a byte RFC 3986 does not allow there (a
 *       control character, a space, a byte of 0x80 or above) or a {@code %} not followed by two
 *       hexadecimal digits. Quarkus' root handler already refuses most of these (all but the bytes
 *       of 0x80 and above), without a body; this check is what answers them should it not.
 * </ul>
 *
 * <p>Failures that Vert.x Web itself raises before routing (no {@code Host} header, a path that
 * cannot be decoded, a body over the server's hard limit) reach {@link #failure} and get the same
 * problem form instead of Quarkus' default error page. A request body whose chunked framing (RFC
 * 9112 section 7.1) is broken is a fault of the client: it is logged at DEBUG, not as an incident,
 * and answered 400 {@code malformed-request} where the connection can still carry an answer.
 *
 * <p>What the server refuses before any application code runs, and so without a body, is listed in
 * the README ("Errors", "The HTTP edge").
 */
@ApplicationScoped
public class HttpEdge {

  private static final Logger LOG = Logger.getLogger(HttpEdge.class);

  /** Runs before every other filter and route (Quarkus: highest priority first). */
  static final int PRIORITY = 1_000_000;

  /** Header fields that RFC 9110 allows at most once in a request. */
  static final List<String> SINGLE_FIELDS = List.of("Authorization", "Content-Length", "Host");

  private final HttpLimits limits;
  private final ObjectMapper json;
  private final String tokenCookie;

  /**
   * @param tokenCookie the cookie the pages carry the bearer token in ({@code
   *     samspel.auth.demo.cookie}, the demo login's)
   */
  public HttpEdge(
      HttpLimits limits,
      ObjectMapper json,
      @ConfigProperty(name = "samspel.auth.demo.cookie", defaultValue = "samspel_token")
          String tokenCookie) {
    this.limits = limits;
    this.json = json;
    this.tokenCookie = tokenCookie;
  }

  void registerFilter(@Observes Filters filters) {
    filters.register(this::check, PRIORITY);
  }

  void registerFailureHandlers(@Observes Router router) {
    // Failures of Vert.x Web (before or outside JAX-RS) come here before Quarkus' error handler.
    router.route().order(-PRIORITY).failureHandler(this::failure);
    // Route matching that throws (an undecodable path) bypasses failure handlers: only these
    // remain.
    router.errorHandler(400, rc -> answerFailure(rc, 400));
    router.errorHandler(500, rc -> answerFailure(rc, 500));
  }

  /** The checks of the class comment, in that order; passes the request on when none applies. */
  void check(RoutingContext rc) {
    HttpServerRequest request = rc.request();
    String uri = request.uri();
    long maxUri = limits.maxUriLength().asLongValue();
    if (uri.length() > maxUri) {
      send(
          rc,
          414,
          "uri-too-long",
          "URI Too Long",
          "The request-target has "
              + uri.length()
              + " characters; this service accepts at most "
              + maxUri,
          null,
          List.of());
      return;
    }
    long headerBytes = headerBytes(request.headers());
    long maxHeaders = limits.maxHeaderSize().asLongValue();
    if (headerBytes > maxHeaders) {
      send(
          rc,
          431,
          "headers-too-large",
          "Request Header Fields Too Large",
          "The header fields have "
              + headerBytes
              + " bytes; this service accepts at most "
              + maxHeaders,
          pathOf(uri),
          List.of());
      return;
    }
    for (String name : SINGLE_FIELDS) {
      int count = request.headers().getAll(name).size();
      if (count > 1) {
        refuseRepeated(rc, "header", name, count);
        return;
      }
    }
    // The token cookie stands in for Authorization: the same rule, never "first one wins".
    int tokens = cookieCount(request.headers().getAll(HttpHeaders.COOKIE), tokenCookie);
    if (tokens > 1) {
      refuseRepeated(rc, "cookie", tokenCookie, tokens);
      return;
    }
    String invalid = invalidTargetReason(uri);
    if (invalid != null) {
      send(
          rc,
          400,
          "invalid-uri",
          "Bad Request",
          "The request-target is not a valid URI: " + invalid,
          null,
          List.of(FieldProblem.of("uri", invalid)));
      return;
    }
    watchFraming(rc);
    rc.next();
  }

  /**
   * A broken chunked body (RFC 9112 section 7.1) makes Vert.x fail the connection: it tells the
   * connection's exception handler, then the request's, then closes. The answer is written here,
   * first, and flushed, since the connection is closed right after; the client's fault is logged at
   * DEBUG.
   */
  private void watchFraming(RoutingContext rc) {
    HttpServerRequest request = rc.request();
    if (!request.headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
      return;
    }
    HttpConnection connection = request.connection();
    if (connection == null) {
      return;
    }
    connection.exceptionHandler(
        failure -> {
          LOG.debugf(
              "Malformed request body for %s %s (RFC 9112 framing): %s",
              request.method(), pathOf(request.uri()), failure.toString());
          HttpServerResponse response = rc.response();
          if (response.headWritten() || response.ended() || response.closed()) {
            return;
          }
          send(
              rc,
              400,
              "malformed-request",
              "Bad Request",
              "The body's framing is broken (chunked transfer coding, RFC 9112 section 7.1)",
              pathOf(request.uri()),
              List.of(FieldProblem.of("body", "malformed chunked framing")));
          flush(connection);
        });
  }

  /**
   * Vert.x defers its flush to the end of the read in progress, and the connection is closed before
   * that: without this the answer would be dropped. The connection type is Vert.x' own (no public
   * flush exists); where it is not, the answer is simply not sent.
   */
  private static void flush(HttpConnection connection) {
    if (connection instanceof io.vertx.core.net.impl.ConnectionBase base) {
      base.channel().flush();
    }
  }

  /** A failure raised in Vert.x Web (not one JAX-RS mapped): answered as a problem. */
  void failure(RoutingContext rc) {
    // The identity provider's sign-in sends the reader to its login (the authorization code
    // flow) by this exception; Quarkus' own handler answers it with the redirect.
    if (rc.failure() instanceof io.quarkus.security.AuthenticationRedirectException) {
      rc.next();
      return;
    }
    int status = rc.statusCode();
    if (rc.failure() instanceof HttpException http) {
      status = http.getStatusCode();
    }
    answerFailure(rc, status);
  }

  private void answerFailure(RoutingContext rc, int status) {
    HttpServerResponse response = rc.response();
    if (response.headWritten() || response.ended() || response.closed()) {
      return;
    }
    String path = pathOf(rc.request().uri());
    if (status < 400 || status >= 500) {
      String incident = LogFields.incidentId();
      LOG.errorf(rc.failure(), "Unexpected failure in the HTTP layer, incident %s", incident);
      send(
          rc,
          500,
          "internal-error",
          "Internal Server Error",
          ProblemMappers.incidentDetail(incident),
          path,
          List.of());
      return;
    }
    LOG.debugf("Refused %s %s with %d: %s", rc.request().method(), path, status, rc.failure());
    String code =
        switch (status) {
          case 400 -> "malformed-request";
          case 413 -> "body-too-large";
          case 414 -> "uri-too-long";
          case 431 -> "headers-too-large";
          default -> ProblemMappers.codeOf(status);
        };
    String detail =
        switch (status) {
          case 404 -> "Nothing is found at this address";
          case 405 -> "This address does not accept that method";
          case 413 -> "The body is larger than this service accepts";
          case 414 -> "The request-target is longer than this service accepts";
          case 431 -> "The header fields are larger than this service accepts";
          case 400 ->
              rc.request().host() == null
                  ? "The request has no Host header (RFC 9112 section 3.2)"
                  : "The request is not well-formed HTTP";
          default -> "The request is refused: " + ProblemMappers.titleOf(status);
        };
    send(rc, status, code, ProblemMappers.titleOf(status), detail, path, List.of());
  }

  private void send(
      RoutingContext rc,
      int status,
      String code,
      String title,
      String detail,
      String instance,
      List<FieldProblem> errors) {
    Problem problem = Problem.of(status, code, title, detail, instance, errors);
    String body;
    try {
      body = json.writeValueAsString(problem);
    } catch (JsonProcessingException e) {
      body = "{\"status\":" + status + ",\"code\":\"" + code + "\"}";
    }
    HttpServerResponse response = rc.response();
    response.setStatusCode(status);
    response.headers().set(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
    response.headers().set(HttpHeaders.CACHE_CONTROL, "no-store");
    if (status == 400 || status == 414 || status == 431) {
      // The rest of what the client sent cannot be trusted to be framed as it says.
      response.headers().set(HttpHeaders.CONNECTION, "close");
    }
    response.end(body);
  }

  /** The size of the header section as sent: {@code name: value CRLF} per field (RFC 9112). */
  static long headerBytes(MultiMap headers) {
    long bytes = 0;
    for (Map.Entry<String, String> field : headers) {
      bytes += field.getKey().length() + 2L + field.getValue().length() + 2L;
    }
    return bytes;
  }

  /**
   * Why {@code target} is not a request-target RFC 3986 allows, or {@code null} when it is: no
   * control character, space or byte of 0x80 and above, and every {@code %} followed by two
   * hexadecimal digits.
   */
  static String invalidTargetReason(String target) {
    for (int i = 0; i < target.length(); i++) {
      char c = target.charAt(i);
      if (c <= 0x20 || c == 0x7f) {
        return String.format("control character or space 0x%02X at position %d", (int) c, i);
      }
      if (c >= 0x80) {
        return "byte 0x%02X at position %d is not allowed unencoded".formatted((int) c & 0xff, i);
      }
      if (c == '%'
          && (i + 2 >= target.length()
              || Character.digit(target.charAt(i + 1), 16) < 0
              || Character.digit(target.charAt(i + 2), 16) < 0)) {
        return "'%' at position " + i + " is not followed by two hexadecimal digits";
      }
    }
    return null;
  }

  /** 400 {@code duplicate-header}: the {@code what} (header or cookie) {@code name} came twice. */
  private void refuseRepeated(RoutingContext rc, String what, String name, int count) {
    send(
        rc,
        400,
        "duplicate-header",
        "Bad Request",
        "The " + what + " " + name + " appears " + count + " times; send it once",
        pathOf(rc.request().uri()),
        List.of(FieldProblem.of(name, "appears " + count + " times; allowed once")));
  }

  /**
   * How often the cookie {@code name} is sent in the {@code Cookie} header fields {@code values}
   * (RFC 6265 section 4.2.1: {@code name=value} pairs separated by {@code ;}).
   */
  static int cookieCount(List<String> values, String name) {
    int count = 0;
    for (String value : values) {
      for (String pair : value.split(";")) {
        int equals = pair.indexOf('=');
        if (equals > 0 && pair.substring(0, equals).trim().equals(name)) {
          count++;
        }
      }
    }
    return count;
  }

  /** The path of a request-target, for {@code instance}; none when it cannot be one. */
  static String pathOf(String uri) {
    if (uri == null || invalidTargetReason(uri) != null) {
      return null;
    }
    int query = uri.indexOf('?');
    String path = query < 0 ? uri : uri.substring(0, query);
    return path.length() > 200 ? null : path;
  }
}
