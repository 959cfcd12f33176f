package se.samspel.common.http;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import se.samspel.common.FieldProblem;
import se.samspel.common.NulCharacter;
import se.samspel.common.SamspelException;

/**
 * Refuses, before any endpoint runs, a request whose framing Samspel will not guess at:
 *
 * <ul>
 *   <li>a body without a {@code Content-Type}, with two of them, with one that does not parse, or
 *       with a charset that is unknown — or, for JSON, other than UTF-8 (RFC 8259 §8.1): 415 {@code
 *       unsupported-media-type}. A request without a body needs no content type, so a step whose
 *       body is optional (withdraw, arrange, complete …) may be posted bare. Which types an
 *       endpoint accepts is its {@code @Consumes}; a type it does not list is 415 there;
 *   <li>a NUL character (U+0000, {@code %00}) in the path or in a query parameter's name or value:
 *       400 {@code invalid-input} naming the parameter. No text in Samspel may carry NUL, and
 *       PostgreSQL cannot store it. NUL inside JSON strings is refused by {@link
 *       se.samspel.common.StrictJson}.
 * </ul>
 */
public class RequestWellFormed {

  @ServerRequestFilter(preMatching = true, priority = jakarta.ws.rs.Priorities.AUTHENTICATION - 100)
  public void check(ContainerRequestContext context, HttpServerRequest request) {
    refuseNul(context);
    checkContentType(request.headers().getAll(HttpHeaders.CONTENT_TYPE), hasBody(request));
  }

  /** A body is announced by a positive Content-Length or by any Transfer-Encoding (RFC 9112 §6). */
  static boolean hasBody(HttpServerRequest request) {
    if (request.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
      try {
        return Long.parseLong(request.headers().get(HttpHeaders.CONTENT_LENGTH).trim()) != 0;
      } catch (NumberFormatException e) {
        return true; // the server refuses such a length before this runs (RFC 9112 §6.3)
      }
    }
    return request.headers().contains("Transfer-Encoding");
  }

  /**
   * Fails with 415 when the {@code Content-Type} header values cannot describe {@code hasBody}'s
   * body unambiguously.
   */
  static void checkContentType(List<String> values, boolean hasBody) {
    if (!hasBody) {
      return; // nothing to read, so nothing to misread: a stray Content-Type on a GET is harmless
    }
    if (values.size() > 1) {
      throw unsupported("The request carries " + values.size() + " Content-Type headers; send one");
    }
    if (values.isEmpty()) {
      throw unsupported("The request has a body but no Content-Type; say what the body is");
    }
    MediaType type;
    try {
      type = MediaType.valueOf(values.get(0));
    } catch (IllegalArgumentException e) {
      throw unsupported("The Content-Type header is not a media type");
    }
    String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
    if (charset == null) {
      return;
    }
    Charset named;
    try {
      named = Charset.isSupported(charset) ? Charset.forName(charset) : null;
    } catch (IllegalCharsetNameException e) {
      named = null;
    }
    if (named == null) {
      throw unsupported("The charset '" + printable(charset) + "' is not known");
    }
    boolean json =
        type.getSubtype().toLowerCase(Locale.ROOT).equals("json")
            || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json");
    if (json && !named.equals(StandardCharsets.UTF_8)) {
      throw unsupported("JSON is read in UTF-8 only (RFC 8259); the body says " + named.name());
    }
  }

  private static void refuseNul(ContainerRequestContext context) {
    if (NulCharacter.in(context.getUriInfo().getPath())) {
      throw SamspelException.invalid("path", NulCharacter.REASON);
    }
    MultivaluedMap<String, String> query;
    try {
      query = context.getUriInfo().getQueryParameters();
    } catch (IllegalArgumentException e) {
      throw SamspelException.invalid("query", "is not correctly percent-encoded (RFC 3986)");
    }
    for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
      String name = parameter.getKey();
      if (NulCharacter.in(name)) {
        throw SamspelException.invalid("query", "a parameter name contains a NUL character");
      }
      for (String value : parameter.getValue()) {
        if (NulCharacter.in(value)) {
          throw SamspelException.invalid(name, NulCharacter.REASON);
        }
      }
    }
  }

  private static SamspelException unsupported(String detail) {
    return new SamspelException(
        SamspelException.Kind.UNSUPPORTED_CONTENT_TYPE,
        "unsupported-media-type",
        detail,
        List.of(FieldProblem.of("Content-Type", detail)));
  }

  /** A header value as it may be repeated in an answer: printable ASCII, at most 100 characters. */
  private static String printable(String value) {
    String cleaned = value.replaceAll("[^\\x20-\\x7e]", "?");
    return cleaned.length() > 100 ? cleaned.substring(0, 100) + "…" : cleaned;
  }
}
