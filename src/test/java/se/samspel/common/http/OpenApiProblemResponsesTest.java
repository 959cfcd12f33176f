package se.samspel.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samspel.support.OpenApiDocument;

/**
 * The problem answers of the live OpenAPI document are written once, in {@code
 * components.responses} ({@link ProblemResponses}), and every operation points at them: no 401 or
 * 403 is spelled out inline, and a 400, 404, 409, 422 or 429 is either the shared answer or keeps
 * an example of its own (the one thing a reference cannot carry).
 */
@QuarkusTest
class OpenApiProblemResponsesTest {

  /** The shared answer of each status, as {@link ProblemResponses} names it. */
  static final Map<String, String> SHARED = new LinkedHashMap<>();

  static {
    SHARED.put("400", ProblemResponses.BAD_REQUEST);
    SHARED.put("401", ProblemResponses.UNAUTHORIZED);
    SHARED.put("403", ProblemResponses.FORBIDDEN);
    SHARED.put("404", ProblemResponses.NOT_FOUND);
    SHARED.put("409", ProblemResponses.CONFLICT);
    SHARED.put("413", ProblemResponses.CONTENT_TOO_LARGE);
    SHARED.put("415", ProblemResponses.UNSUPPORTED_MEDIA_TYPE);
    SHARED.put("422", ProblemResponses.UNPROCESSABLE);
    SHARED.put("429", ProblemResponses.TOO_MANY_REQUESTS);
    SHARED.put("500", ProblemResponses.INTERNAL_ERROR);
  }

  private static final String PROBLEM_JSON = "application/problem+json";
  private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

  private Map<String, Object> document;

  @BeforeEach
  void fetch() {
    document = OpenApiDocument.fetch();
  }

  /**
   * The request's steps whose fields are all optional may be posted without a body (README, "The
   * API at a glance"); the document must not call their body required, as it did before issue 12's
   * newcomer check.
   */
  @Test
  void the_request_steps_that_may_be_posted_bare_do_not_require_a_body() {
    for (String step : List.of("approve", "arrange", "resolve", "complete", "withdraw")) {
      Map<String, Object> post =
          map(map(map(document, "paths"), "/api/requests/{id}/" + step), "post");
      Object body = post.get("requestBody");
      assertThat(body).as(step + " documents its body").isInstanceOf(Map.class);
      assertThat(((Map<?, ?>) body).get("required")).as(step).isNotEqualTo(Boolean.TRUE);
    }
    Map<String, Object> decline =
        map(map(map(document, "paths"), "/api/requests/{id}/decline"), "post");
    assertThat(((Map<?, ?>) decline.get("requestBody")).get("required")).isEqualTo(Boolean.TRUE);
  }

  @Test
  void the_document_is_openapi_3_1_so_a_reference_may_carry_a_description() {
    // The choice to keep an endpoint's own wording beside the $ref rests on this (OAS 3.1.0
    // Reference Object: summary and description); an older document would make it invalid.
    assertThat((String) document.get("openapi")).startsWith("3.1.");
  }

  @Test
  @SuppressWarnings("unchecked")
  void every_shared_problem_answer_is_a_component_with_a_problem_body_and_an_example() {
    Map<String, Object> responses = map(map(document, "components"), "responses");
    SHARED.forEach(
        (status, name) -> {
          Map<String, Object> response = map(responses, name);
          assertThat(response).as(name).isNotNull();
          assertThat((String) response.get("description")).as(name).isNotBlank();
          Map<String, Object> content = map(response, "content");
          assertThat(content).as(name + " content").containsOnlyKeys(PROBLEM_JSON);
          Map<String, Object> media = map(content, PROBLEM_JSON);
          assertThat(map(media, "schema")).as(name).containsEntry("$ref", PROBLEM_SCHEMA);
          Map<String, Object> example = map(media, "example");
          assertThat(example).as(name + " example").isNotNull();
          assertThat(example.get("status")).as(name).isEqualTo(Integer.parseInt(status));
          assertThat((String) example.get("title")).as(name).isNotBlank();
          assertThat((String) example.get("detail")).as(name).isNotBlank();
          String code = (String) example.get("code");
          assertThat(code).as(name).isNotBlank();
          assertThat(example.get("type")).as(name).isEqualTo("urn:samspel:problem:" + code);
        });
    assertThat(map(document, "components", "schemas", "Problem")).isNotEmpty();

    // Bad input names the field at fault and why, as every 400 of Samspel does.
    List<Map<String, Object>> errors =
        (List<Map<String, Object>>)
            map(responses, ProblemResponses.BAD_REQUEST, "content", PROBLEM_JSON, "example")
                .get("errors");
    assertThat(errors).isNotEmpty();
    assertThat((String) errors.get(0).get("field")).isNotBlank();
    assertThat((String) errors.get(0).get("reason")).isNotBlank();
    // The headers that go with two of them.
    assertThat(map(responses, ProblemResponses.UNAUTHORIZED, "headers"))
        .containsKey("WWW-Authenticate");
    assertThat(map(responses, ProblemResponses.TOO_MANY_REQUESTS, "headers"))
        .containsKey("Retry-After");
  }

