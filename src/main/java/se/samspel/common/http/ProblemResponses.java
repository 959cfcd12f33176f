package se.samspel.common.http;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import se.samspel.common.FieldProblem;
import se.samspel.common.SamspelException;

/**
 * The problem answers every endpoint shares, written once in the OpenAPI document's {@code
 * components.responses}: 400 {@value #BAD_REQUEST}, 401 {@value #UNAUTHORIZED}, 403 {@value
 * #FORBIDDEN}, 404 {@value #NOT_FOUND}, 409 {@value #CONFLICT}, 422 {@value #UNPROCESSABLE} and 429
 * {@value #TOO_MANY_REQUESTS}. Each is an {@code application/problem+json} body (RFC 9457) of the
 * {@link Problem} schema with an example of what {@link ProblemMappers} really answers.
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

  /** 422: well-formed, but the guideline, the organisation or the format says no. */
  public static final String UNPROCESSABLE = "Unprocessable";

  /** 429: the caller has used up the endpoint's rate limit. */
  public static final String TOO_MANY_REQUESTS = "TooManyRequests";

  /** The schema every shared answer's body has: {@link Problem}, by its OpenAPI name. */
  private static final String PROBLEM_SCHEMA = "Problem";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    shared().forEach(openAPI.getComponents()::addResponse);
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
    return responses;
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
