package se.samspel.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samspel.support.OpenApiDocument;

/**
 * The contract of issue 18, measured over every operation of the live OpenAPI document ({@code
 * /q/openapi}): each request body has an example; each error answer (4xx, 5xx) is {@code
 * application/problem+json} of the {@code Problem} schema with an example, a {@code $ref} to {@code
 * components.responses} being read as the answer it names; every operation that needs a login lists
 * 401 and 403 so; and each operation lists the errors its shape lets it answer, and none it cannot
 * ({@link OperationProblems} states the rule). The counts are logged on every run (README, "The API
 * at a glance", quotes them).
 */
@QuarkusTest
class ApiContractTest {

  private static final Logger LOG = Logger.getLogger(ApiContractTest.class);
  private static final String PROBLEM_JSON = "application/problem+json";
  private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

  private Map<String, Object> document;

  @BeforeEach
  void fetch() {
    document = OpenApiDocument.fetch();
  }

  @Test
  void every_request_body_has_an_example_for_each_of_its_media_types() {
    List<String> all = new ArrayList<>();
    List<String> without = new ArrayList<>();
    eachOperation(
        (where, operation) -> {
          Map<String, Object> content = map(operation, "requestBody", "content");
          if (content == null) {
            return;
          }
          content.forEach(
              (mediaType, media) -> {
                all.add(where + " " + mediaType);
                if (!hasExample(map(content, mediaType))) {
                  without.add(where + " " + mediaType);
                }
              });
        });
    LOG.infof(
        "request body media types with an example: %d of %d",
        all.size() - without.size(), all.size());
    assertThat(all).as("the document lists request bodies").isNotEmpty();
    assertThat(without).as("request bodies without an example").isEmpty();
  }

  @Test
  void every_error_answer_is_a_problem_with_an_example() {
    List<String> all = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    eachOperation(
        (where, operation) ->
            map(operation, "responses")
                .forEach(
                    (status, response) -> {
                      if (!isError(status)) {
                        return;
                      }
                      all.add(where + " " + status);
                      if (!isProblemWithExample(resolve(map(response)))) {
                        wrong.add(where + " " + status);
                      }
                    }));
    LOG.infof(
        "error answers that are problem+json with an example: %d of %d",
        all.size() - wrong.size(), all.size());
    assertThat(all).as("the document lists error answers").isNotEmpty();
    assertThat(wrong).as("error answers without a problem body and its example").isEmpty();
  }

  @Test
  void every_operation_that_needs_a_login_answers_401_and_403_as_problems() {
    List<String> all = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    eachOperation(
        (where, operation) -> {
          if (!needsLogin(operation)) {
            return;
          }
          all.add(where);
          Map<String, Object> responses = map(operation, "responses");
          for (String status : List.of("401", "403")) {
            if (!isProblemWithExample(resolve(map(responses, status)))) {
              wrong.add(where + " " + status);
            }
          }
        });
    LOG.infof(
        "operations needing a login that answer 401 and 403 as problem+json: %d of %d",
        all.size() - wrong.size() / 2, all.size());
    assertThat(all).as("the document lists operations that need a login").isNotEmpty();
    assertThat(wrong).isEmpty();
  }

  @Test
  void every_operation_lists_the_errors_its_shape_lets_it_answer_and_none_it_cannot() {
    List<String> missing = new ArrayList<>();
    List<String> promised = new ArrayList<>();
    eachOperation(
        (where, operation) -> {
          Set<String> listed = new TreeSet<>(map(operation, "responses").keySet());
          Set<String> implied = OperationProblems.impliedBy(shapeOf(operation));
          for (String status : implied) {
            if (!listed.contains(status)) {
              missing.add(where + " " + status);
            }
          }
          // Statuses that follow only from the shape must not appear without it; the others
          // (404 of a thing named in the body, 409, 422, 429) are the resource's to declare.
          for (String status : OperationProblems.FROM_SHAPE_ONLY) {
            if (listed.contains(status) && !implied.contains(status)) {
              promised.add(where + " " + status);
            }
          }
        });
    assertThat(missing).as("errors the operation can answer but does not list").isEmpty();
    assertThat(promised).as("errors listed that the operation's shape cannot give").isEmpty();
  }

  /**
   * 429 is what {@link RateLimited} answers: listed on exactly the operations one of whose resource
   * methods carries it (read from the compiled resources, not from the document).
   */
  @Test
  void exactly_the_rate_limited_operations_list_429() {
    Set<String> listing = new TreeSet<>();
    eachOperation(
        (where, operation) -> {
          if (map(operation, "responses").containsKey("429")) {
            listing.add(where);
          }
        });
    assertThat(listing).isEqualTo(rateLimitedOperations()).isNotEmpty();
  }