  @Test
  void no_operation_answers_401_or_403_inline() {
    List<String> inline = new ArrayList<>();
    eachResponse(
        (where, status, response) -> {
          if (Set.of("401", "403").contains(status) && !refersTo(response, SHARED.get(status))) {
            inline.add(where + " " + status + ": " + response);
          }
        });
    assertThat(inline)
        .as("401 and 403 are the shared answers: ref = ProblemResponses.UNAUTHORIZED/FORBIDDEN")
        .isEmpty();
  }

  @Test
  void every_other_problem_answer_is_the_shared_one_or_keeps_an_example_of_its_own() {
    List<String> wrong = new ArrayList<>();
    eachResponse(
        (where, status, response) -> {
          if (!SHARED.containsKey(status) || Set.of("401", "403").contains(status)) {
            return;
          }
          if (response.containsKey("$ref")) {
            if (!refersTo(response, SHARED.get(status))) {
              wrong.add(where + " " + status + " refers to " + response.get("$ref"));
            }
            return;
          }
          // Inline only where it says what a reference cannot: an example of its own. Then it is
          // still a problem body of the one Problem schema.
          Map<String, Object> media = map(response, "content", PROBLEM_JSON);
          boolean problemBody =
              media != null
                  && map(media, "schema") != null
                  && PROBLEM_SCHEMA.equals(map(media, "schema").get("$ref"));
          boolean ownExample =
              media != null && (media.get("example") != null || media.get("examples") != null);
          if (!problemBody || !ownExample) {
            wrong.add(where + " " + status + " inline without an example of its own: " + response);
          }
        });
    assertThat(wrong).isEmpty();
  }

  @Test
  void every_operation_that_needs_a_login_declares_401_and_403() {
    List<String> missing = new ArrayList<>();
    eachOperation(
        (where, operation) -> {
          Object security = operation.get("security");
          if (security instanceof List<?> requirements && !requirements.isEmpty()) {
            Map<String, Object> responses = map(operation, "responses");
            for (String status : List.of("401", "403")) {
              if (!responses.containsKey(status)) {
                missing.add(where + " " + status);
              }
            }
          }
        });
    assertThat(missing).isEmpty();
  }

  @Test
  void a_description_beside_the_reference_keeps_what_the_endpoint_has_to_say() {
    Map<String, Object> notFound =
        map(document, "paths", "/api/requests/{id}", "get", "responses", "404");
    assertThat(notFound)
        .containsEntry("$ref", "#/components/responses/" + ProblemResponses.NOT_FOUND)
        .containsEntry("description", "No such request, or not one you take part in");
    Map<String, Object> forbidden =
        map(document, "paths", "/api/deviations/{seq}", "get", "responses", "403");
    assertThat(forbidden)
        .containsEntry("$ref", "#/components/responses/" + ProblemResponses.FORBIDDEN)
        .containsEntry("description", "Not KD, the KSO or an auditor");
  }

  // ---- Walking the document ----

  interface ResponseVisitor {
    void visit(String where, String status, Map<String, Object> response);
  }

  private void eachOperation(BiConsumer<String, Map<String, Object>> visitor) {
    Map<String, Object> paths = map(document, "paths");
    paths.forEach(
        (path, methods) ->
            map(paths, path)
                .forEach(
                    (method, operation) -> {
                      if (Set.of("get", "post", "put", "patch", "delete").contains(method)) {
                        visitor.accept(
                            method.toUpperCase(Locale.ROOT) + " " + path, map(methods, method));
                      }
                    }));
  }

  private void eachResponse(ResponseVisitor visitor) {
    eachOperation(
        (where, operation) -> {
          Map<String, Object> responses = map(operation, "responses");
          responses
              .keySet()
              .forEach(status -> visitor.visit(where, status, map(responses, status)));
        });
  }

  private static boolean refersTo(Map<String, Object> response, String component) {
    return ("#/components/responses/" + component).equals(response.get("$ref"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object from, String... keys) {
    Object at = from;
    for (String key : keys) {
      if (!(at instanceof Map<?, ?> m)) {
        return null;
      }
      at = m.get(key);
    }
    return (Map<String, Object>) at;
  }
}
