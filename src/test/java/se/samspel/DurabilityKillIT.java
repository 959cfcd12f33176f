package se.samspel;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samspel.support.PackagedProcesses.freePort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.samspel.support.PackagedProcesses;

/**
 * Nothing the service acknowledged is lost when its JVM dies: the packaged application
 * (target/quarkus-app, production profile, demo seed and demo login switched on) takes concurrent
 * submissions, approvals and reported contacts, is killed with SIGKILL in the middle of them, and
 * is started again on the same data. Every request answered 201 must exist with at least the state
 * it was acknowledged in, every deviation number answered must name the entry it was given for
 * (never a later one: numbers are not handed out twice), and the record must verify {@code INTACT}.
 * Three kill rounds; the acknowledgements of every earlier round are checked again after each
 * restart.
 *
 * <p>Runs in both CI passes on a database of its own: in the H2 pass the embedded default itself
 * (the default URL, {@code ./data/samspel} under a fresh working directory in target/), in the
 * PostgreSQL pass a database named after the suite's with {@code _kill} appended, created and
 * dropped here on the suite's server. The suite's database is never touched, and the test profile
 * (whose Flyway clean-at-start would wipe the data at restart) is not used.
 */
class DurabilityKillIT {

  static final int ROUNDS = 3;

  /**
   * Each kill comes this long after every kind of write (submission, approval, deviation number)
   * has been acknowledged a few times, so that it lands in the middle of all three. A slow machine
   * only moves the kill later, up to {@link #WARM_UP_LIMIT}.
   */
  static final Duration LOAD_BEFORE_KILL = Duration.ofMillis(1500);

  static final int WARM_ACKNOWLEDGEMENTS = 5;
  static final Duration WARM_UP_LIMIT = Duration.ofSeconds(45);

  static final int SUBMITTERS = 3;
  static final int APPROVERS = 2;
  static final int REPORTERS = 3;

  static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private Process app;
  private Path workDir;
  private Map<String, String> dropDatabase;

  /** id → the state it was acknowledged in (AWAITING_DECISION, then APPROVED). */
  private final Map<String, String> acknowledgedRequests = new ConcurrentHashMap<>();

  /** id → the subject it was submitted with. */
  private final Map<String, String> subjects = new ConcurrentHashMap<>();

  /** deviation seq → the description of the reported contact it was acknowledged for. */
  private final Map<Long, String> acknowledgedDeviations = new ConcurrentHashMap<>();

  /** What went wrong during the load: unexpected answers, a number handed out twice. */
  private final List<String> loadProblems = Collections.synchronizedList(new ArrayList<>());

  @AfterEach
  void cleanUp() throws Exception {
    if (app != null && app.isAlive()) {
      app.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
    }
    if (dropDatabase != null) {
      PackagedProcesses.dropDatabase(dropDatabase);
    }
  }

  @Test
  void every_acknowledged_write_survives_kill_minus_9() throws Exception {
    Map<String, String> environment = databaseEnvironment();
    Instant started = Instant.now();
    int port = freePort();
    start(port, environment, 0);
    Map<String, String> tokens = new ConcurrentHashMap<>();
    for (String login : List.of("politiker", "fc-buf", "larare", "kd")) {
      tokens.put(login, demoLogin(port, login));
    }

    for (int round = 1; round <= ROUNDS; round++) {
      Load load = new Load(port, round, tokens);
      load.runUntilKilled();
      assertThat(load.inFlightAtKill.get())
          .as("round %d: the kill must hit requests in flight, or it proves nothing", round)
          .isPositive();
      assertThat(List.of(load.submitted.get(), load.approved.get(), load.reported.get()))
          .as(
              "round %d: submissions, approvals, deviation numbers acknowledged before the kill",
              round)
          .allMatch(n -> n >= WARM_ACKNOWLEDGEMENTS);

      port = freePort();
      start(port, environment, round);
      assertEveryAcknowledgedWriteIsThere(port, tokens, round);
    }
    System.out.printf(
        "DurabilityKillIT (%s): %d requests (%d approved), %d deviation numbers acknowledged over"
            + " %d kills, %d s%n",
        System.getProperty("samspel.db.kind"),
        acknowledgedRequests.size(),
        acknowledgedRequests.values().stream().filter("APPROVED"::equals).count(),
        acknowledgedDeviations.size(),
        ROUNDS,
        Duration.between(started, Instant.now()).toSeconds());
  }

