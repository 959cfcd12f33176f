package se.samspel.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.samspel.common.http.HttpLimits;
import se.samspel.common.http.Page;
import se.samspel.security.EndpointAccessMatrixTest.Rule;
import se.samspel.support.OpenApiDocument;
import se.samspel.support.StoredData;
import se.samspel.support.Tokens;

/**
 * A generated corpus of malformed requests over every operation of the live OpenAPI document, each
 * sent as a caller the access table allows, so that it reaches the endpoint: malformed JSON, JSON
 * of the wrong shape, each field of the wrong type, unknown enum values, missing required fields,
 * very long strings, unknown fields, bad path and query parameters, wrong content types and
 * oversize bodies. Every answer must be a 4xx problem+json that says what is wrong (naming the
 * field where one is to blame) and leaks nothing of the implementation; and nothing stored may
 * change. A new endpoint is covered the moment it appears in the document.
 */
@QuarkusTest
class BadInputCorpusTest {

  static final Set<Integer> REFUSALS = Set.of(400, 401, 403, 404, 405, 409, 413, 415, 422, 429);

  /** What an answer must never carry. */
  static final List<Pattern> LEAKS =
      List.of(
          Pattern.compile("Exception"),
          Pattern.compile("java\\."),
          Pattern.compile("jakarta\\."),
          Pattern.compile("org\\.hibernate"),
          Pattern.compile("SQL"),
          Pattern.compile("\\bat [a-z]+\\.[a-z]+\\."),
          Pattern.compile("\\bse\\.samspel\\."),
          Pattern.compile("\\b(?:com|org|io|java|jakarta)\\.[a-z]+\\.[A-Za-z.]*[A-Z]\\w+"));

  static final String LONG = "x".repeat(100_000);

  /** Stands for a raw JSON literal in a sample, replaced after the sample is written. */
  static final String RAW = "samspel-raw-literal";

  static final ObjectMapper JSON = new ObjectMapper();
  static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newHttpClient();

  @Inject AgroalDataSource dataSource;
  @Inject HttpLimits limits;

  /** One operation of the document. */
  record Operation(
      String method,
      String path,
      Rule rule,
      List<String> pathParams,
      List<String> queryParams,
      Map<String, Object> jsonSchema,
      Set<String> consumes) {
    String name() {
      return method.toUpperCase(Locale.ROOT) + " " + path;
    }
  }

  /** One malformed request and what its answer must name, if anything. */
  record Case(String what, String field) {}

  private Map<String, Object> schemas;
  private final List<String> wrong = new ArrayList<>();
  private int sent;

  @Test
  void malformed_requests_are_refused_with_a_problem_and_change_nothing() throws Exception {
    List<Operation> operations = operations();
    assertThat(operations).hasSizeGreaterThan(40);
    // Reading the event feed gives waiting events their feed positions (a write, by design, of a
    // valid read): let it do so now, so that the snapshot sees only what malformed input changes.
    given()
        .auth()
        .oauth2(Tokens.integration("intranet"))
        .get("/api/events?limit=500")
        .then()
        .statusCode(200);
    Map<String, String> before = snapshot();

    for (Operation op : operations) {
      for (String param : op.pathParams()) {
        pathParameterCases(op, param);
      }
      for (String param : op.queryParams()) {
        queryParameterCases(op, param);
      }
      if (op.jsonSchema() != null) {
        bodyCases(op);
      }
      if (!op.consumes().isEmpty()) {
        contentTypeCases(op);
        framingCases(op);
        oversize(op);
      }
    }

    assertThat(wrong).as("answers to malformed input (" + sent + " requests sent)").isEmpty();
    Map<String, String> after = snapshot();
    assertThat(after).as("stored data after the corpus").isEqualTo(before);
  }

