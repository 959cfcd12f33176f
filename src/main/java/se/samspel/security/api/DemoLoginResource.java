package se.samspel.security.api;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samspel.common.http.ProblemResponses;
import se.samspel.security.DemoLogin;

/**
 * The demo login of the embedded default: signs a token for a person of the demo organisation by
 * their login, without a password. It exists only when {@code samspel.auth.demo.enabled} is true,
 * which production never has unless an operator sets it.
 */
@Path("/api/auth/demo-login")
@Tag(name = "Authentication")
public class DemoLoginResource {

  private final DemoLogin demoLogin;

  public DemoLoginResource(DemoLogin demoLogin) {
    this.demoLogin = demoLogin;
  }

  /** Who wants to log in. */
  public record DemoLoginRequest(@NotBlank @Size(max = 200) @Schema(example = "kd") String login) {}

  /** A signed bearer token for the demo person. */
  public record DemoLoginResponse(
      String token, Instant expiresAt, String personId, String name, boolean administrator) {}

  @POST
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Log in as a person of the demo organisation (embedded default only)",
      description =
          "Signs a bearer token for the person with this login. Send it as"
              + " 'Authorization: Bearer <token>'. Absent (404) unless the demo login is enabled.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples = @ExampleObject(name = "KD", value = "{\"login\":\"kd\"}")))
  @APIResponse(
      responseCode = "200",
      description = "A signed token",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "token",
                      value =
                          "{\"token\":\"eyJ...\",\"expiresAt\":\"2026-11-23T16:00:00Z\","
                              + "\"personId\":\"P-KD\",\"name\":\"Karin Holm\","
                              + "\"administrator\":false}")))
  @APIResponse(
      responseCode = "400",
      ref = ProblemResponses.BAD_REQUEST,
      description = "No login given")
  @APIResponse(
      responseCode = "404",
      ref = ProblemResponses.NOT_FOUND,
      description = "The demo login is disabled, or no person has this login")
  public DemoLoginResponse login(@Valid @NotNull DemoLoginRequest request) {
    DemoLogin.Issued issued = demoLogin.issue(request.login());
    return new DemoLoginResponse(
        issued.token(),
        issued.expiresAt(),
        issued.person().id().value(),
        issued.person().name(),
        issued.administrator());
  }
}
