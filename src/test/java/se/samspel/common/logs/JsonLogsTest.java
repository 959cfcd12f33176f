package se.samspel.common.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static se.samspel.support.Api.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.Logger;
import org.jboss.logmanager.handlers.ConsoleHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samspel.notification.application.NotificationDispatcher;

/**
 * With JSON logs switched on ({@code quarkus.log.console.json.enabled=true}, what {@code
 * SAMSPEL_LOG_JSON=true} sets), every line a request writes is one JSON object whose {@code mdc}
 * names the request's incident id, its path and the caller's person id, and never what the request
 * said, nor (once the mail is sent) whom it was mailed to or what the mail said. The lines are
 * captured with the console handler's own formatter, attached to a second handler on the root
 * logger.
 */
@QuarkusTest
@TestProfile(JsonLogsTest.JsonOn.class)
class JsonLogsTest {

  public static class JsonOn implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "quarkus.log.console.json.enabled", "true",
          "SAMSPEL_MOCK_MAIL_LOG_LEVEL", "WARN",
          "samspel.test.failing-endpoint", "true");
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A subject no log line may repeat. */
  private static final String SUBJECT = "Hemlig fråga om Sara Linds elev XQ-7731";

  @Inject NotificationDispatcher dispatcher;

  private final Capture capture = new Capture();
  private Logger root;

  @BeforeEach
  void captureWhatTheConsoleWrites() {
    root = LogContext.getLogContext().getLogger("");
    Formatter console = consoleFormatter(root.getHandlers());
    assertThat(console).as("the console's formatter").isNotNull();
    assertThat(console.getClass().getName()).contains("json");
    capture.setFormatter(console);
    root.addHandler(capture);
  }

  @AfterEach
  void stopCapturing() {
    root.removeHandler(capture);
  }

  @Test
  void a_line_written_while_handling_a_request_names_the_incident_the_path_and_the_caller() {
    as("politiker")
        .contentType(ContentType.JSON)
        .body(
            "{\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\",\"subject\":\""
                + SUBJECT
                + "\",\"purpose\":\"Underlag XQ-7731\",\"wishedFrom\":\"2026-12-01\","
                + "\"wishedTo\":\"2026-12-15\"}")
        .post("/api/requests")
        .then()
        .statusCode(201);

    JsonNode submitted = capture.lineContaining("submitted by");
    assertThat(submitted.path("level").asText()).isEqualTo("INFO");
    JsonNode mdc = submitted.path("mdc");
    assertThat(mdc.path("requestPath").asText()).isEqualTo("/api/requests");
    assertThat(mdc.path("personId").asText()).isEqualTo("P-POL");
    assertThat(mdc.path("incidentId").asText()).matches("[0-9a-f-]{36}");

    // The department head's mail is sent (the dispatcher runs outside any request): its line names
    // the person by id, not by address, and the mock mailer, set to WARN, does not repeat the mail.
    for (int i = 0; i < 20 && !dispatcher.dispatchPending().isEmpty(); i++) {
      // one batch per round
    }
    JsonNode sent = capture.lineContaining("sent to P-FC-BUF");
    assertThat(sent.path("mdc").size()).isZero();
    assertThat(capture.text())
        .doesNotContain("XQ-7731")
        .doesNotContain("Maria Berg")
        .doesNotContain("Lars Ek")
        .doesNotContain("@malarvik");
  }

  @Test
  void an_unexpected_failure_is_logged_under_the_incident_id_the_problem_answer_names() {
    String detail =
        as("politiker")
            .get("/api/test-only/failure")
            .then()
            .statusCode(500)
            .contentType("application/problem+json")
            .body("code", equalTo("internal-error"))
            .extract()
            .path("detail");
    String incident = detail.replaceAll(".*Incident ([0-9a-f-]{36}).*", "$1");
    assertThat(incident).matches("[0-9a-f-]{36}");

    JsonNode logged = capture.lineContaining("Unexpected failure");
    assertThat(logged.path("level").asText()).isEqualTo("ERROR");
    assertThat(logged.path("mdc").path("incidentId").asText()).isEqualTo(incident);
    assertThat(logged.path("mdc").path("requestPath").asText()).isEqualTo("/api/test-only/failure");
    assertThat(logged.path("mdc").path("personId").asText()).isEqualTo("P-POL");
  }

  @Test
  void two_requests_get_different_incident_ids() {
    as("politiker").get("/api/me").then().statusCode(200);
    as("politiker").get("/api/test-only/failure").then().statusCode(500);
    as("politiker").get("/api/test-only/failure").then().statusCode(500);
    List<String> incidents =
        capture.lines().stream()
            .filter(l -> l.path("message").asText().contains("Unexpected failure"))
            .map(l -> l.path("mdc").path("incidentId").asText())
            .toList();
    assertThat(incidents).hasSize(2).doesNotHaveDuplicates();
  }

  /** The formatter of the console handler, looked for among nested handlers; null if none. */
  static Formatter consoleFormatter(Handler[] handlers) {
    for (Handler handler : handlers) {
      if (handler instanceof ConsoleHandler) {
        return handler.getFormatter();
      }
      if (handler instanceof ExtHandler ext) {
        Formatter nested = consoleFormatter(ext.getHandlers());
        if (nested != null) {
          return nested;
        }
      }
    }
    return null;
  }

  /** Keeps what it is given, formatted as the console would write it. */
  static final class Capture extends ExtHandler {
    private final List<String> formatted = new ArrayList<>();

    @Override
    protected synchronized void doPublish(org.jboss.logmanager.ExtLogRecord record) {
      formatted.add(getFormatter().format(record));
    }

    synchronized String text() {
      return String.join("", formatted);
    }

    synchronized List<JsonNode> lines() {
      List<JsonNode> lines = new ArrayList<>();
      for (String line : formatted) {
        try {
          lines.add(JSON.readTree(line));
        } catch (Exception e) {
          throw new AssertionError("A console line is not JSON: " + line, e);
        }
      }
      return lines;
    }

    JsonNode lineContaining(String text) {
      return lines().stream()
          .filter(l -> l.path("message").asText().contains(text))
          .findFirst()
          .orElseThrow(() -> new AssertionError("No line says '" + text + "' in:\n" + text()));
    }
  }
}