  @Test
  void page_sizes_above_the_maximum_are_refused_naming_size() {
    for (Operation op : operations()) {
      if (!op.queryParams().contains("size")) {
        continue;
      }
      // A search needs its query (q) to be valid at all: give it one, so that size is what is
      // tested.
      Map<String, String> valid = op.queryParams().contains("q") ? Map.of("q", "an") : Map.of();
      for (String size : List.of(Integer.toString(Page.MAX_SIZE + 1), "1000000000", "0", "-5")) {
        Response response =
            caller(op.rule())
                .queryParams(valid)
                .queryParam("size", size)
                .request(op.method(), concrete(op));
        check(op, "size=" + size, response, "size", Set.of(400));
      }
      Response max =
          caller(op.rule())
              .queryParams(valid)
              .queryParam("size", Page.MAX_SIZE)
              .request(op.method(), concrete(op));
      if (max.statusCode() >= 400) {
        wrong.add(op.name() + " size=" + Page.MAX_SIZE + ": " + max.statusCode());
      }
    }
    assertThat(wrong).isEmpty();
  }

  // ---- The cases ----

  private void pathParameterCases(Operation op, String param) {
    for (String value :
        List.of(
            "nope",
            "a".repeat(2000),
            "..%2F..%2Fetc%2Fpasswd",
            "1' OR '1'='1",
            "1;DROP TABLE contact_request",
            "åäö-😀-\u202e",
            "-1",
            "99999999999999999999",
            "%00")) {
      String encoded =
          value.contains("%")
              ? value
              : java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
      String path = fill(op, op.path(), param).replace("{" + param + "}", encoded);
      Response response =
          body(op, caller(op.rule()).urlEncodingEnabled(false)).request(op.method(), path);
      check(op, "path " + param + "=" + abbreviate(value), response, null, Set.of());
    }
  }

  private void queryParameterCases(Operation op, String param) {
    List<String> values =
        new ArrayList<>(
            List.of(
                "-1",
                "1000000000",
                "99999999999999999999",
                "2026-13-45",
                "not-a-value",
                "1' OR '1'='1",
                "åäö😀",
                "a".repeat(3000)));
    Set<String> typed =
        Set.of(
            "page",
            "size",
            "depth",
            "limit",
            "after",
            "from",
            "to",
            "day",
            "kind",
            "status",
            "severity",
            "term",
            "format");
    Response nul =
        body(op, caller(op.rule()).queryParam(param, "a\u0000b"))
            .request(op.method(), concrete(op));
    check(op, "query " + param + " with a NUL character", nul, param, Set.of(400));
    for (String value : values) {
      RequestSpecification spec = caller(op.rule()).queryParam(param, value);
      // Other parameters a call needs are given, so that only this one is at fault.
      if (!param.equals("person") && op.queryParams().contains("person")) {
        spec = spec.queryParam("person", "P-LARARE");
      }
      Response response = body(op, spec).request(op.method(), concrete(op));
      // A cursor may be any whole number; every other typed parameter has a range or a form.
      boolean mustRefuse =
          typed.contains(param) && !(param.equals("after") && value.matches("-?\\d{1,10}"));
      check(
          op,
          "query " + param + "=" + abbreviate(value),
          response,
          mustRefuse ? param : null,
          mustRefuse ? Set.of(400) : null);
    }
  }

