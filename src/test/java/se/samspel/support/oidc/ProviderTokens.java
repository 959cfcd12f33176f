package se.samspel.support.oidc;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Tokens issued by the real provider ({@link KeycloakProvider}), over its ordinary endpoints: the
 * password grant (RFC 6749 §4.3) for people, the client credentials grant (§4.4) for the intranet,
 * and Keycloak's admin REST API to end a person's sessions (a revocation at the provider).
 *
 * <p>The clients are those of {@code src/test/resources/oidc/malarvik-realm.json}: {@value
 * #TESTS_CLIENT} (audience samspel), {@value #OTHER_SYSTEM} (no samspel audience), {@value
 * #SHORT_LIVED} (access tokens of {@value #SHORT_LIFESPAN_SECONDS} s), {@value #INTRANET} (service
 * account in group samspel-integration); and the foreign realm's {@value #TESTS_CLIENT}. Every
 * person's password is {@value KeycloakProvider#PASSWORD}.
 */
public final class ProviderTokens {

  public static final String TESTS_CLIENT = "samspel-tests";
  public static final String OTHER_SYSTEM = "other-system";
  public static final String SHORT_LIVED = "samspel-short-lived";
  public static final String INTRANET = "intranet";
  public static final String INTRANET_SECRET = "intranet-test-secret";
  public static final int SHORT_LIFESPAN_SECONDS = 10;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private ProviderTokens() {}

  /** An access token of the demo realm for this person, audience samspel. */
  public static String forUser(String username) {
    return password(KeycloakProvider.REALM, TESTS_CLIENT, username).accessToken();
  }

  /**
   * An access token of municipality 9902's own provider (realm {@value KeycloakProvider#OWN_REALM})
   * for this person, audience samspel.
   */
  public static String ownProviderOf9902(String username) {
    return password(KeycloakProvider.OWN_REALM, TESTS_CLIENT, username).accessToken();
  }

  /** An access token of the demo realm for another system: it carries no samspel audience. */
  public static String wrongAudience(String username) {
    return password(KeycloakProvider.REALM, OTHER_SYSTEM, username).accessToken();
  }

  /** An access token of the foreign realm (another issuer), audience samspel all the same. */
  public static String foreignIssuer(String username) {
    return password(KeycloakProvider.FOREIGN_REALM, TESTS_CLIENT, username).accessToken();
  }

  /** A token of {@value #SHORT_LIFESPAN_SECONDS} s, audience samspel. */
  public static Grant shortLived(String username) {
    return password(KeycloakProvider.REALM, SHORT_LIVED, username);
  }

  /** The intranet's token (client credentials): group samspel-integration, audience samspel. */
  public static String intranet() {
    return grant(
            KeycloakProvider.REALM,
            Map.of(
                "grant_type", "client_credentials",
                "client_id", INTRANET,
                "client_secret", INTRANET_SECRET))
        .accessToken();
  }

  /**
   * The password grant of a public client of a realm.
   *
   * @throws IllegalStateException when the provider refuses (its error in the message)
   */
  public static Grant password(String realm, String client, String username) {
    return grant(
        realm,
        Map.of(
            "grant_type",
            "password",
            "client_id",
            client,
            "username",
            username,
            "password",
            KeycloakProvider.PASSWORD,
            "scope",
            "openid"));
  }

  /**
   * Uses a refresh token of a public client.
   *
   * @return the provider's HTTP status and body: 200 with new tokens, or 400 {@code invalid_grant}
   *     once the session has ended
   */
  public static HttpResponse<String> refresh(String realm, String client, String refreshToken) {
    return post(
        KeycloakProvider.get().tokenEndpoint(realm),
        form(
            Map.of(
                "grant_type", "refresh_token",
                "client_id", client,
                "refresh_token", refreshToken)),
        null);
  }

  /**
   * Ends every session of a person of the demo realm at the provider (admin API {@code POST
   * /admin/realms/{realm}/users/{id}/logout}): their refresh tokens stop working.
   */
  public static void endSessions(String username) {
    KeycloakProvider provider = KeycloakProvider.get();
    String admin =
        grant(
                "master",
                Map.of(
                    "grant_type",
                    "password",
                    "client_id",
                    "admin-cli",
                    "username",
                    KeycloakProvider.ADMIN_USERNAME,
                    "password",
                    KeycloakProvider.ADMIN_PASSWORD))
            .accessToken();
    String users = provider.url() + "/admin/realms/" + KeycloakProvider.REALM + "/users";
    HttpResponse<String> found =
        send(
            HttpRequest.newBuilder(
                    URI.create(
                        users
                            + "?exact=true&username="
                            + URLEncoder.encode(username, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + admin)
                .GET()
                .build());
    List<Map<String, Object>> matches = read(found.body(), new TypeReference<>() {});
    if (found.statusCode() != 200 || matches.size() != 1) {
      throw new IllegalStateException(
          "The provider has no single user " + username + ": " + found.body());
    }
    HttpResponse<String> ended =
        post(users + "/" + matches.get(0).get("id") + "/logout", "", admin);
    if (ended.statusCode() != 204) {
      throw new IllegalStateException(
          "The provider did not end " + username + "'s sessions: " + ended.statusCode());
    }
  }

  /** The claims of a JWT's payload, unverified: to look at what the provider put in a token. */
  public static Map<String, Object> claims(String jwt) {
    String[] parts = jwt.split("\\.");
    if (parts.length != 3) {
      throw new IllegalArgumentException("Not a signed JWT");
    }
    return read(
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8),
        new TypeReference<>() {});
  }

  /** When a JWT expires ({@code exp}). */
  public static Instant expiresAt(String jwt) {
    return Instant.ofEpochSecond(((Number) claims(jwt).get("exp")).longValue());
  }

  /** What the token endpoint answered: the access token, and the refresh token if there is one. */
  public record Grant(String accessToken, String refreshToken) {}

  private static Grant grant(String realm, Map<String, String> parameters) {
    HttpResponse<String> response =
        post(KeycloakProvider.get().tokenEndpoint(realm), form(parameters), null);
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "The provider refused the "
              + parameters.get("grant_type")
              + " grant of "
              + parameters.get("client_id")
              + " in realm "
              + realm
              + ": "
              + response.statusCode()
              + " "
              + response.body());
    }
    Map<String, Object> body = read(response.body(), new TypeReference<>() {});
    return new Grant((String) body.get("access_token"), (String) body.get("refresh_token"));
  }

  private static HttpResponse<String> post(String uri, String form, String bearer) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(uri))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return send(request.build());
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("The provider did not answer " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }

  private static String form(Map<String, String> parameters) {
    return parameters.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (IOException e) {
      throw new IllegalStateException("Not the JSON expected from the provider: " + json, e);
    }
  }
}
