package se.samspel.architecture.violations.application;

import se.samspel.request.api.RequestCommands;

/** An application service that depends on a REST payload: what the architecture forbids. */
public class UseCaseReadingAnApiModel {
  public String subject(RequestCommands.SubmitRequest request) {
    return request.subject();
  }
}
