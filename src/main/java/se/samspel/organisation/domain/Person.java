package se.samspel.organisation.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A person who holds positions.
 *
 * @param login the value of the identity provider's subject claim that identifies this person
 */
public record Person(PersonId id, String name, Optional<String> email, Optional<String> login) {
  public Person {
    Objects.requireNonNull(id, "id is required");
    Objects.requireNonNull(name, "name is required");
    Objects.requireNonNull(email, "email is required (may be empty)");
    Objects.requireNonNull(login, "login is required (may be empty)");
  }
}
