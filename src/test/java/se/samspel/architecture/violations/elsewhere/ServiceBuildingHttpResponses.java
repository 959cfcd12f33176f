package se.samspel.architecture.violations.elsewhere;

import jakarta.ws.rs.core.Response;

/** A class outside the REST layer that builds HTTP responses: what the architecture forbids. */
public class ServiceBuildingHttpResponses {
  public Response answer() {
    return Response.noContent().build();
  }
}
