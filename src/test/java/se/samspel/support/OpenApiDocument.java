package se.samspel.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;

/** The running application's OpenAPI document ({@code GET /q/openapi?format=json}), as JSON. */
public final class OpenApiDocument {

  private OpenApiDocument() {}

  /**
   * The whole document as nested maps and lists; fails the test unless the answer is 200.
   *
   * @return the document's root object (openapi, info, paths, components, …)
   */
  public static Map<String, Object> fetch() {
    return given()
        .accept(ContentType.JSON)
        .queryParam("format", "json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getMap("");
  }

  /** The document's {@code paths}: each path to its operations by HTTP method. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> paths() {
    return (Map<String, Object>) fetch().get("paths");
  }
}
