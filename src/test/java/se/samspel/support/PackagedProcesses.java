package se.samspel.support;

import java.io.IOException;
import java.net.ServerSocket;

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
