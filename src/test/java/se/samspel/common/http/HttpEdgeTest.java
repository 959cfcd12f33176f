package se.samspel.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import se.samspel.support.StoredData;
import se.samspel.support.Tokens;

/**
 * What a normal HTTP client cannot send, written byte for byte to the running application over a
 * plain socket: request lines and headers over the limits, bytes a URI may not hold, duplicated
 * header fields, broken framing. Every answer is a 4xx (never a 5xx); where the application decides
 * (README "Errors") it is {@code application/problem+json} with a stable code, and nothing stored
 * changes. The few cases the HTTP server refuses itself, before any application code, are pinned
 * too, so that the README's list stays true.
 */
@QuarkusTest
class HttpEdgeTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A request for a dialogue with a teacher, as the politician of the demo may submit. */
  private static final String SUBMISSION =
      "{\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\","
          + "\"subject\":\"Läsfrämjande arbete\",\"purpose\":\"Underlag\","
          + "\"wishedFrom\":\"2026-12-01\",\"wishedTo\":\"2026-12-15\"}";

  @TestHTTPResource("/")
  URL base;

  @Inject AgroalDataSource dataSource;

  /** One raw answer: status, header fields (lower-case names) and body. */
  record Answer(int status, Map<String, String> headers, String body) {
    String contentType() {
      return headers.getOrDefault("content-type", "");
    }

    JsonNode json() throws IOException {
      return JSON.readTree(body);
    }
  }

  @Test
  void requests_over_samspels_limits_and_with_duplicated_fields_get_a_problem() throws Exception {
    Map<String, String> before = StoredData.snapshot(dataSource);
    String token = Tokens.forLogin("politiker");

    assertProblem(
        send(get("/api/requests?q=" + "x".repeat(100_000), token)), 414, "uri-too-long", null);
    assertProblem(
        send(get("/api/requests/" + "x".repeat(20_000), token)), 414, "uri-too-long", null);
    assertProblem(
        send(
            "GET /api/requests HTTP/1.1\r\nHost: localhost\r\nX-Padding: "
                + "y".repeat(30_000)
                + "\r\nConnection: close\r\n\r\n"),
        431,
        "headers-too-large",
        null);
    assertProblem(
        send(
            "GET /api/me HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + token
                + "\r\nAuthorization: Bearer "
                + Tokens.administrator("admin")
                + "\r\nConnection: close\r\n\r\n"),
        400,
        "duplicate-header",
        "Authorization");
    // The pages' token cookie stands in for Authorization: twice is refused too, in one Cookie
    // field or in two.
    assertProblem(
        send(
            "GET /api/me HTTP/1.1\r\nHost: localhost\r\nCookie: samspel_token="
                + token
                + "; samspel_token="
                + Tokens.administrator("admin")
                + "\r\nConnection: close\r\n\r\n"),
        400,
        "duplicate-header",
        "samspel_token");
    assertProblem(
        send(
            "GET /api/me HTTP/1.1\r\nHost: localhost\r\nCookie: samspel_token="
                + token
                + "\r\nCookie: lang=sv; samspel_token="
                + Tokens.administrator("admin")
                + "\r\nConnection: close\r\n\r\n"),
        400,
        "duplicate-header",
        "samspel_token");
    assertProblem(
        send(
            "GET /api/me HTTP/1.1\r\nHost: localhost\r\nHost: evil.example\r\nAuthorization: Bearer "
                + token
                + "\r\nConnection: close\r\n\r\n"),
        400,
        "duplicate-header",
        "Host");
    assertProblem(
        send(
            post(
                "/api/requests",
                token,
                "Content-Type: application/json\r\nContent-Type: text/plain\r\nContent-Length: "
                    + SUBMISSION.getBytes(StandardCharsets.UTF_8).length
                    + "\r\n",
                SUBMISSION)),
        415,
        "unsupported-media-type",
        "Content-Type");
    // Raw bytes of 0x80 and above (here ISO-8859-1 'ä' and 'ÿ') are not a URI; UTF-8 is sent
    // encoded.
    assertProblem(send(get("/api/requests?status=\u00e4\u00ff", token)), 400, "invalid-uri", "uri");
    assertProblem(
        send("GET /api/policies HTTP/1.1\r\nConnection: close\r\n\r\n"),
        400,
        "malformed-request",
        null);

    assertThat(StoredData.snapshot(dataSource)).as("nothing stored changed").isEqualTo(before);
  }

  @Test
  void a_broken_chunked_body_is_400_problem_and_stores_nothing() throws Exception {
    Map<String, String> before = StoredData.snapshot(dataSource);
    String token = Tokens.forLogin("politiker");
    // The head first, with Expect: 100-continue: the body is sent once the application reads it, so
    // the connection is known to the application when the broken framing arrives.
    String head =
        "POST /api/requests HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
            + token
            + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
            + "Expect: 100-continue\r\nConnection: close\r\n\r\n";
    String body = "zz\r\n" + SUBMISSION + "\r\n0\r\n\r\n";
    List<LogRecord> errors = new CopyOnWriteArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
              errors.add(record);
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger root = Logger.getLogger("");
    root.addHandler(capture);
    try {
      Answer answer = sendAfterContinue(head, body);
      assertProblem(answer, 400, "malformed-request", "body");
      // The request's own failure (its body cannot be read) is handled on a worker after the
      // answer.
      Thread.sleep(1_000);
    } finally {
      root.removeHandler(capture);
    }
    assertThat(errors).as("no ERROR, no incident: the client's fault").isEmpty();
    assertThat(StoredData.snapshot(dataSource)).as("nothing stored changed").isEqualTo(before);
  }

  /**
   * Refused by the HTTP server before any application code runs, where neither Quarkus nor Vert.x
   * offers a hook (README "Errors"): a 4xx without a body, never a 5xx, nothing stored. If one of
   * these starts carrying a problem, move it to the test above and the README's list.
   */
  @Test
  void what_the_server_refuses_itself_is_a_4xx_without_a_body() throws Exception {
    Map<String, String> before = StoredData.snapshot(dataSource);
    String token = Tokens.forLogin("politiker");
    Map<String, Answer> answers = new LinkedHashMap<>();
    // Quarkus' root handler: the request-target is not a java.net.URI.
    answers.put("NUL in the path", send(get("/api/requests/a\u0000b", token)));
    answers.put("control character in the query", send(get("/api/requests?q=a\u0001b", token)));
    answers.put("%ZZ in the query", send(get("/api/requests?q=%ZZ", token)));
    answers.put("%ZZ in a page's query", send(get("/mina-arenden?q=%ZZ", token)));
    // Netty's decoder: Content-Length is not one non-negative number (RFC 9112 section 6.3).
    answers.put(
        "Content-Length: -5", send(post("/api/requests", token, "Content-Length: -5\r\n", "")));
    answers.put(
        "overflowing Content-Length",
        send(post("/api/requests", token, "Content-Length: 99999999999999999999999\r\n", "")));
    answers.put(
        "two Content-Length",
        send(
            post(
                "/api/requests",
                token,
                "Content-Length: " + SUBMISSION.length() + "\r\nContent-Length: 3\r\n",
                SUBMISSION)));
    // Netty's decoder: a request line over quarkus.http.limits.max-initial-line-length.
    answers.put(
        "request line over 128 KiB", send(get("/api/requests?q=" + "x".repeat(140_000), token)));

    answers.forEach(
        (what, answer) -> {
          assertThat(answer.status()).as(what).isBetween(400, 499);
          assertThat(answer.body()).as(what).isEmpty();
        });
    assertThat(answers.get("request line over 128 KiB").status()).isEqualTo(414);
    answers.entrySet().stream()
        .filter(e -> !e.getKey().startsWith("request line"))
        .forEach(e -> assertThat(e.getValue().status()).as(e.getKey()).isEqualTo(400));
    assertThat(StoredData.snapshot(dataSource)).as("nothing stored changed").isEqualTo(before);
  }

  @Test
  void a_well_formed_request_still_works_over_the_same_edge() throws Exception {
    Answer created =
        send(
            post(
                "/api/requests",
                Tokens.forLogin("politiker"),
                "Content-Type: application/json\r\nContent-Length: "
                    + SUBMISSION.getBytes(StandardCharsets.UTF_8).length
                    + "\r\n",
                SUBMISSION));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().path("id").asText()).isNotBlank();

    // At the limits, not over them: an 8 KiB request-target and one of each single field.
    String atLimit = "/api/me?q=";
    atLimit += "x".repeat(8 * 1024 - atLimit.length());
    Answer list = send(get(atLimit, Tokens.forLogin("politiker")));
    assertThat(list.status()).as(list.body()).isEqualTo(200);
  }

  @Test
  void pages_keep_their_html() throws Exception {
    Answer home =
        send("GET / HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n");
    assertThat(home.status()).isEqualTo(200);
    assertThat(home.contentType()).startsWith("text/html");

    Answer mine =
        send(
            "GET /mina-arenden HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nCookie: samspel_token="
                + Tokens.forLogin("politiker")
                + "\r\nConnection: close\r\n\r\n");
    assertThat(mine.status()).isEqualTo(200);
    assertThat(mine.contentType()).startsWith("text/html");
    assertThat(mine.body()).contains("<html");
  }

  private static void assertProblem(Answer answer, int status, String code, String field)
      throws IOException {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
    JsonNode problem = answer.json();
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    assertThat(problem.path("code").asText()).isEqualTo(code);
    assertThat(problem.path("type").asText()).isEqualTo("urn:samspel:problem:" + code);
    assertThat(problem.path("title").asText()).isNotBlank();
    assertThat(problem.path("detail").asText()).isNotBlank();
    if (field != null) {
      assertThat(problem.path("errors").findValuesAsText("field")).contains(field);
    }
  }

  private static String get(String target, String token) {
    return "GET "
        + target
        + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
        + token
        + "\r\nConnection: close\r\n\r\n";
  }

  private static String post(String target, String token, String fields, String body) {
    return "POST "
        + target
        + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
        + token
        + "\r\n"
        + fields
        + "Connection: close\r\n\r\n"
        + body;
  }

  /** Writes the request as ISO-8859-1 bytes (one byte per char) and reads the whole answer. */
  private Answer send(String request) throws IOException {
    try (Socket socket = open()) {
      OutputStream out = socket.getOutputStream();
      out.write(bytes(request));
      out.flush();
      return read(socket.getInputStream(), new ByteArrayOutputStream());
    }
  }

  private Answer sendAfterContinue(String head, String body) throws IOException {
    try (Socket socket = open()) {
      OutputStream out = socket.getOutputStream();
      out.write(bytes(head));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream interim = new ByteArrayOutputStream();
      while (!interim.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n")) {
        int b = in.read();
        assertThat(b).as("100 Continue before the connection ends").isNotNegative();
        interim.write(b);
      }
      assertThat(interim.toString(StandardCharsets.ISO_8859_1)).startsWith("HTTP/1.1 100");
      out.write(bytes(body));
      out.flush();
      return read(in, new ByteArrayOutputStream());
    }
  }

  private Socket open() throws IOException {
    Socket socket = new Socket(base.getHost(), base.getPort());
    socket.setSoTimeout(10_000);
    return socket;
  }

  private static byte[] bytes(String request) {
    // Text is ISO-8859-1 on the wire, except bodies, sent as UTF-8 as declared.
    int bodyAt = request.indexOf("\r\n\r\n");
    if (bodyAt < 0) {
      return request.getBytes(StandardCharsets.UTF_8);
    }
    byte[] head = request.substring(0, bodyAt + 4).getBytes(StandardCharsets.ISO_8859_1);
    byte[] body = request.substring(bodyAt + 4).getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return all;
  }

  /** Reads until the server closes (every request here says Connection: close). */
  private static Answer read(InputStream in, ByteArrayOutputStream got) throws IOException {
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = in.read(buffer)) > 0; ) {
        got.write(buffer, 0, n);
      }
    } catch (SocketException e) {
      // A reset after the answer was read is how some refusals end; what arrived is the answer.
    } catch (SocketTimeoutException e) {
      throw new AssertionError("no end of the answer within 10 s: " + got, e);
    }
    String raw = got.toString(StandardCharsets.UTF_8);
    assertThat(raw).as("an answer, not a closed connection").startsWith("HTTP/1.");
    int end = raw.indexOf("\r\n\r\n");
    String[] lines = raw.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(
          lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).trim());
    }
    return new Answer(status, headers, raw.substring(end + 4));
  }
}
