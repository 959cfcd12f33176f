package se.samspel.architecture.violations.domain;

import se.samspel.organisation.infrastructure.JpaOrganisationStore;

/** A domain object that reaches into infrastructure: what the architecture forbids. */
public class DomainObjectUsingJpaStore {
  public long revision(JpaOrganisationStore store) {
    return store.revision();
  }
}
