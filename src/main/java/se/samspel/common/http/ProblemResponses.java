package se.samspel.common.http;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import se.samspel.common.FieldProblem;
import se.samspel.common.SamspelException;

/**
 * The problem answers every endpoint shares, written once in the OpenAPI document's {@code
 * components.responses}: 400 {@value #BAD_REQUEST}, 401 {@value #UNAUTHORIZED}, 403 {@value
 * #FORBIDDEN}, 404 {@value #NOT_FOUND}, 409 {@value #CONFLICT}, 413 {@value #CONTENT_TOO_LARGE},
 * 415 {@value #UNSUPPORTED_MEDIA_TYPE}, 422 {@value #UNPROCESSABLE}, 429 {@value
 * #TOO_MANY_REQUESTS} and 500 {@value #INTERNAL_ERROR}. Each is an {@code application/problem+json}
 * body (RFC 9457) of the {@link Problem} schema with an example of what {@link ProblemMappers}
 * really answers, built by the code that answers it where there is one.
 *
 * <p>Every operation is also given the shared answers its shape implies and that its resource did
 * not declare ({@link OperationProblems}: 401 and 403 where it needs a login, 400, 413, 415, 500),
 * and a 4xx or 5xx a resource declared without a body becomes the shared one of its status, keeping
 * the resource's description. So a resource declares only what it alone knows (404, 409, 422, 429)
 * and what it has to say of it.
 *
 * <p>An endpoint documents one with {@code @APIResponse(responseCode = "404", ref =
 * ProblemResponses.NOT_FOUND)} and, where it has something particular to say, a {@code description}
 * beside the ref: the document is OpenAPI 3.1, whose Reference Object allows a description that
 * overrides the shared one (OAS 3.1.0 §4.8.23), and smallrye-open-api 4 writes it. A response that
 * needs an example of its own stays inline, since a reference carries none.
 *
 * <p>Registered by {@code mp.openapi.filter}; {@code OpenApiProblemResponsesTest} checks that the
 * document uses these and no longer repeats them.
 */
public class ProblemResponses implements OASFilter {

  /** 400: a bad parameter or field, a value of the wrong type, JSON that does not parse. */
  public static final String BAD_REQUEST = "BadRequest";

  /** 401: no bearer token, or one that is expired, foreign or forged. */
  public static final String UNAUTHORIZED = "Unauthorized";

  /** 403: the caller's positions do not allow it, or the organisation does not know the caller. */
  public static final String FORBIDDEN = "Forbidden";

  /** 404: no such thing, or none the caller may see (so that its existence does not leak). */
  public static final String NOT_FOUND = "NotFound";

  /** 409: the state does not allow it now. */
  public static final String CONFLICT = "Conflict";

  /** 413: the body is larger than the endpoint accepts ({@link BodySizeLimit}). */
  public static final String CONTENT_TOO_LARGE = "ContentTooLarge";

  /** 415: no, two or an unknown {@code Content-Type}, or JSON not in UTF-8. */
  public static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";

  /** 422: well-formed, but the guideline, the organisation or the format says no. */
  public static final String UNPROCESSABLE = "Unprocessable";

  /** 429: the caller has used up the endpoint's rate limit. */
  public static final String TOO_MANY_REQUESTS = "TooManyRequests";

  /** 500: an unexpected failure, logged under the incident id the answer repeats. */
  public static final String INTERNAL_ERROR = "InternalServerError";

