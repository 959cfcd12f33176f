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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The stand-in for Keycloak when no JDK 21+ can run it (issue 14, "Decided": fall back to the npm
 * {@code oidc-provider}, OpenID-certified, on the machine's Node.js, rather than skip the tests):
 * {@code src/test/oidc-provider/server.mjs}, started once per test JVM on the first call of {@link
 * #get()} and stopped by a shutdown hook.
 *
 * <p>It serves Keycloak's URL layout from the same realm files ({@code src/test/resources/oidc}):
 * issuer {@code http://localhost:PORT/realms/REALM}, the token endpoint {@code
 * /realms/REALM/protocol/openid-connect/token} (authorization code with PKCE, refresh, password,
 * client credentials), JWKS, userinfo, RP-initiated logout without a confirmation page, a login
 * form with Keycloak's field ids ({@code username}, {@code password}, {@code kc-login}), and the
 * two admin calls the tests make to end a person's sessions (a token of realm {@code master} for
 * {@code admin-cli}, {@code GET /admin/realms/REALM/users?username=..&exact=true}, {@code POST
 * /admin/realms/REALM/users/ID/logout}). Its public surface is {@link KeycloakProvider}'s.
 *
 * <p>Differences from Keycloak the tests can see: access tokens carry one audience ({@code samspel}
 * where the client has the audience mapper, else {@code account}; Keycloak sends both), their JOSE
 * header says {@code typ: at+jwt}, and a client credentials token's {@code sub} is the client id
 * (Keycloak: the service account's user id; {@code preferred_username} is the same).
 *
 * <p>Needs {@code node} (18.12 or newer; {@code SAMSPEL_NODE} names another binary) and the package
 * installed beforehand: {@code (cd src/test/oidc-provider && npm ci)}, which {@code .ci/run} does.
 * Nothing is downloaded at test time. Its output goes to {@code target/oidc-provider.log}. A start
 * takes about one second.
 *
 * <p>As with {@link KeycloakProvider}, the running instance is recorded in system properties,
 * shared by every class loader of the JVM, under a JVM-wide lock: there is never a second one.
 */
public final class NodeOidcProvider {

  /** The demo organisation's realm (as {@link KeycloakProvider#REALM}). */
  public static final String REALM = "malarvik";

  /** The foreign realm (as {@link KeycloakProvider#FOREIGN_REALM}). */
  public static final String FOREIGN_REALM = "annan";

  /** The admin of realm {@code master} whose token the admin calls take; as Keycloak's. */
  static final String ADMIN_USERNAME = "kcadmin";

  static final String ADMIN_PASSWORD = "kcadmin-test-only";

  /** The package directory: {@code package.json}, {@code server.mjs}, {@code node_modules}. */
  static final Path PACKAGE = Path.of("src", "test", "oidc-provider");

  private static final Duration STARTUP_LIMIT = Duration.ofSeconds(60);
  private static final String URL_PROPERTY = "samspel.oidc.node.url";
  private static final String STARTUP_PROPERTY = "samspel.oidc.node.startup-millis";
  private static final String LOCK = "se.samspel.support.oidc.NodeOidcProvider.lock".intern();

  private final String url;
  private final Duration startTime;

  private NodeOidcProvider(String url, Duration startTime) {
    this.url = url;
    this.startTime = startTime;
  }

  /**
   * The running provider, started on the first call (blocking up to 60 s).
   *
   * @throws IllegalStateException without {@code node}, without the installed package (the message
   *     names the {@code npm ci} to run), or when the server does not answer in time (the message
   *     carries the end of {@code target/oidc-provider.log})
   */
  public static NodeOidcProvider get() {
    synchronized (LOCK) {
      String running = System.getProperty(URL_PROPERTY);
      if (running == null) {
        start();
        running = System.getProperty(URL_PROPERTY);
      }
      return new NodeOidcProvider(
          running, Duration.ofMillis(Long.parseLong(System.getProperty(STARTUP_PROPERTY))));
    }
  }

  /**
   * Whether the provider can be started here: the package's {@code node_modules} holds {@code
   * oidc-provider}. (Whether {@code node} runs is found out by {@link #get()}.)
   */
  public static boolean installed() {
    return Files.isRegularFile(
        PACKAGE.toAbsolutePath().resolve("node_modules/oidc-provider/package.json"));
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

  /** How long the start took, from launching node to both realms' discovery answering. */
  public Duration startTime() {
    return startTime;
  }

  private static void start() {
    long started = System.nanoTime();
    Path home = PACKAGE.toAbsolutePath();
    if (!installed()) {
      throw new IllegalStateException(
          "The stand-in OpenID Connect provider (npm oidc-provider) is not installed: run"
              + " (cd src/test/oidc-provider && npm ci --no-audit --no-fund) once; .ci/run does."
              + " It is used when no JDK 21+ can run Keycloak.");
    }
    int port = freePort();
    String url = "http://localhost:" + port;
    Path log = Path.of("target", "oidc-provider.log").toAbsolutePath();
    try {
      Files.createDirectories(log.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String node = System.getenv().getOrDefault("SAMSPEL_NODE", "node");
    ProcessBuilder builder =
        new ProcessBuilder(node, "server.mjs", Integer.toString(port))
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.put("SAMSPEL_OIDC_REALMS", realmDirectory().toString());
    env.put("SAMSPEL_OIDC_ADMIN_USERNAME", ADMIN_USERNAME);
    env.put("SAMSPEL_OIDC_ADMIN_PASSWORD", ADMIN_PASSWORD);
    env.put("SAMSPEL_OIDC_DEBUG", "1");
    env.remove("NODE_OPTIONS");

    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new IllegalStateException(
          "Cannot run "
              + node
              + " (Node.js 18.12+ is needed for the stand-in provider; set SAMSPEL_NODE to its"
              + " binary, or install nodejs)",
          e);
    }
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> stop(process), "node-oidc-provider-shutdown"));

    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
    List<String> waiting =
        new ArrayList<>(List.of(REALM, FOREIGN_REALM, KeycloakProvider.OWN_REALM));
    while (!waiting.isEmpty()) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "The stand-in provider (node server.mjs) stopped with exit code "
                + process.exitValue()
                + ":\n"
                + tail(log));
      }
      if (System.nanoTime() > deadline) {
        stop(process);
        throw new IllegalStateException(
            "The stand-in provider did not serve its realms' discovery documents within "
                + STARTUP_LIMIT.toSeconds()
                + " s:\n"
                + tail(log));
      }
      String realm = waiting.get(0);
      if (discoveryAnswers(http, url + "/realms/" + realm)) {
        waiting.remove(0);
      } else {
        sleep(200);
      }
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    System.setProperty(URL_PROPERTY, url);
    System.setProperty(STARTUP_PROPERTY, Long.toString(took.toMillis()));
    System.out.printf(
        "Stand-in OpenID Connect provider (npm oidc-provider on %s) started in %d ms at %s; log: %s%n",
        node, took.toMillis(), url, log);
  }
}
