package se.samspel.common.http;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.samspel.common.SamspelException;

/** Which Content-Type header values a body may come with (the API test is the corpus). */
class RequestWellFormedTest {

  @Test
  void a_body_must_say_once_what_it_is_in_a_known_charset_and_json_in_utf_8() {
    for (List<String> refused :
        List.of(
            List.<String>of(),
            List.of("application/json", "application/json"),
            List.of("application/json; charset=x-no-such-charset"),
            List.of("application/json; charset=ISO-8859-1"),
            List.of("application/problem+json; charset=UTF-16"),
            List.of("text/csv; charset=\u0000"))) {
      assertThatThrownBy(() -> RequestWellFormed.checkContentType(refused, true))
          .as(refused.toString())
          .isInstanceOfSatisfying(
              SamspelException.class,
              e -> {
                org.assertj.core.api.Assertions.assertThat(e.kind())
                    .isEqualTo(SamspelException.Kind.UNSUPPORTED_CONTENT_TYPE);
                org.assertj.core.api.Assertions.assertThat(e.code())
                    .isEqualTo("unsupported-media-type");
              });
    }
  }

  @Test
  void well_described_bodies_and_requests_without_one_pass() {
    for (List<String> accepted :
        List.of(
            List.of("application/json"),
            List.of("application/json; charset=utf-8"),
            List.of("text/csv; charset=windows-1252"),
            List.of("application/x-www-form-urlencoded"))) {
      assertThatCode(() -> RequestWellFormed.checkContentType(accepted, true))
          .as(accepted.toString())
          .doesNotThrowAnyException();
    }
    // No body, nothing to misread: a bare step, or a stray header on a GET.
    assertThatCode(() -> RequestWellFormed.checkContentType(List.of(), false))
        .doesNotThrowAnyException();
    assertThatCode(
            () -> RequestWellFormed.checkContentType(List.of("application/json; charset=x"), false))
        .doesNotThrowAnyException();
  }
}