  private void assertEveryAcknowledgedWriteIsThere(
      int port, Map<String, String> tokens, int afterKill) throws Exception {
    List<String> lost = new ArrayList<>(loadProblems);
    for (Map.Entry<String, String> ack : acknowledgedRequests.entrySet()) {
      HttpResponse<String> r = get(port, "/api/requests/" + ack.getKey(), tokens.get("politiker"));
      if (r.statusCode() != 200) {
        lost.add("request " + ack.getKey() + " (" + ack.getValue() + "): " + r.statusCode());
        continue;
      }
      JsonNode request = JSON.readTree(r.body());
      String status = request.path("status").asText();
      boolean atLeast =
          "APPROVED".equals(ack.getValue())
              ? "APPROVED".equals(status)
              : Set.of("AWAITING_DECISION", "APPROVED").contains(status);
      if (!atLeast || !subjects.get(ack.getKey()).equals(request.path("subject").asText())) {
        lost.add(
            "request "
                + ack.getKey()
                + " acknowledged "
                + ack.getValue()
                + " is "
                + status
                + " '"
                + request.path("subject").asText()
                + "'");
      }
    }
    long highest = 0;
    for (Map.Entry<Long, String> ack : acknowledgedDeviations.entrySet()) {
      highest = Math.max(highest, ack.getKey());
      HttpResponse<String> r = get(port, "/api/deviations/" + ack.getKey(), tokens.get("kd"));
      if (r.statusCode() != 200) {
        lost.add("deviation " + ack.getKey() + ": " + r.statusCode());
        continue;
      }
      String description = JSON.readTree(r.body()).path("personal").path("description").asText();
      if (!ack.getValue().equals(description)) {
        lost.add(
            "deviation "
                + ack.getKey()
                + " was acknowledged for '"
                + ack.getValue()
                + "' but names '"
                + description
                + "'");
      }
    }
    HttpResponse<String> verify = get(port, "/api/deviations/verify", tokens.get("kd"));
    assertThat(verify.statusCode()).isEqualTo(200);
    JsonNode verdict = JSON.readTree(verify.body());
    assertThat(lost)
        .as(
            "after kill %d: acknowledged writes lost or changed (%d requests, %d deviations"
                + " acknowledged in all)",
            afterKill, acknowledgedRequests.size(), acknowledgedDeviations.size())
        .isEmpty();
    assertThat(verdict.path("status").asText()).as(verify.body()).isEqualTo("INTACT");
    assertThat(verdict.path("entries").asLong()).isGreaterThanOrEqualTo(highest);
  }

  /**
   * One round of load: submitters (the politician asks for a dialogue with a teacher, which waits
   * on the head of the education department), approvers (that department head approves what was
   * acknowledged) and reporters (a teacher reports a politician's direct contact, a deviation that
   * gets a number) run until the JVM is killed under them.
   */
  private final class Load {
    final int port;
    final int round;
    final Map<String, String> tokens;
    final AtomicBoolean killed = new AtomicBoolean();
    final AtomicInteger submitted = new AtomicInteger();
    final AtomicInteger approved = new AtomicInteger();
    final AtomicInteger reported = new AtomicInteger();
    final AtomicInteger inFlightAtKill = new AtomicInteger();
    final LinkedBlockingQueue<String> toApprove = new LinkedBlockingQueue<>();

    Load(int port, int round, Map<String, String> tokens) {
      this.port = port;
      this.round = round;
      this.tokens = tokens;
    }