  /**
   * A 404 without a path parameter is about something the body or the query names (a route
   * preview's target, the person a substitution chain is asked for): the operation must say what,
   * rather than lean on the shared "no such thing".
   */
  @Test
  void a_404_without_a_path_parameter_says_what_is_not_found() {
    List<String> unexplained = new ArrayList<>();
    eachOperation(
        (where, operation) -> {
          Map<String, Object> notFound = map(operation, "responses", "404");
          if (notFound != null && !shapeOf(operation).path()) {
            Object description = notFound.get("description");
            if (!(description instanceof String text) || text.isBlank()) {
              unexplained.add(where);
            }
          }
        });
    assertThat(unexplained).isEmpty();
  }

  // ---- What is measured ----

  /** "POST /api/policies" for each JAX-RS resource method that {@link RateLimited} guards. */
  private static Set<String> rateLimitedOperations() {
    Set<String> operations = new TreeSet<>();
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.samspel");
    for (JavaClass type : classes) {
      Optional<String> base = pathOf(type);
      if (base.isEmpty()) {
        continue;
      }
      boolean classLimited = type.isAnnotatedWith(RateLimited.class.getName());
      for (JavaMethod method : type.getMethods()) {
        Optional<String> verb =
            Stream.of("GET", "POST", "PUT", "PATCH", "DELETE")
                .filter(v -> method.isAnnotatedWith("jakarta.ws.rs." + v))
                .findFirst();
        if (verb.isPresent()
            && (classLimited || method.isAnnotatedWith(RateLimited.class.getName()))) {
          String path = base.get() + "/" + pathOf(method).orElse("");
          operations.add(verb.get() + " " + path.replaceAll("/+", "/").replaceAll("(.)/$", "$1"));
        }
      }
    }
    return operations;
  }

  private static Optional<String> pathOf(HasAnnotations<?> element) {
    return element
        .tryGetAnnotationOfType("jakarta.ws.rs.Path")
        .flatMap(path -> path.get("value"))
        .map(String::valueOf);
  }

  private OperationProblems.Shape shapeOf(Map<String, Object> operation) {
    Set<String> in = new TreeSet<>();
    Object parameters = operation.get("parameters");
    if (parameters instanceof List<?> list) {
      list.forEach(p -> in.add(String.valueOf(((Map<?, ?>) p).get("in"))));
    }
    return new OperationProblems.Shape(
        needsLogin(operation),
        operation.get("requestBody") != null,
        in.contains("query"),
        in.contains("path"));
  }

  private boolean needsLogin(Map<String, Object> operation) {
    Object security = operation.containsKey("security") ? operation.get("security") : null;
    if (security == null) {
      security = document.get("security");
    }
    return security instanceof List<?> requirements
        && requirements.stream().anyMatch(r -> r instanceof Map<?, ?> m && !m.isEmpty());
  }

  private static boolean isError(String status) {
    return status.startsWith("4") || status.startsWith("5");
  }

  private static boolean hasExample(Map<String, Object> media) {
    if (media == null) {
      return false;
    }
    Map<String, Object> examples = map(media, "examples");
    return media.get("example") != null || examples != null && !examples.isEmpty();
  }

  private static boolean isProblemWithExample(Map<String, Object> response) {
    Map<String, Object> media = map(response, "content", PROBLEM_JSON);
    return media != null
        && map(media, "schema") != null
        && PROBLEM_SCHEMA.equals(map(media, "schema").get("$ref"))
        && hasExample(media);
  }

  /** The answer a {@code $ref} names under {@code components.responses}, or the answer itself. */
  private Map<String, Object> resolve(Map<String, Object> response) {
    if (response == null || !(response.get("$ref") instanceof String ref)) {
      return response;
    }
    String prefix = "#/components/responses/";
    assertThat(ref).startsWith(prefix);
    return map(document, "components", "responses", ref.substring(prefix.length()));
  }

  private void eachOperation(BiConsumer<String, Map<String, Object>> visitor) {
    Map<String, Object> paths = map(document, "paths");
    paths.forEach(
        (path, item) ->
            map(item)
                .forEach(
                    (method, operation) -> {
                      if (METHODS.contains(method)) {
                        visitor.accept(
                            method.toUpperCase(Locale.ROOT) + " " + path, map(operation));
                      }
                    }));
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
    return at instanceof Map<?, ?> ? (Map<String, Object>) at : null;
  }
}
