package se.samspel.architecture.violations.application;

import se.samspel.organisation.api.OrganisationImportRequest;

/** An application service that depends on a REST payload: what the architecture forbids. */
public class UseCaseReadingAnApiModel {
  public int units(OrganisationImportRequest request) {
    return request.units().size();
  }
}
