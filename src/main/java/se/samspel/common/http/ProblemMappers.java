package se.samspel.common.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import se.samspel.common.CallerAttributes;
import se.samspel.common.FieldProblem;
import se.samspel.common.LogFields;
import se.samspel.common.SamspelException;
import se.samspel.common.StrictJson;

/**
 * The one place where every failure becomes {@code application/problem+json}. Nothing that leaves
 * here carries a stack trace, an SQL fragment or a Java class name; unexpected failures are logged
 * with an id that the answer repeats, so support can find them.
 */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @jakarta.inject.Inject CurrentIdentityAssociation identities;

  /** The detail of every 401, also the example of {@link ProblemResponses#UNAUTHORIZED}. */
  static final String UNAUTHENTICATED_DETAIL =
      "Log in: send a valid bearer token from the identity provider";

  /** The detail of a 403 from a role check, also the example of the shared 403. */
  static final String FORBIDDEN_DETAIL = "Your positions in the organisation do not allow this";

  /**
   * The role of administrators ({@code organisation.domain.Roles.ADMINISTRATOR}, repeated because
   * common may not depend on the parts that use it; {@code RefusalsSayWhyTest} checks they agree).
   * Positions never grant it: only membership of the identity provider's administrators' group.
   */
  static final String ADMINISTRATOR_ROLE = "administrator";

  /** The identity provider's group that makes an administrator ({@code AuthConfig}). */
  @org.eclipse.microprofile.config.inject.ConfigProperty(name = "samspel.auth.administrator-group")
  String administratorGroup;

  @ServerExceptionMapper
  public Response samspel(SamspelException e, UriInfo uri) {
    if (e.kind() == SamspelException.Kind.FORBIDDEN && foreignMunicipality()) {
      return notHere(uri);
    }
    int status =
        switch (e.kind()) {
          case INVALID_INPUT -> 400;
          case FORBIDDEN -> 403;
          case NOT_FOUND -> 404;
          case CONFLICT -> 409;
          case TOO_LARGE -> 413;
          case UNSUPPORTED_CONTENT_TYPE -> 415;
          case UNPROCESSABLE -> 422;
          case TOO_MANY_REQUESTS -> 429;
        };
    Response response =
        answer(status, e.code(), titleOf(status), e.getMessage(), uri, e.problems());
    if (e instanceof TooManyRequests tooMany) {
      return Response.fromResponse(response)
          .header(HttpHeaders.RETRY_AFTER, Long.toString(tooMany.retryAfterSeconds()))
          .build();
    }
    return response;
  }

  @ServerExceptionMapper
  public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
    List<FieldProblem> problems =
        e.getConstraintViolations().stream()
            .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
            .map(v -> FieldProblem.of(fieldOf(v), v.getMessage()))
            .toList();
    return answer(
        400,
        "invalid-input",
        titleOf(400),
        problems.size() + " field(s) are invalid",
        uri,
        problems);
  }

  /**
   * A body that parsed as JSON but does not fit what the endpoint reads: an unknown field, a value
   * of the wrong type or form, a NUL in a string, content after the document. 400 naming the field.
   */
  @ServerExceptionMapper
  public Response jsonMapping(JsonMappingException e, UriInfo uri) {
    JsonParseException parse = causeOfType(e, JsonParseException.class);
    if (parse != null) {
      return jsonParse(parse, uri);
    }
    if (e instanceof MismatchedInputException && isTrailingContent(e)) {
      // {...} {} is as malformed as {...}}garbage: a body is one JSON value (RFC 8259).
      return answer(
          400,
          "malformed-json",
          titleOf(400),
          "Content follows the JSON value; a body is exactly one JSON value",
          uri,
          List.of(FieldProblem.of("body", "content follows the JSON value")));
    }
    return jsonField(e, reasonOf(e), uri);
  }

  // Quarkus REST ships mappers of its own for some of Jackson's exceptions (plain application/json
  // answers); a mapper for each exact type keeps every answer a problem.

  @ServerExceptionMapper
  public Response unrecognizedProperty(UnrecognizedPropertyException e, UriInfo uri) {
    return jsonMapping(e, uri);
  }

  @ServerExceptionMapper
  public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
    return jsonMapping(e, uri);
  }

  @ServerExceptionMapper
  public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
    return jsonMapping(e, uri);
  }

  @ServerExceptionMapper
  public Response forbiddenCharacter(StrictJson.ForbiddenCharacterException e, UriInfo uri) {
    return jsonMapping(e, uri);
  }

  @ServerExceptionMapper
  public Response invalidTypeId(InvalidTypeIdException e, UriInfo uri) {
    return jsonMapping(e, uri);
  }

  /** Jackson's {@code FAIL_ON_TRAILING_TOKENS} failure: a second value after the body's one. */
  private static boolean isTrailingContent(JsonMappingException e) {
    return String.valueOf(e.getOriginalMessage()).startsWith("Trailing token");
  }

  /** Why a JSON value cannot be read into its field, in words a client developer understands. */
  static String reasonOf(JsonMappingException e) {
    if (e instanceof UnrecognizedPropertyException) {
      return "is not a known field";
    }
    if (e instanceof StrictJson.ForbiddenCharacterException) {
      return e.getOriginalMessage();
    }
    if (e instanceof InvalidFormatException invalid) {
      if (invalid.getTargetType() != null && invalid.getTargetType().isEnum()) {
        return "unknown value '"
            + invalid.getValue()
            + "'; expected one of "
            + Arrays.stream(invalid.getTargetType().getEnumConstants())
                .map(Object::toString)
                .collect(Collectors.joining(", "));
      }
      return "'" + invalid.getValue() + "' is not a valid " + describe(invalid.getTargetType());
    }
    if (e instanceof InvalidTypeIdException) {
      return "has an unknown type";
    }
    if (e instanceof MismatchedInputException mismatched) {
      return "has the wrong type; expected " + describe(mismatched.getTargetType());
    }
    return "is invalid";
  }

  /**
   * A body that is not one well-formed JSON value (RFC 8259), including an object that names a
   * member twice and content after the value: 400 {@code malformed-json} with the line and column,
   * and the repeated member where there is one.
   */
  @ServerExceptionMapper
  public Response jsonParse(JsonParseException e, UriInfo uri) {
    String where =
        e.getLocation() == null
            ? ""
            : " at line "
                + e.getLocation().getLineNr()
                + ", column "
                + e.getLocation().getColumnNr();
    String message = String.valueOf(e.getOriginalMessage());
    if (message.startsWith("Duplicate field") && e.getProcessor() != null) {
      String field = pathOf(e.getProcessor().getParsingContext());
      String reason = "appears more than once in its object" + where;
      return answer(
          400,
          "malformed-json",
          titleOf(400),
          "The body names " + field + " more than once" + where,
          uri,
          List.of(FieldProblem.of(field, reason)));
    }
    if (message.startsWith("Invalid UTF-8")) {
      // Jackson reads the bytes as UTF-8; a Latin-1 "ö" (0xF6) is not a syntax slip but the
      // wrong encoding, and saying "malformed" sends the sender looking in the wrong place.
      String reason =
          "not UTF-8"
              + where
              + " ("
              + message
              + "); JSON must be encoded in UTF-8 (RFC 8259 §8.1): save or send it as UTF-8";
      return answer(
          400,
          "malformed-json",
          titleOf(400),
          "The body is not UTF-8" + where + "; JSON must be UTF-8 (RFC 8259 §8.1)",
          uri,
          List.of(FieldProblem.of("body", reason)));
    }
    return answer(
        400,
        "malformed-json",
        titleOf(400),
        "The body is not well-formed JSON" + where,
        uri,
        List.of(FieldProblem.of("body", "malformed JSON" + where)));
  }

  @ServerExceptionMapper
  public Response json(JsonProcessingException e, UriInfo uri) {
    return answer(
        400,
        "malformed-json",
        titleOf(400),
        "The body could not be read as JSON",
        uri,
        List.of(FieldProblem.of("body", "unreadable JSON")));
  }

  @ServerExceptionMapper
  public Response unauthorized(UnauthorizedException e, UriInfo uri) {
    return unauthenticated(uri);
  }

  @ServerExceptionMapper
  public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
    return unauthenticated(uri);
  }

  /**
   * A role check refused the caller. A caller whose login is shared by several people has no role
   * at all; they are told why (code {@code login-shared}) rather than that their positions do not
   * allow it. An endpoint only administrators may use says that it needs membership of the
   * administrators' group, naming it: no position grants it, so "your positions" would mislead.
   */
  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, UriInfo uri, ResourceInfo resource) {
    if (foreignMunicipality()) {
      return notHere(uri);
    }
    if (loginShared()) {
      return answer(
          403,
          CallerAttributes.LOGIN_SHARED_CODE,
          titleOf(403),
          CallerAttributes.LOGIN_SHARED_DETAIL,
          uri,
          List.of());
    }
    if (onlyForAdministrators(resource)) {
      return answer(
          403,
          "forbidden",
          titleOf(403),
          "Only administrators may do this: it needs membership of the identity provider's group '"
              + administratorGroup
              + "', which no position in the organisation grants",
          uri,
          List.of());
    }
    return answer(403, "forbidden", titleOf(403), FORBIDDEN_DETAIL, uri, List.of());
  }

  /** Whether the matched endpoint allows the administrator role and no other. */
  private static boolean onlyForAdministrators(ResourceInfo resource) {
    if (resource == null || resource.getResourceMethod() == null) {
      return false;
    }
    RolesAllowed allowed = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
    if (allowed == null && resource.getResourceClass() != null) {
      allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
    }
    return allowed != null
        && allowed.value().length > 0
        && Arrays.stream(allowed.value()).allMatch(ADMINISTRATOR_ROLE::equals);
  }

  /** Whether the refused caller's login is shared (read only from an identity already resolved). */
  /**
   * Whether the caller is a person of another municipality than the addressed one, holding no role
   * in it (issue 16): nothing of one municipality is visible to another's people, so what would be
   * 403 is 404, as if the address did not exist.
   */
  private boolean foreignMunicipality() {
    return callerFlagged(CallerAttributes.FOREIGN_MUNICIPALITY);
  }

  private Response notHere(UriInfo uri) {
    return answer(
        404,
        "not-found",
        titleOf(404),
        "Nothing is found at this address in this municipality",
        uri,
        List.of());
  }

  private boolean loginShared() {
    return callerFlagged(CallerAttributes.LOGIN_SHARED);
  }

  /** Whether the caller's identity, where already known, carries this attribute as true. */
  private boolean callerFlagged(String attribute) {
    SecurityIdentity[] known = new SecurityIdentity[1];
    identities.getDeferredIdentity().subscribe().with(i -> known[0] = i, failure -> {});
    return known[0] != null && Boolean.TRUE.equals(known[0].getAttribute(attribute));
  }

  @ServerExceptionMapper({
    OptimisticLockException.class,
    StaleStateException.class,
    jakarta.persistence.PessimisticLockException.class,
    jakarta.persistence.LockTimeoutException.class,
    org.hibernate.PessimisticLockException.class
  })
  public Response staleVersion(RuntimeException e, UriInfo uri) {
    return answer(
        409,
        "concurrent-modification",
        titleOf(409),
        "Someone else changed this at the same time; reload and try again",
        uri,
        List.of());
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e, UriInfo uri) {
    // Quarkus REST wraps JSON syntax and binding errors of a request body in a 400 (syntax errors
    // inside a JsonMappingException): answer them like the unwrapped ones, with the stable code.
    JsonParseException parse = causeOfType(e, JsonParseException.class);
    if (parse != null) {
      return jsonParse(parse, uri);
    }
    JsonMappingException mapping = causeOfType(e, JsonMappingException.class);
    if (mapping != null) {
      return jsonMapping(mapping, uri);
    }
    JsonProcessingException json = causeOfType(e, JsonProcessingException.class);
    if (json != null) {
      return json(json, uri);
    }
    int status = e.getResponse().getStatus();
    if (status >= 500) {
      return unexpected(e, uri);
    }
    String code = codeOf(status);
    String detail =
        switch (status) {
          case 404 -> "Nothing is found at this address";
          case 405 -> "This address does not accept " + "that method";
          case 406 -> "This address cannot answer in the requested media type";
          case 413 -> "The body is larger than this address accepts";
          case 415 -> "This address does not accept that content type";
          default -> "The request is invalid";
        };
    return answer(status, code, titleOf(status), detail, uri, List.of());
  }

  @ServerExceptionMapper(priority = 10_000)
  public Response unexpected(Throwable e, UriInfo uri) {
    // The request's own id (LogFields): the answer, this line and every other line of the request
    // carry the same one.
    String incident = LogFields.incidentId();
    LOG.errorf(e, "Unexpected failure, incident %s", incident);
    return answer(500, "internal-error", titleOf(500), incidentDetail(incident), uri, List.of());
  }

  /**
   * The detail of every 500: the incident id the failure is logged under, for the caller to quote
   * to support (also the example of {@link ProblemResponses#INTERNAL_ERROR}).
   */
  static String incidentDetail(String incident) {
    return "Something went wrong on our side. Incident " + incident + " has been logged.";
  }

  private Response unauthenticated(UriInfo uri) {
    Response response =
        answer(401, "unauthenticated", titleOf(401), UNAUTHENTICATED_DETAIL, uri, List.of());
    return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
  }

  private Response jsonField(JsonMappingException e, String reason, UriInfo uri) {
    String field = pathOf(e);
    return answer(
        400,
        "invalid-input",
        titleOf(400),
        field + ": " + reason,
        uri,
        List.of(FieldProblem.of(field, reason)));
  }

  static Response answer(
      int status,
      String code,
      String title,
      String detail,
      UriInfo uri,
      List<FieldProblem> problems) {
    String instance = uri == null ? null : uri.getRequestUri().getRawPath();
    return Response.status(status)
        .type(Problem.MEDIA_TYPE)
        .entity(Problem.of(status, code, title, detail, instance, problems))
        .build();
  }

  private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
    for (Throwable t = e.getCause(); t != null && t != e; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  /** A JSON path such as {@code units[3].parent}, built from Jackson's reference chain. */
  static String pathOf(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.length() == 0 ? "body" : path.toString();
  }

  /** The path of the member a parser stands at, such as {@code target.position} or {@code body}. */
  static String pathOf(JsonStreamContext context) {
    java.util.Deque<String> parts = new java.util.ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inObject() && c.getCurrentName() != null) {
        parts.addFirst(c.getCurrentName());
      } else if (c.inArray()) {
        parts.addFirst("[" + c.getCurrentIndex() + "]");
      }
    }
    return parts.isEmpty() ? "body" : String.join(".", parts).replace(".[", "[");
  }

  private static String fieldOf(ConstraintViolation<?> violation) {
    // "create.arg0.subject" → "subject": the method and parameter are not the caller's concern.
    String path = violation.getPropertyPath().toString();
    String[] parts = path.split("\\.");
    if (parts.length >= 3) {
      return String.join(".", Arrays.copyOfRange(parts, 2, parts.length));
    }
    return parts[parts.length - 1];
  }

  private static String describe(Class<?> type) {
    if (type == null) {
      return "value";
    }
    if (type == String.class) {
      return "text";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
      return "number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
      return "date or time in ISO 8601 form";
    }
    if (type.isEnum()) {
      return "one of "
          + Arrays.stream(type.getEnumConstants())
              .map(Object::toString)
              .collect(Collectors.joining(", "));
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    return "an object";
  }

  /** The stable code of a status that has no more particular one: its title in kebab case. */
  static String codeOf(int status) {
    return titleOf(status).toLowerCase(Locale.ROOT).replace(' ', '-');
  }

  /** The RFC 9110 reason phrase of a status, as the problem's {@code title}. */
  static String titleOf(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 406 -> "Not Acceptable";
      case 409 -> "Conflict";
      case 413 -> "Content Too Large";
      case 414 -> "URI Too Long";
      case 415 -> "Unsupported Media Type";
      case 422 -> "Unprocessable Content";
      case 429 -> "Too Many Requests";
      case 431 -> "Request Header Fields Too Large";
      default -> status >= 500 ? "Internal Server Error" : "Error";
    };
  }
}
