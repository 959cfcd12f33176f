package se.samspel.organisation.domain;

import java.util.List;
import java.util.Objects;

/**
 * Who a login (the identity provider's subject) names, compared by {@link Login#normalise}: one
 * person, no one, or several people whose logins differ only by case or Unicode form. The last
 * happens only in a database imported before logins were compared this way (issue 14); the import
 * refuses such logins now, and those people cannot sign in until an import gives each a login of
 * their own.
 */
public sealed interface LoginMatch {

  /** Exactly one person has this login. */
  record Found(Person person) implements LoginMatch {
    public Found {
      Objects.requireNonNull(person, "person is required");
    }
  }

  /** No one has this login (or the login is blank). */
  record Unknown() implements LoginMatch {}

  /**
   * Several people share this login once normalised; sign-in must be refused for all of them.
   *
   * @param login the normalised login they share
   * @param people two or more people, ordered by their external id
   */
  record Ambiguous(String login, List<Person> people) implements LoginMatch {
    public Ambiguous {
      Objects.requireNonNull(login, "login is required");
      people = List.copyOf(people);
      if (people.size() < 2) {
        throw new IllegalArgumentException("an ambiguous login is shared by two or more people");
      }
    }
  }
}
