package se.samspel.organisation.application;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import se.samspel.common.SamspelException;
import se.samspel.organisation.domain.PersonId;

/** The authenticated caller of the current request, as a person of the organisation. */
@RequestScoped
public class CurrentCaller {

  /**
   * The identity attribute that carries the caller's {@link PersonId}, set when the token is
   * resolved to a person of the organisation (the security part's role augmentor).
   */
  public static final String PERSON_ATTRIBUTE = "samspel.person";

  private final SecurityIdentity identity;

  public CurrentCaller(SecurityIdentity identity) {
    this.identity = identity;
  }

  /** The caller's person, if the organisation knows them. */
  public Optional<PersonId> personId() {
    return Optional.ofNullable(identity.getAttribute(PERSON_ATTRIBUTE));
  }

  /** The caller's person; fails when the caller is not a member of the organisation. */
  public PersonId requirePerson() {
    return personId()
        .orElseThrow(() -> SamspelException.forbidden("You are not a person of this organisation"));
  }

  /** A name for the caller in logs and history: their person id, else the token's subject. */
  public String describe() {
    return personId()
        .map(PersonId::value)
        .orElseGet(() -> identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName());
  }

  public boolean hasRole(String role) {
    return identity.hasRole(role);
  }

  public java.util.Set<String> roles() {
    return identity.getRoles();
  }
}