  private void bodyCases(Operation op) throws Exception {
    Map<String, Object> schema = op.jsonSchema();
    send(op, new Case("malformed JSON", "body"), "{\"a\": ", Set.of(400));
    send(op, new Case("truncated JSON", "body"), "{", Set.of(400));
    send(op, new Case("not JSON", "body"), "<xml/>", Set.of(400));
    for (String shape : List.of("[]", "[{}]", "42", "\"text\"", "true")) {
      send(op, new Case("a body of " + shape, "body"), shape, Set.of(400));
    }
    Object sample = sample(schema, 0);
    if (!(sample instanceof Map)) {
      return;
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> base = (Map<String, Object>) sample;
    Map<String, Object> withUnknown = new LinkedHashMap<>(base);
    withUnknown.put("actingAs", "P-KD");
    send(
        op,
        new Case("an unknown field", "actingAs"),
        JSON.writeValueAsString(withUnknown),
        Set.of(400));

    for (Map.Entry<String, Map<String, Object>> field : fields(schema, "").entrySet()) {
      String path = field.getKey();
      Map<String, Object> fieldSchema = field.getValue();
      String type = type(fieldSchema);
      for (Object wrongValue : wrongValues(type)) {
        send(
            op,
            new Case(path + " as " + JSON.writeValueAsString(wrongValue), leaf(path)),
            JSON.writeValueAsString(with(base, path, wrongValue)),
            Set.of(400));
      }
      if (fieldSchema.get("enum") != null) {
        send(
            op,
            new Case(path + " an unknown value", leaf(path)),
            JSON.writeValueAsString(with(base, path, "NOT_A_VALUE")),
            Set.of(400));
      }
      if ("string".equals(type) && fieldSchema.get("enum") == null) {
        // 400 from the field's own limit, or 422 from a document validator that names it.
        send(
            op,
            new Case(path + " of 100 000 characters", leaf(path)),
            JSON.writeValueAsString(with(base, path, LONG)),
            Set.of(400, 422));
      }
    }
    String valid = JSON.writeValueAsString(base);
    for (String member : base.keySet()) {
      // The member named twice with the same value: no "last one wins", whichever it is.
      String named = JSON.writeValueAsString(member);
      String repeated =
          "{" + named + ":" + JSON.writeValueAsString(base.get(member)) + "," + valid.substring(1);
      send(op, new Case(member + " twice", member), repeated, Set.of(400));
    }
    for (String tail : List.of("}}]garbage", " {}", " 1", "\"x\"", "\u0000")) {
      send(
          op,
          new Case("content after the value: " + tail.replace("\u0000", "NUL"), "body"),
          valid + tail,
          Set.of(400));
    }
    for (Map.Entry<String, Map<String, Object>> field : fields(schema, "").entrySet()) {
      if (!"string".equals(type(field.getValue()))) {
        continue;
      }
      String path = field.getKey();
      send(
          op,
          new Case(path + " with a NUL character", leaf(path)),
          JSON.writeValueAsString(with(base, path, "a\u0000b")),
          Set.of(400));
      // Numbers and booleans are never taken as text, whatever their spelling.
      for (String raw : List.of("1", "-0", "1e400", "0.5", "true", "false")) {
        send(
            op,
            new Case(path + " as the JSON literal " + raw, leaf(path)),
            JSON.writeValueAsString(with(base, path, RAW)).replace("\"" + RAW + "\"", raw),
            Set.of(400));
      }
    }
    for (String required : required(schema, "")) {
      send(
          op,
          new Case("without " + required, leaf(required)),
          JSON.writeValueAsString(without(base, required)),
          Set.of(400));
    }
  }

  private void contentTypeCases(Operation op) {
    for (String type :
        List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")) {
      if (op.consumes().contains(type)) {
        continue;
      }
      Response response =
          caller(op.rule())
              .config(noCharset())
              .contentType(type)
              .body("a=1")
              .request(op.method(), concrete(op));
      check(op, "Content-Type " + type, response, null, Set.of(415));
    }
  }

  /**
   * What RestAssured cannot send: a body without any Content-Type, two Content-Type headers, an
   * unknown charset and JSON in another charset than UTF-8. All are 415.
   */
  private void framingCases(Operation op) throws Exception {
    String body = op.consumes().contains("application/json") ? "{}" : "a=1";
    String declared = op.consumes().iterator().next();
    List<List<String>> headerSets =
        new ArrayList<>(
            List.of(
                List.of(),
                List.of(declared, declared),
                List.of(declared, "text/plain"),
                List.of(declared + "; charset=x-no-such-charset")));
    if (op.consumes().contains("application/json")) {
      headerSets.add(List.of("application/json; charset=ISO-8859-1"));
      headerSets.add(List.of("application/json; charset=UTF-16"));
    }
    for (List<String> contentTypes : headerSets) {
      java.net.http.HttpRequest.Builder request =
          java.net.http.HttpRequest.newBuilder(
                  java.net.URI.create(
                      "http://localhost:" + io.restassured.RestAssured.port + concrete(op)))
              .method(
                  op.method().toUpperCase(Locale.ROOT),
                  java.net.http.HttpRequest.BodyPublishers.ofString(body));
      String token = tokenFor(op.rule());
      if (token != null) {
        request.header("Authorization", "Bearer " + token);
      }
      contentTypes.forEach(type -> request.header("Content-Type", type));
      java.net.http.HttpResponse<String> response =
          HTTP.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
      sent++;
      String where = op.name() + " with Content-Type " + contentTypes + ": ";
      String type = response.headers().firstValue("Content-Type").orElse("");
      if (response.statusCode() != 415
          || !type.startsWith("application/problem+json")
          || !response.body().contains("\"code\":\"unsupported-media-type\"")) {
        wrong.add(where + response.statusCode() + " " + type + " " + abbreviate(response.body()));
      }
    }
  }

  private void oversize(Operation op) {
    long limit =
        op.path().equals("/api/organisation/import")
            ? limits.maxImportSize().asLongValue()
            : limits.maxBodySize().asLongValue();
    if (limit > 8 * 1024 * 1024) {
      // The import's limit is tens of megabytes: BodySizeLimitTest proves it; here the general
      // limit would not be exceeded, so a body just over it must still not be refused as too large.
      return;
    }
    byte[] big = new byte[(int) limit + 1];
    java.util.Arrays.fill(big, (byte) ' ');
    big[0] = '{';
    big[big.length - 1] = '}';
    String type = op.consumes().iterator().next();
    Response response =
        caller(op.rule())
            .config(noCharset())
            .contentType(type)
            .body(big)
            .request(op.method(), concrete(op));
    check(op, "a body of " + big.length + " bytes", response, null, Set.of(413));
  }

  private void send(Operation op, Case c, String body, Set<Integer> expected) {
    Response response =
        caller(op.rule())
            .contentType(ContentType.JSON)
            .body(body)
            .request(op.method(), concrete(op));
    check(op, c.what(), response, c.field(), expected);
  }

  // ---- Checking an answer ----

  /**
   * @param field the field the problem must name when it is a 400, or null
   * @param expected the statuses it must be (empty: any refusal; null: anything but a failure)
   */
  private void check(
      Operation op, String what, Response response, String field, Set<Integer> expected) {
    sent++;
    int status = response.statusCode();
    String where = op.name() + " with " + what + ": ";
    String body = response.asString();
    if (status >= 500) {
      wrong.add(where + status + " " + abbreviate(body));
      return;
    }
    if (expected != null && !REFUSALS.contains(status)) {
      wrong.add(where + status + " is not a refusal");
      return;
    }
    if (expected != null && !expected.isEmpty() && !expected.contains(status)) {
      wrong.add(where + status + " instead of " + expected + " " + abbreviate(body));
    }
    for (Pattern leak : LEAKS) {
      if (leak.matcher(body).find()) {
        wrong.add(where + "the answer leaks '" + leak + "': " + abbreviate(body));
      }
    }
    if (status < 400) {
      return;
    }
    String type = response.contentType();
    if (type == null || !type.startsWith("application/problem+json")) {
      wrong.add(where + status + " answered as " + type + ": " + abbreviate(body));
      return;
    }
    Map<String, Object> problem;
    try {
      problem = response.jsonPath().getMap("");
    } catch (RuntimeException e) {
      wrong.add(where + "the problem is not JSON: " + abbreviate(body));
      return;
    }
    if (!Integer.valueOf(status).equals(problem.get("status"))
        || problem.get("title") == null
        || !(problem.get("code") instanceof String code)
        || code.isBlank()) {
      wrong.add(where + "the problem lacks status, title or code: " + abbreviate(body));
    }
    if (field != null && (status == 400 || status == 422)) {
      List<Object> fields = response.jsonPath().getList("errors.field");
      boolean named =
          fields != null && fields.stream().anyMatch(f -> String.valueOf(f).contains(field));
      if (!named) {
        wrong.add(where + "the problem does not name '" + field + "': " + abbreviate(body));
      }
    }
  }

  // ---- The document ----

  @SuppressWarnings("unchecked")
  private List<Operation> operations() {
    Map<String, Object> doc = OpenApiDocument.fetch();
    schemas = (Map<String, Object>) ((Map<String, Object>) doc.get("components")).get("schemas");
    List<Operation> operations = new ArrayList<>();
    ((Map<String, Map<String, Object>>) doc.get("paths"))
        .forEach(
            (path, methods) -> {
              if (!path.startsWith("/api")) {
                return;
              }
              methods.forEach(
                  (method, value) -> {
                    if (!Set.of("get", "post", "put", "patch", "delete").contains(method)) {
                      return;
                    }
                    Map<String, Object> operation = (Map<String, Object>) value;
                    String name = method.toUpperCase(Locale.ROOT) + " " + path;
                    Rule rule = EndpointAccessMatrixTest.RULES.get(name);
                    assertThat(rule).as("an access rule for " + name).isNotNull();
                    List<String> pathParams = new ArrayList<>();
                    List<String> queryParams = new ArrayList<>();
                    List<Map<String, Object>> parameters =
                        (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of());
                    for (Map<String, Object> p : parameters) {
                      if ("path".equals(p.get("in"))) {
                        pathParams.add((String) p.get("name"));
                      } else if ("query".equals(p.get("in"))) {
                        queryParams.add((String) p.get("name"));
                      }
                    }
                    Map<String, Object> jsonSchema = null;
                    Set<String> consumes = new java.util.LinkedHashSet<>();
                    Map<String, Object> requestBody =
                        (Map<String, Object>) operation.get("requestBody");
                    if (requestBody != null) {
                      Map<String, Object> content =
                          (Map<String, Object>) requestBody.get("content");
                      consumes.addAll(content.keySet());
                      Map<String, Object> json =
                          (Map<String, Object>) content.get("application/json");
                      if (json != null) {
                        jsonSchema = resolve((Map<String, Object>) json.get("schema"));
                      }
                    }
                    operations.add(
                        new Operation(
                            method, path, rule, pathParams, queryParams, jsonSchema, consumes));
                  });
            });
    return operations;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> resolve(Map<String, Object> schema) {
    if (schema == null) {
      return Map.of();
    }
    if (schema.get("$ref") != null) {
      String ref = (String) schema.get("$ref");
      return resolve((Map<String, Object>) schemas.get(ref.substring(ref.lastIndexOf('/') + 1)));
    }
    if (schema.get("allOf") != null) {
      Map<String, Object> merged = new LinkedHashMap<>();
      for (Map<String, Object> part : (List<Map<String, Object>>) schema.get("allOf")) {
        merged.putAll(resolve(part));
      }
      schema.forEach(
          (k, v) -> {
            if (!k.equals("allOf")) {
              merged.put(k, v);
            }
          });
      return merged;
    }
    return schema;
  }

  private String type(Map<String, Object> schema) {
    Object type = schema.get("type");
    if (type == null && schema.get("properties") != null) {
      return "object";
    }
    if (type instanceof List<?> list) {
      return list.stream()
          .map(String::valueOf)
          .filter(t -> !t.equals("null"))
          .findFirst()
          .orElse("string");
    }
    return type == null ? "any" : type.toString();
  }

  /** A value of the schema's shape, as a well-meaning client would send it. */
  @SuppressWarnings("unchecked")
  private Object sample(Map<String, Object> raw, int depth) {
    Map<String, Object> schema = resolve(raw);
    if (schema.get("enum") != null) {
      return ((List<Object>) schema.get("enum")).get(0);
    }
    String format = String.valueOf(schema.get("format"));
    switch (type(schema)) {
      case "object":
        Map<String, Object> object = new LinkedHashMap<>();
        if (depth < 4) {
          Map<String, Map<String, Object>> properties =
              (Map<String, Map<String, Object>>) schema.getOrDefault("properties", Map.of());
          properties.forEach((name, p) -> object.put(name, sample(p, depth + 1)));
        }
        return object;
      case "array":
        return depth < 4
            ? List.of(sample((Map<String, Object>) schema.get("items"), depth + 1))
            : List.of();
      case "integer":
      case "number":
        return 1;
      case "boolean":
        return true;
      default:
        if (format.equals("date")) {
          return "2026-12-01";
        }
        if (format.equals("date-time")) {
          return "2026-12-01T10:00:00Z";
        }
        return "x";
    }
  }

  /** The fields of an object schema, nested objects too, by dotted path. */
  @SuppressWarnings("unchecked")
  private Map<String, Map<String, Object>> fields(Map<String, Object> raw, String prefix) {
    Map<String, Map<String, Object>> fields = new TreeMap<>();
    Map<String, Object> schema = resolve(raw);
    Map<String, Map<String, Object>> properties =
        (Map<String, Map<String, Object>>) schema.getOrDefault("properties", Map.of());
    properties.forEach(
        (name, p) -> {
          Map<String, Object> resolved = resolve(p);
          fields.put(prefix + name, resolved);
          if ("object".equals(type(resolved)) && prefix.isEmpty()) {
            fields.putAll(fields(resolved, prefix + name + "."));
          }
        });
    return fields;
  }

  @SuppressWarnings("unchecked")
  private List<String> required(Map<String, Object> raw, String prefix) {
    List<String> required = new ArrayList<>();
    Map<String, Object> schema = resolve(raw);
    for (Object name : (List<Object>) schema.getOrDefault("required", List.of())) {
      required.add(prefix + name);
    }
    Map<String, Map<String, Object>> properties =
        (Map<String, Map<String, Object>>) schema.getOrDefault("properties", Map.of());
    if (prefix.isEmpty()) {
      properties.forEach(
          (name, p) -> {
            Map<String, Object> resolved = resolve(p);
            if ("object".equals(type(resolved))) {
              required.addAll(required(resolved, name + "."));
            }
          });
    }
    return required;
  }

  private static List<Object> wrongValues(String type) {
    switch (type) {
      case "string":
        return List.of(Map.of("a", 1), List.of("x"));
      case "integer":
      case "number":
        return List.of("eleven", "3", Map.of(), List.of(1));
      case "boolean":
        return List.of("maybe", "true", 1, Map.of());
      case "array":
        return List.of("x", Map.of("a", 1));
      case "object":
        return List.of(42, "x", List.of(1));
      default:
        return List.of();
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> with(Map<String, Object> base, String path, Object value) {
    Map<String, Object> copy = deepCopy(base);
    String[] parts = path.split("\\.");
    Map<String, Object> at = copy;
    for (int i = 0; i < parts.length - 1; i++) {
      at = (Map<String, Object>) at.get(parts[i]);
    }
    at.put(parts[parts.length - 1], value);
    return copy;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> without(Map<String, Object> base, String path) {
    Map<String, Object> copy = deepCopy(base);
    String[] parts = path.split("\\.");
    Map<String, Object> at = copy;
    for (int i = 0; i < parts.length - 1; i++) {
      at = (Map<String, Object>) at.get(parts[i]);
    }
    at.remove(parts[parts.length - 1]);
    return copy;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> deepCopy(Map<String, Object> map) {
    try {
      return JSON.readValue(JSON.writeValueAsString(map), Map.class);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String leaf(String path) {
    return path.substring(path.lastIndexOf('.') + 1);
  }

  // ---- Calling ----

  private static RequestSpecification caller(Rule rule) {
    String token = tokenFor(rule);
    return token == null ? given() : given().auth().oauth2(token);
  }

  /** A token of a caller the access rule allows, or null for public endpoints. */
  private static String tokenFor(Rule rule) {
    switch (rule) {
      case PUBLIC:
        return null;
      case ADMINISTRATOR:
        return Tokens.administrator("admin");
      case REVIEWERS:
      case CORRECTORS:
        return Tokens.forLogin("kd");
      case INTEGRATION:
        return Tokens.integration("intranet");
      default:
        return Tokens.forLogin("fc-buf");
    }
  }

  /** A JSON body for operations that take one, so that only the parameter is at fault. */
  private RequestSpecification body(Operation op, RequestSpecification spec) {
    if (op.jsonSchema() == null) {
      return spec;
    }
    return spec.contentType(ContentType.JSON).body("{}");
  }

  private static RestAssuredConfig noCharset() {
    return RestAssuredConfig.config()
        .encoderConfig(
            EncoderConfig.encoderConfig()
                .appendDefaultContentCharsetToContentTypeIfUndefined(false));
  }

  private static String concrete(Operation op) {
    return fill(op, op.path(), null);
  }

  private static String fill(Operation op, String path, String except) {
    String filled = path;
    for (String param : op.pathParams()) {
      if (param.equals(except)) {
        continue;
      }
      String value =
          switch (param) {
            case "seq", "version" -> "1";
            case "key" -> "kungsor";
            default -> "00000000-0000-0000-0000-000000000000";
          };
      filled = filled.replace("{" + param + "}", value);
    }
    return filled;
  }

  private static String abbreviate(String text) {
    return text == null ? "null" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  private Map<String, String> snapshot() throws Exception {
    return StoredData.snapshot(dataSource);
  }
}
