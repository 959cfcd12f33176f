package se.samspel.support.oidc;

import static se.samspel.support.oidc.ProviderProcesses.discoveryAnswers;
import static se.samspel.support.oidc.ProviderProcesses.freePort;
import static se.samspel.support.oidc.ProviderProcesses.realmDirectory;
import static se.samspel.support.oidc.ProviderProcesses.sleep;
import static se.samspel.support.oidc.ProviderProcesses.stop;
import static se.samspel.support.oidc.ProviderProcesses.tail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The real OpenID Connect provider of the tests (issue 14, "The real provider in tests and CI"):
 * Keycloak's distribution ({@code org.keycloak:keycloak-quarkus-dist}, unpacked under {@code
 * target/keycloak} by the pom's maven-dependency-plugin), started once per test JVM on the first
 * call of {@link #get()} and stopped by a shutdown hook.
 *
 * <p>Keycloak needs a JDK 21 or newer, while Samspel builds on 17. The JDK is the first of: the
 * environment variable {@code SAMSPEL_OIDC_JAVA_HOME}; {@code JAVA_HOME} if it is 21 or newer; the
 * JVM running the tests if it is; the newest JDK 21+ under {@code /usr/lib/jvm} (by its {@code
 * release} file). Without one (or with {@code SAMSPEL_OIDC_PROVIDER=node}), the stand-in on Node.js
 * starts instead, as the issue decides: {@link NodeOidcProvider}, the OpenID-certified npm {@code
 * oidc-provider} serving the same realms at Keycloak's addresses, so every test runs unchanged.
 *
 * <p>Each start is fresh: the distribution's {@code data} directory (its H2 database) is deleted,
 * and the realms of {@code src/test/resources/oidc} ({@value #REALM} and the foreign {@value
 * #FOREIGN_REALM}) are imported. Keycloak runs {@code start-dev} on a free port of 127.0.0.1 with
 * its hostname fixed to {@code http://localhost:PORT}, so every token's issuer is {@code
 * http://localhost:PORT/realms/REALM} whichever address a request used. Its output goes to {@code
 * target/keycloak.log}. A start takes about 60 to 90 s on two cores (a third of it Keycloak's own
 * build step); {@link #startTime()} says how long it took.
 *
 * <p>Test classes may be loaded by more than one class loader (Quarkus loads the tests and their
 * resources in its own), so the running instance is recorded in system properties, which all class
 * loaders of the JVM share, and a JVM-wide lock guards the start: there is never a second provider.
 */
public final class KeycloakProvider {

  /** The demo organisation's realm: its people, groups and clients (see the realm file). */
  public static final String REALM = "malarvik";

  /** Another realm of the same server: a foreign issuer for Samspel. */
  public static final String FOREIGN_REALM = "annan";

  /**
   * Municipality 9902's own identity provider (issue 16): a third realm of the same server, with
   * its own issuer, signing keys, people and clients.
   */
  public static final String OWN_REALM = "vanerstrand";

  /** The password of every person of the test realms. */
  public static final String PASSWORD = "demo";

  /** The provider's own administrator (realm master), for the admin API. */
  static final String ADMIN_USERNAME = "kcadmin";

  static final String ADMIN_PASSWORD = "kcadmin-test-only";

  /** Samspel's client at the provider (authorization code flow with PKCE) and its test secret. */
  public static final String CLIENT_ID = "samspel";

  public static final String CLIENT_SECRET = "samspel-test-secret";

  /** The lifespan of the {@value #CLIENT_ID} client's access and ID tokens, in seconds. */
  public static final int PAGE_TOKEN_LIFESPAN_SECONDS = 15;

  private static final Duration STARTUP_LIMIT = Duration.ofSeconds(180);
  private static final String URL_PROPERTY = "samspel.oidc.keycloak.url";
  private static final String STARTUP_PROPERTY = "samspel.oidc.keycloak.startup-millis";
  private static final String LOCK = "se.samspel.support.oidc.KeycloakProvider.lock".intern();
  private static final Path JVM_DIRECTORY = Path.of("/usr/lib/jvm");

  private final String url;
  private final Duration startTime;

  private KeycloakProvider(String url, Duration startTime) {
    this.url = url;
    this.startTime = startTime;
  }

  /**
   * The running provider, started on the first call (blocking up to 180 s).
   *
   * @throws IllegalStateException without a JDK 21+, without the unpacked distribution, or when
   *     Keycloak does not answer in time (the message carries the end of {@code
   *     target/keycloak.log})
   */
  public static KeycloakProvider get() {
    synchronized (LOCK) {
      String running = System.getProperty(URL_PROPERTY);
      if (running == null) {
        start();
        running = System.getProperty(URL_PROPERTY);
      }
      return new KeycloakProvider(
          running, Duration.ofMillis(Long.parseLong(System.getProperty(STARTUP_PROPERTY))));
    }
  }

  /** The server's address without a trailing slash, e.g. {@code http://localhost:41234}. */
  public String url() {
    return url;
  }

  /** The issuer of a realm's tokens, e.g. {@code http://localhost:41234/realms/malarvik}. */
  public String issuer(String realm) {
    return url + "/realms/" + realm;
  }

  /** The issuer of the demo organisation's realm. */
  public String issuer() {
    return issuer(REALM);
  }

  /** The token endpoint of a realm. */
  public String tokenEndpoint(String realm) {
    return issuer(realm) + "/protocol/openid-connect/token";
  }

  /** How long the start took, from deleting the old data to the realms' discovery answering. */
  public Duration startTime() {
    return startTime;
  }

  private static void start() {
    if ("node".equals(System.getenv("SAMSPEL_OIDC_PROVIDER")) || !hasJdk21()) {
      NodeOidcProvider node = NodeOidcProvider.get();
      System.setProperty(URL_PROPERTY, node.url());
      System.setProperty(STARTUP_PROPERTY, Long.toString(node.startTime().toMillis()));
      return;
    }
    long started = System.nanoTime();
    Path home = distribution();
    Path javaHome = javaHome();
    int port = freePort();
    String url = "http://localhost:" + port;
    Path log = Path.of("target", "keycloak.log").toAbsolutePath();
    try {
      Path data = home.resolve("data");
      deleteRecursively(data);
      Path imports = Files.createDirectories(data.resolve("import"));
      try (Stream<Path> realms = Files.list(realmDirectory())) {
        for (Path realm : realms.filter(p -> p.toString().endsWith(".json")).toList()) {
          Files.copy(realm, imports.resolve(realm.getFileName()));
        }
      }
      Files.createDirectories(log.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare Keycloak's data directory under " + home, e);
    }

    ProcessBuilder builder =
        new ProcessBuilder(
                "bash",
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                "--hostname=" + url,
                "--import-realm")
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.put("JAVA_HOME", javaHome.toString());
    env.put("PATH", javaHome.resolve("bin") + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
    env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME);
    env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
    // A modest heap: the machine runs the application under test and Chromium beside it. C1 only
    // shortens the start on two cores; the tests ask little of the server after it.
    env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
    env.put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
    env.remove("JAVA_OPTS");
    env.remove("JAVA_TOOL_OPTIONS");

    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start Keycloak (" + home + ")", e);
    }
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> stop(process), "keycloak-provider-shutdown"));

    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
    List<String> waiting = new ArrayList<>(List.of(REALM, FOREIGN_REALM, OWN_REALM));
    while (!waiting.isEmpty()) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Keycloak stopped with exit code " + process.exitValue() + ":\n" + tail(log));
      }
      if (System.nanoTime() > deadline) {
        stop(process);
        throw new IllegalStateException(
            "Keycloak did not serve its realms' discovery documents within "
                + STARTUP_LIMIT.toSeconds()
                + " s:\n"
                + tail(log));
      }
      String realm = waiting.get(0);
      if (discoveryAnswers(http, url + "/realms/" + realm)) {
        waiting.remove(0);
      } else {
        sleep(500);
      }
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    System.setProperty(URL_PROPERTY, url);
    System.setProperty(STARTUP_PROPERTY, Long.toString(took.toMillis()));
    System.out.printf(
        "Keycloak (%s, JDK %s) started in %d s at %s; log: %s%n",
        home.getFileName(), javaHome, took.toSeconds(), url, log);
  }

  /** The unpacked distribution: {@code SAMSPEL_KEYCLOAK_HOME}, else target/keycloak/keycloak-*. */
  static Path distribution() {
    String configured = System.getenv("SAMSPEL_KEYCLOAK_HOME");
    if (configured != null && !configured.isBlank()) {
      Path home = Path.of(configured).toAbsolutePath();
      if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
        throw new IllegalStateException(
            "SAMSPEL_KEYCLOAK_HOME="
                + configured
                + " holds no bin/kc.sh (a Keycloak distribution)");
      }
      return home;
    }
    Path unpacked = Path.of("target", "keycloak").toAbsolutePath();
    try (Stream<Path> entries = Files.isDirectory(unpacked) ? Files.list(unpacked) : Stream.of()) {
      return entries
          .filter(p -> p.getFileName().toString().startsWith("keycloak-"))
          .filter(p -> Files.isRegularFile(p.resolve("bin/kc.sh")))
          .max(Comparator.naturalOrder())
          .orElseThrow(
              () ->
                  new IllegalStateException(
                      "No Keycloak distribution under "
                          + unpacked
                          + ": the build unpacks org.keycloak:keycloak-quarkus-dist there in"
                          + " generate-test-resources (run the tests through ./mvnw, without"
                          + " -DskipTests), or set SAMSPEL_KEYCLOAK_HOME"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean hasJdk21() {
    try {
      javaHome();
      return true;
    } catch (IllegalStateException none) {
      return false;
    }
  }

  /**
   * The home of a JDK 21 or newer for Keycloak; see the class comment for the order.
   *
   * @throws IllegalStateException naming what to install when there is none
   */
  static Path javaHome() {
    String configured = System.getenv("SAMSPEL_OIDC_JAVA_HOME");
    if (configured != null && !configured.isBlank()) {
      Path home = Path.of(configured);
      int version = javaVersion(home).orElse(0);
      if (version < 21) {
        throw new IllegalStateException(
            "SAMSPEL_OIDC_JAVA_HOME="
                + configured
                + " is not a JDK 21 or newer (found "
                + (version == 0 ? "no JDK" : "JDK " + version)
                + "); Keycloak needs one");
      }
      return home;
    }
    String javaHomeVariable = System.getenv("JAVA_HOME");
    if (javaHomeVariable != null
        && !javaHomeVariable.isBlank()
        && javaVersion(Path.of(javaHomeVariable)).orElse(0) >= 21) {
      return Path.of(javaHomeVariable);
    }
    if (Runtime.version().feature() >= 21) {
      return Path.of(System.getProperty("java.home"));
    }
    List<Path> installed = new ArrayList<>();
    if (Files.isDirectory(JVM_DIRECTORY)) {
      try (Stream<Path> entries = Files.list(JVM_DIRECTORY)) {
        installed.addAll(entries.filter(Files::isDirectory).toList());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return installed.stream()
        .filter(home -> Files.isExecutable(home.resolve("bin/java")))
        .filter(home -> javaVersion(home).orElse(0) >= 21)
        .max(
            Comparator.comparingInt((Path home) -> javaVersion(home).orElse(0))
                .thenComparing(Comparator.naturalOrder()))
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "The tests with the real OpenID Connect provider (Keycloak) need a JDK 21 or"
                        + " newer, and none was found (SAMSPEL_OIDC_JAVA_HOME, JAVA_HOME, this JVM,"
                        + " /usr/lib/jvm/*/release). Install one beside the JDK 17, e.g."
                        + " Temurin 25 (apt-get install temurin-25-jdk from Adoptium's apt"
                        + " repository; .ci/run does), or point SAMSPEL_OIDC_JAVA_HOME at one."));
  }

  /** The feature version a JDK's {@code release} file names (JAVA_VERSION="25.0.3" gives 25). */
  static Optional<Integer> javaVersion(Path home) {
    Path release = home.resolve("release");
    if (!Files.isRegularFile(release) || !Files.isExecutable(home.resolve("bin/java"))) {
      return Optional.empty();
    }
    Properties properties = new Properties();
    try (var reader = Files.newBufferedReader(release, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      return Optional.empty();
    }
    return parseFeatureVersion(properties.getProperty("JAVA_VERSION"));
  }

  /** {@code "25.0.3"} gives 25, {@code "21"} 21, {@code "1.8.0_402"} 8; quotes are ignored. */
  static Optional<Integer> parseFeatureVersion(String javaVersion) {
    if (javaVersion == null) {
      return Optional.empty();
    }
    String[] parts = javaVersion.replace("\"", "").trim().split("[._+-]");
    try {
      int first = Integer.parseInt(parts[0]);
      return Optional.of(first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
