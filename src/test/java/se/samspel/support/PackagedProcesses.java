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
}