  /** The schema every shared answer's body has: {@link Problem}, by its OpenAPI name. */
  private static final String PROBLEM_SCHEMA = "Problem";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    shared().forEach(openAPI.getComponents()::addResponse);
    Map<String, String> byStatus = byStatus();
    if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
      openAPI
          .getPaths()
          .getPathItems()
          .values()
          .forEach(
              item ->
                  item.getOperations()
                      .values()
                      .forEach(operation -> complete(operation, item, openAPI, byStatus)));
    }
  }

  /**
   * Adds to {@code operation} the shared answers its shape implies that it does not list, and turns
   * a declared error answer without a body into the shared one of its status (its description
   * kept); the answers come out in status order.
   */
  private static void complete(
      Operation operation, PathItem item, OpenAPI openAPI, Map<String, String> byStatus) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    Map<String, APIResponse> answers = new TreeMap<>();
    if (responses.getAPIResponses() != null) {
      answers.putAll(responses.getAPIResponses());
    }
    answers.replaceAll(
        (status, answer) ->
            answer.getRef() == null && answer.getContent() == null && byStatus.containsKey(status)
                ? reference(byStatus.get(status)).description(answer.getDescription())
                : answer);
    for (String status : OperationProblems.impliedBy(shapeOf(operation, item, openAPI))) {
      answers.computeIfAbsent(status, s -> reference(byStatus.get(s)));
    }
    responses.setAPIResponses(answers);
  }

  private static OperationProblems.Shape shapeOf(
      Operation operation, PathItem item, OpenAPI openAPI) {
    List<Parameter> parameters = new ArrayList<>();
    if (item.getParameters() != null) {
      parameters.addAll(item.getParameters());
    }
    if (operation.getParameters() != null) {
      parameters.addAll(operation.getParameters());
    }
    List<SecurityRequirement> security =
        operation.getSecurity() != null ? operation.getSecurity() : openAPI.getSecurity();
    return new OperationProblems.Shape(
        security != null
            && security.stream().anyMatch(r -> r.getSchemes() != null && !r.getSchemes().isEmpty()),
        operation.getRequestBody() != null,
        parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY),
        parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH));
  }

  private static APIResponse reference(String name) {
    return OASFactory.createAPIResponse().ref(name);
  }

  /** The shared answer of each status, by the status as the document writes it ({@code "404"}). */
  static Map<String, String> byStatus() {
    Map<String, String> names = new TreeMap<>();
    names.put("400", BAD_REQUEST);
    names.put("401", UNAUTHORIZED);
    names.put("403", FORBIDDEN);
    names.put("404", NOT_FOUND);
    names.put("409", CONFLICT);
    names.put("413", CONTENT_TOO_LARGE);
    names.put("415", UNSUPPORTED_MEDIA_TYPE);
    names.put("422", UNPROCESSABLE);
    names.put("429", TOO_MANY_REQUESTS);
    names.put("500", INTERNAL_ERROR);
    return names;
  }

  /** Every shared answer by its name under {@code components.responses}, in status order. */
  static Map<String, APIResponse> shared() {
    Map<String, APIResponse> responses = new LinkedHashMap<>();
    responses.put(
        BAD_REQUEST,
        problem(
            "Invalid input: a bad parameter or field, a value of the wrong type, an unknown field"
                + " or JSON that does not parse (invalid-input, malformed-json); errors names each"
                + " field and why",
            Problem.of(
                400,
                "invalid-input",
                ProblemMappers.titleOf(400),
                "1 field(s) are invalid",
                "/api/requests",
                List.of(FieldProblem.of("subject", "must not be blank")))));
    responses.put(
        UNAUTHORIZED,
        problem(
                "Not logged in: no bearer token, or an expired, foreign or forged one"
                    + " (unauthenticated)",
                Problem.of(
                    401,
                    "unauthenticated",
                    ProblemMappers.titleOf(401),
                    ProblemMappers.UNAUTHENTICATED_DETAIL,
                    "/api/requests/mine",
                    List.of()))
            .addHeader(
                "WWW-Authenticate",
                header("The scheme to log in with (RFC 9110 §11.6.1)", "Bearer", stringSchema())));
    responses.put(
        FORBIDDEN,
        problem(
            "Your positions in the organisation do not allow this, or the organisation does not"
                + " know you (forbidden)",
            Problem.of(
                403,
                "forbidden",
                ProblemMappers.titleOf(403),
                ProblemMappers.FORBIDDEN_DETAIL,
                "/api/deviations",
                List.of())));
    SamspelException noSuchRequest =
        SamspelException.notFound("request", "0b6f3c1e-5d2a-4c47-9a1e-2f8b7c6d5e4a");
    responses.put(
        NOT_FOUND,
        problem(
            "No such thing, or none you may see: an answer that does not tell which, so that its"
                + " existence does not leak (not-found)",
            Problem.of(
                404,
                noSuchRequest.code(),
                ProblemMappers.titleOf(404),
                noSuchRequest.getMessage(),
                "/api/requests/0b6f3c1e-5d2a-4c47-9a1e-2f8b7c6d5e4a",
                List.of())));
    responses.put(
        CONFLICT,
        problem(
            "The state does not allow it now: the request's status (invalid-transition), a stale"
                + " version (stale-version), someone else changing it at the same time"
                + " (concurrent-modification), or no guideline in force (no-active-policy)",
            Problem.of(
                409,
                "invalid-transition",
                ProblemMappers.titleOf(409),
                "The request cannot be approved: it is WITHDRAWN and nothing waits on it",
                "/api/requests/0b6f3c1e-5d2a-4c47-9a1e-2f8b7c6d5e4a/approve",
                List.of())));
    responses.put(
        CONTENT_TOO_LARGE,
        problem(
            "The body is larger than this endpoint accepts: 1 MiB, the organisation import 50 MiB"
                + " by default (body-too-large)",
            refusal(
                413,
                BodySizeLimit.tooLarge(1_500_000, 1_048_576),
                "/api/requests/0b6f3c1e-5d2a-4c47-9a1e-2f8b7c6d5e4a/withdraw")));
    responses.put(
        UNSUPPORTED_MEDIA_TYPE,
        problem(
            "The body's Content-Type is missing, given twice, not one the endpoint takes, of an"
                + " unknown charset, or JSON in another charset than UTF-8"
                + " (unsupported-media-type)",
            refusal(
                415,
                refusalOf(() -> RequestWellFormed.checkContentType(List.of(), true)),
                "/api/requests")));
    String notPermitted =
        "The guideline permits no route for this contact (KUN-STEER-INDIVIDUAL-CASE,"
            + " Förtroendevalda: \"Förtroendevalda får heller inte påverka tjänstepersoner att"
            + " handla på ett särskilt sätt i sin yrkesutövning, exempelvis detaljstyra/ställa krav"
            + " på inriktning i ett enskilt ärende/handläggning.\")";
    responses.put(
        UNPROCESSABLE,
        problem(
            "Well-formed, but the guideline, the organisation or the document's format says no:"
                + " the detail quotes the rule, errors names each field at fault",
            Problem.of(
                422,
                "contact-not-permitted",
                ProblemMappers.titleOf(422),
                notPermitted,
                "/api/requests",
                List.of(FieldProblem.of("kind", notPermitted)))));
    responses.put(
        TOO_MANY_REQUESTS,
        problem(
                "Too many of these calls from you: wait the seconds Retry-After gives"
                    + " (too-many-requests)",
                Problem.of(
                    429,
                    "too-many-requests",
                    ProblemMappers.titleOf(429),
                    new TooManyRequests(
                            RateLimited.IMPORT, new RateLimit(5, Duration.ofMinutes(1)), 42)
                        .getMessage(),
                    "/api/organisation/import",
                    List.of()))
            .addHeader(
                "Retry-After",
                header(
                    "Whole seconds until you may call again (RFC 9110 §10.2.3)",
                    42,
                    OASFactory.createSchema()
                        .addType(Schema.SchemaType.INTEGER)
                        .minimum(BigDecimal.ONE))));
    responses.put(
        INTERNAL_ERROR,
        problem(
            "An unexpected failure: nothing is said of it but the incident id it is logged under,"
                + " for support to find (internal-error)",
            Problem.of(
                500,
                "internal-error",
                ProblemMappers.titleOf(500),
                ProblemMappers.incidentDetail("5f0c2b7e-8d1a-4e3b-9c6f-1a2b3c4d5e6f"),
                "/api/requests/mine",
                List.of())));
    return responses;
  }

  /** The problem {@link ProblemMappers} answers for this refusal at this address. */
  private static Problem refusal(int status, SamspelException refusal, String instance) {
    return Problem.of(
        status,
        refusal.code(),
        ProblemMappers.titleOf(status),
        refusal.getMessage(),
        instance,
        refusal.problems());
  }

  /** The refusal a check throws; the example is the real one, not a copy of its words. */
  private static SamspelException refusalOf(Runnable check) {
    try {
      check.run();
    } catch (SamspelException refused) {
      return refused;
    }
    throw new IllegalStateException("the check passed where the example needs its refusal");
  }

  private static APIResponse problem(String description, Problem example) {
    return OASFactory.createAPIResponse()
        .description(description)
        .content(
            OASFactory.createContent()
                .addMediaType(
                    Problem.MEDIA_TYPE,
                    OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))
                        .example(asJson(example))));
  }

  /**
   * The problem as the JSON object the API sends: the document writes an example from maps and
   * lists, and leaves out what is empty as {@code @JsonInclude(NON_EMPTY)} does on {@link Problem}.
   */
  static Map<String, Object> asJson(Problem problem) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("type", problem.type());
    json.put("title", problem.title());
    json.put("status", problem.status());
    json.put("detail", problem.detail());
    json.put("instance", problem.instance());
    json.put("code", problem.code());
    if (problem.errors() != null && !problem.errors().isEmpty()) {
      json.put(
          "errors",
          problem.errors().stream()
              .map(
                  error -> {
                    Map<String, Object> field = new LinkedHashMap<>();
                    field.put("field", error.field());
                    field.put("reason", error.reason());
                    if (error.row() != null) {
                      field.put("row", error.row());
                    }
                    return field;
                  })
              .toList());
    }
    return json;
  }

  private static Header header(String description, Object example, Schema schema) {
    return OASFactory.createHeader().description(description).schema(schema).example(example);
  }

  private static Schema stringSchema() {
    return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
  }
}
