package se.samspel.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * What tests that start the packaged application as processes of their own share: a free port for
 * each, and the test database's settings, which such a process must be handed explicitly.
 */
public final class PackagedProcesses {

  private PackagedProcesses() {}

  /** A TCP port on this machine that nothing listens on right now. */
  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /**
   * How long a packaged application may take to become ready. It starts in 15-50 s on a machine
   * shared with other builds (Flyway, the demo organisation of two municipalities on first start).
   */
  public static final Duration READY_WITHIN = Duration.ofSeconds(120);

  /**
   * Starts target/quarkus-app/quarkus-run.jar in the production profile as an operator runs the
   * demo: the demo organisation and the demo login switched on through the environment, no identity
   * provider, the mock mailer, the given database (SAMSPEL_DB_* from {@link
   * #scratchDatabase(String)}, or none for H2's embedded default under {@code workDir}). Only what
   * is set here reaches the application: SAMSPEL_* and QUARKUS_* of the test JVM's environment (the
   * suite's database, a developer's settings) are removed. Returns once {@code /q/health/ready}
   * answers 200 on {@code port}; fails naming {@code log} if the process exits or is not ready
   * within {@link #READY_WITHIN}.
   */
  public static Process startDemo(int port, Map<String, String> database, Path workDir, Path log)
      throws Exception {
    Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();
    if (!jar.toFile().exists()) {
      throw new IllegalStateException(
          "No packaged application at " + jar + " (mvn package runs before failsafe)");
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-jar", jar.toString());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(k -> k.startsWith("SAMSPEL_") || k.startsWith("QUARKUS_"));
    env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
    env.put("SAMSPEL_DEMO_SEED", "true");
    env.put("SAMSPEL_AUTH_DEMO_ENABLED", "true");
    // A demo deployment: the demo login only, no identity provider.
    env.put("SAMSPEL_OIDC_ENABLED", "false");
    env.put("SAMSPEL_MAIL_MOCK", "true");
    env.putAll(database);
    builder.directory(workDir.toFile());
    builder.redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    Process app = builder.start();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
            .timeout(Duration.ofSeconds(10))
            .build();
    Instant deadline = Instant.now().plus(READY_WITHIN);
    while (Instant.now().isBefore(deadline)) {
      if (!app.isAlive()) {
        throw new AssertionError("the application exited with " + app.exitValue() + "; see " + log);
      }
      try {
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return app;
        }
      } catch (IOException notYet) {
        // Nothing listens on the port yet.
      }
      Thread.sleep(200);
    }
    app.destroyForcibly();
    throw new AssertionError(
        "the application did not become ready on port " + port + "; see " + log);
  }

  /**
   * The environment variable {@code env} where set (as CI sets SAMSPEL_TEST_DB_*), else the system
   * property {@code property} the Maven profile passes, else "".
   */
  public static String setting(String env, String property) {
    String value = System.getenv(env);
    if (value == null || value.isEmpty()) {
      value = System.getProperty(property);
    }
    return value == null ? "" : value;
  }

  /**
   * A fresh PostgreSQL database next to the suite's, named {@code <suite database>_<suffix>}, as
   * the environment a packaged process needs to use it (SAMSPEL_DB_URL, _USERNAME, _PASSWORD). Drop
   * it with {@link #dropDatabase(String)}.
   */
  public static java.util.Map<String, String> scratchDatabase(String suffix) throws Exception {
    java.util.regex.Matcher url =
        java.util.regex.Pattern.compile("(jdbc:postgresql://[^/]+/)([A-Za-z0-9_]+)(.*)")
            .matcher(suiteUrl());
    if (!url.matches()) {
      throw new IllegalStateException("Not a PostgreSQL URL naming a database: " + suiteUrl());
    }
    String name = url.group(2) + "_" + suffix;
    try (java.sql.Connection db = serverConnection();
        java.sql.Statement s = db.createStatement()) {
      s.execute("drop database if exists " + name + " with (force)");
      s.execute("create database " + name);
    }
    return java.util.Map.of(
        "SAMSPEL_DB_URL", url.group(1) + name + url.group(3),
        "SAMSPEL_DB_USERNAME", setting("SAMSPEL_TEST_DB_USERNAME", "samspel.test.db.username"),
        "SAMSPEL_DB_PASSWORD", setting("SAMSPEL_TEST_DB_PASSWORD", "samspel.test.db.password"));
  }

  /** Drops a database {@link #scratchDatabase(String)} made, given its environment. */
  public static void dropDatabase(java.util.Map<String, String> environment) throws Exception {
    String name = environment.get("SAMSPEL_DB_URL").replaceFirst(".*/([A-Za-z0-9_]+).*", "$1");
    try (java.sql.Connection db = serverConnection();
        java.sql.Statement s = db.createStatement()) {
      s.execute("drop database if exists " + name + " with (force)");
    }
  }

  /** The suite's server, through its maintenance database (never the suite's own). */
  private static java.sql.Connection serverConnection() throws Exception {
    String server =
        suiteUrl().replaceFirst("(jdbc:postgresql://[^/]+/)[A-Za-z0-9_]+", "$1postgres");
    return java.sql.DriverManager.getConnection(
        server,
        setting("SAMSPEL_TEST_DB_USERNAME", "samspel.test.db.username"),
        setting("SAMSPEL_TEST_DB_PASSWORD", "samspel.test.db.password"));
  }

  private static String suiteUrl() {
    return setting("SAMSPEL_TEST_DB_URL", "samspel.test.db.url");
  }
}
