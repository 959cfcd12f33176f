package se.samspel.organisation.application;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import se.samspel.common.CallerAttributes;
import se.samspel.common.SamspelException;
import se.samspel.organisation.domain.PersonId;

/** The authenticated caller of the current request, as a person of the organisation. */
@RequestScoped
public class CurrentCaller {

  /**
   * The identity attribute that carries the caller's {@link PersonId}, set when the token is
   * resolved to a person of the organisation (the security part's role augmentor).
   */
  public static final String PERSON_ATTRIBUTE = CallerAttributes.PERSON;

  /**
   * The identity attribute that carries the login the token named (the configured subject claim),
   * whether or not it matched a person: the pages tell a reader whom they signed in as.
   */
  public static final String LOGIN_ATTRIBUTE = CallerAttributes.LOGIN;

  /**
   * The identity attribute set (to {@code true}) when the token's login is shared by several people
   * of the organisation (logins that differ only by case, imported before they were refused): no
   * one of them is signed in until an import gives them distinct logins.
   */
  public static final String LOGIN_SHARED_ATTRIBUTE = CallerAttributes.LOGIN_SHARED;

  private final SecurityIdentity identity;

  public CurrentCaller(SecurityIdentity identity) {
    this.identity = identity;
  }

  /** The caller's person, if the organisation knows them. */
  public Optional<PersonId> personId() {
    return Optional.ofNullable(identity.getAttribute(PERSON_ATTRIBUTE));
  }

  /**
   * The caller's person; fails with 403 when the caller is not a member of the organisation, with
   * the code {@code login-shared} when their login is shared by several people.
   */
  public PersonId requirePerson() {
    return personId().orElseThrow(this::notAPerson);
  }

  /** The login the caller's token named, if it named one. */
  public Optional<String> login() {
    return Optional.ofNullable(identity.getAttribute(LOGIN_ATTRIBUTE));
  }

  /** Whether the caller's login is shared by several people, so that it names no one. */
  public boolean loginShared() {
    return Boolean.TRUE.equals(identity.getAttribute(LOGIN_SHARED_ATTRIBUTE));
  }

  private SamspelException notAPerson() {
    if (loginShared()) {
      return new SamspelException(
          SamspelException.Kind.FORBIDDEN,
          CallerAttributes.LOGIN_SHARED_CODE,
          CallerAttributes.LOGIN_SHARED_DETAIL);
    }
    return SamspelException.forbidden("You are not a person of this organisation");
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