    void runUntilKilled() throws Exception {
      ExecutorService workers = Executors.newFixedThreadPool(SUBMITTERS + APPROVERS + REPORTERS);
      for (int w = 0; w < SUBMITTERS; w++) {
        int worker = w;
        workers.submit(() -> loop(n -> submit(worker, n)));
      }
      for (int w = 0; w < APPROVERS; w++) {
        workers.submit(() -> loop(n -> approve()));
      }
      for (int w = 0; w < REPORTERS; w++) {
        int worker = w;
        workers.submit(() -> loop(n -> report(worker, n)));
      }
      Instant warmUpEnds = Instant.now().plus(WARM_UP_LIMIT);
      while (Math.min(submitted.get(), Math.min(approved.get(), reported.get()))
              < WARM_ACKNOWLEDGEMENTS
          && loadProblems.isEmpty()
          && Instant.now().isBefore(warmUpEnds)) {
        Thread.sleep(50);
      }
      Thread.sleep(LOAD_BEFORE_KILL.toMillis());
      // Process.destroyForcibly sends SIGKILL on Linux: no shutdown hook, no H2 close, nothing
      // flushed that was not already handed to the operating system.
      killed.set(true);
      app.destroyForcibly();
      assertThat(app.waitFor(30, TimeUnit.SECONDS)).as("the JVM is gone").isTrue();
      workers.shutdown();
      assertThat(workers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    interface Step {
      void run(int n) throws Exception;
    }

    private Void loop(Step step) {
      for (int n = 0; ; n++) {
        boolean sentBeforeKill = !killed.get();
        try {
          step.run(n);
        } catch (IOException noAnswer) {
          // No answer, nothing acknowledged: the JVM died with this request in flight.
          if (killed.get()) {
            if (sentBeforeKill) {
              inFlightAtKill.incrementAndGet();
            }
          } else {
            loadProblems.add("round " + round + ": no answer before the kill: " + noAnswer);
          }
          return null;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return null;
        } catch (Exception e) {
          loadProblems.add("round " + round + ": " + e);
          return null;
        }
        if (killed.get() && !app.isAlive()) {
          return null;
        }
      }
    }

    private void submit(int worker, int n) throws Exception {
      String subject = "Dödstest r" + round + " s" + worker + " n" + n;
      HttpResponse<String> r =
          post(
              port,
              "/api/requests",
              tokens.get("politiker"),
              "{\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\",\"subject\":\""
                  + subject
                  + "\",\"purpose\":\"Hållbarhet\",\"wishedFrom\":\"2026-12-01\","
                  + "\"wishedTo\":\"2026-12-15\"}");
      if (answered(r, 201, "submit " + subject)) {
        JsonNode request = JSON.readTree(r.body());
        String id = request.path("id").asText();
        subjects.put(id, subject);
        acknowledgedRequests.put(id, request.path("status").asText());
        submitted.incrementAndGet();
        toApprove.add(id);
      }
    }

    private void approve() throws Exception {
      String id = toApprove.poll(100, TimeUnit.MILLISECONDS);
      if (id == null) {
        return;
      }
      HttpResponse<String> r =
          post(port, "/api/requests/" + id + "/approve", tokens.get("fc-buf"), "{}");
      if (answered(r, 200, "approve " + id)) {
        acknowledgedRequests.put(id, JSON.readTree(r.body()).path("status").asText());
        approved.incrementAndGet();
      }
    }

    private void report(int worker, int n) throws Exception {
      String description = "Ringde direkt, r" + round + " w" + worker + " n" + n;
      String occurredAt = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).withNano(0).toString();
      HttpResponse<String> r =
          post(
              port,
              "/api/contact-reports",
              tokens.get("larare"),
              "{\"requesterPosition\":\"POS-BUN-LED-POL\",\"target\":{\"position\":"
                  + "\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\",\"occurredAt\":\""
                  + occurredAt
                  + "\",\"description\":\""
                  + description
                  + "\"}");
      if (answered(r, 200, "report " + description)) {
        JsonNode verdict = JSON.readTree(r.body());
        long seq = verdict.path("recordedAs").asLong(0);
        if (seq <= 0) {
          loadProblems.add("report " + description + " got no number: " + r.body());
          return;
        }
        String earlier = acknowledgedDeviations.putIfAbsent(seq, description);
        if (earlier != null) {
          loadProblems.add(
              "deviation number "
                  + seq
                  + " handed out again: first for '"
                  + earlier
                  + "', now for '"
                  + description
                  + "'");
        }
        reported.incrementAndGet();
      }
    }

    private boolean answered(HttpResponse<String> r, int expected, String what) {
      if (r.statusCode() == expected) {
        return true;
      }
      loadProblems.add(
          "round " + round + ": " + what + " answered " + r.statusCode() + " " + r.body());
      return false;
    }
  }

  // ---- the application process ---------------------------------------------------------------

  /** Starts the packaged demo on {@code database} (PackagedProcesses.startDemo) and waits. */
  private void start(int port, Map<String, String> database, int restart) throws Exception {
    app =
        PackagedProcesses.startDemo(
            port,
            database,
            workDir,
            Path.of("target", "durability-kill-" + restart + ".log").toAbsolutePath());
  }

  /**
   * The database the application runs on, as its environment. H2: none at all, so that the embedded
   * default (./data/samspel under the working directory) is what is tested. PostgreSQL: a fresh
   * database next to the suite's.
   */
  private Map<String, String> databaseEnvironment() throws Exception {
    workDir =
        Files.createTempDirectory(Files.createDirectories(Path.of("target")), "durability-kill-");
    if (!"postgresql".equals(System.getProperty("samspel.db.kind"))) {
      return Map.of();
    }
    Map<String, String> scratch = PackagedProcesses.scratchDatabase("kill");
    dropDatabase = scratch;
    return scratch;
  }

  // ---- HTTP
  // ---------------------------------------------------------------------------------------

  private String demoLogin(int port, String login) throws Exception {
    HttpResponse<String> r =
        post(port, "/api/auth/demo-login", null, "{\"login\":\"" + login + "\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body()).path("token").asText();
  }

  private HttpResponse<String> get(int port, String path, String token) throws Exception {
    HttpRequest.Builder b = request(port, path, token).GET();
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(int port, String path, String token, String body)
      throws Exception {
    HttpRequest.Builder b =
        request(port, path, token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.Builder request(int port, String path, String token) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(30));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }
}
