package se.samspel.common.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static se.samspel.support.Api.asAdministrator;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import se.samspel.common.SamspelException;

/**
 * Bodies larger than an endpoint accepts are refused with 413 (limits in application.properties).
 */
@QuarkusTest
class BodySizeLimitTest {

  private static final int MEGABYTE = 1024 * 1024;

  @Inject HttpLimits limits;

  @Test
  void a_body_over_the_default_limit_is_413_problem() {
    given()
        .contentType(ContentType.JSON)
        .body(jsonOfSize("{\"login\":\"kd\"}", MEGABYTE + 1))
        .post("/api/auth/demo-login")
        .then()
        .statusCode(413)
        .contentType(startsWith("application/problem+json"))
        .body("status", equalTo(413))
        .body("code", equalTo("body-too-large"));
  }

  @Test
  void a_body_at_the_default_limit_is_read() {
    given()
        .contentType(ContentType.JSON)
        .body(jsonOfSize("{\"login\":\"kd\"}", MEGABYTE))
        .post("/api/auth/demo-login")
        .then()
        .statusCode(200)
        .body("personId", equalTo("P-KD"));
  }

  @Test
  void the_import_takes_bodies_over_the_default_limit() {
    // Larger than any other endpoint accepts, so it reaches the validator: an empty organisation.
    asAdministrator()
        .contentType(ContentType.JSON)
        .body(jsonOfSize("{\"units\":[],\"positions\":[],\"people\":[]}", 2 * MEGABYTE))
        .post("/api/organisation/import")
        .then()
        .statusCode(422)
        .body("code", equalTo("import-invalid"));
  }

  @Test
  void the_import_has_a_larger_limit_of_its_own_and_it_is_enforced() {
    // Sending 50 MB over HTTP costs more than the rest of this class: the HTTP tests above show the
    // filter answers 413; this shows the import's configured limit and the same check applied.
    BodySizeLimit filter = new BodySizeLimit(limits);
    long importLimit = filter.limitFor("/api/organisation/import");
    assertThat(importLimit).isEqualTo(50L * MEGABYTE);
    assertThat(filter.limitFor("/api/organisation/import/")).isEqualTo(importLimit);
    assertThat(filter.limitFor("/administration/organisation")).isEqualTo(importLimit);
    assertThat(filter.limitFor("/administration/riktlinje")).isEqualTo(MEGABYTE);
    assertThat(filter.limitFor("/api/auth/demo-login")).isEqualTo(MEGABYTE);
    assertThatCode(() -> filter.check("/api/organisation/import", importLimit))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> filter.check("/api/organisation/import", importLimit + 1))
        .isInstanceOfSatisfying(
            SamspelException.class,
            e -> assertThat(e.kind()).isEqualTo(SamspelException.Kind.TOO_LARGE));
    assertThatCode(() -> filter.check("/api/me", -1)).doesNotThrowAnyException();
  }

  /** The JSON document padded with trailing white space to exactly {@code bytes} bytes. */
  private static byte[] jsonOfSize(String json, int bytes) {
    byte[] body = new byte[bytes];
    Arrays.fill(body, (byte) ' ');
    byte[] content = json.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(content, 0, body, 0, content.length);
    return body;
  }
}
