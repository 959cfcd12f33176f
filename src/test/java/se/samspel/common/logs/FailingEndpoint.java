package se.samspel.common.logs;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * An endpoint that fails unexpectedly, for {@link JsonLogsTest} alone: it exists only in the
 * application that test's profile builds ({@code samspel.test.failing-endpoint=true}), so no other
 * test sees it.
 */
@Path("/api/test-only/failure")
@IfBuildProperty(name = "samspel.test.failing-endpoint", stringValue = "true")
public class FailingEndpoint {

  @GET
  @RolesAllowed("**")
  @Operation(hidden = true)
  public String fail() {
    throw new IllegalStateException("a failure no mapper expects");
  }
}
