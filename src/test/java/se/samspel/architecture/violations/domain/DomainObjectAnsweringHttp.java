package se.samspel.architecture.violations.domain;

import jakarta.ws.rs.core.Response;

/** A domain object that knows HTTP: what the architecture forbids. */
public class DomainObjectAnsweringHttp {
  public Response answer() {
    return Response.ok().build();
  }
}
