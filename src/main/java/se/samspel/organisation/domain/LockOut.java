package se.samspel.organisation.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether an import would lock its own administrator out (issue 15, "No lock-out"). Samspel knows
 * administrators only by the identity provider's group, which it cannot see for anyone but the
 * caller, so the check covers the caller and the configured demo administrators ({@code
 * samspel.auth.demo.administrators}, logins).
 *
 * <p>The semantics, precisely:
 *
 * <ul>
 *   <li><b>the caller is retired</b> when the caller is a person of the current organisation and,
 *       in the new one, either no person has the caller's login (compared by {@link Login#same}:
 *       the person is gone, or their login changed), or the caller held a position on the day
 *       (appointed or acting) and would hold none. A caller who is no person of the organisation
 *       now (an administrator by group only) cannot be retired by an import;
 *   <li><b>an administrator is kept</b> when a person of the new organisation has their login;
 *   <li><b>no administrator is left</b> when no configured administrator is kept <em>and</em> the
 *       caller is retired.
 * </ul>
 *
 * An import that retires the caller (and so also one that leaves no administrator) is refused
 * unless the caller confirms it.
 *
 * @param callerPerson the caller's person in the current organisation, if any
 * @param callerLogin the login the caller signed in with, if any
 * @param callerRetired whether the import retires the caller (see above)
 * @param callerReason why the caller is retired, in words; empty when not
 * @param administratorsKept the configured administrator logins that still name a person
 * @param administratorsGone the configured administrator logins that would name no one
 */
public record LockOut(
    Optional<Person> callerPerson,
    Optional<String> callerLogin,
    boolean callerRetired,
    String callerReason,
    List<String> administratorsKept,
    List<String> administratorsGone) {

  public LockOut {
    Objects.requireNonNull(callerPerson, "callerPerson is required (may be empty)");
    Objects.requireNonNull(callerLogin, "callerLogin is required (may be empty)");
    Objects.requireNonNull(callerReason, "callerReason is required (may be empty)");
    administratorsKept = List.copyOf(administratorsKept);
    administratorsGone = List.copyOf(administratorsGone);
  }

  /** Whether no configured administrator is kept and the caller is retired. */
  public boolean noAdministratorLeft() {
    return administratorsKept.isEmpty() && callerRetired;
  }

  /** Whether the import must be confirmed explicitly before it is applied. */
  public boolean locksOut() {
    return callerRetired || noAdministratorLeft();
  }

  /**
   * Checks an import.
   *
   * @param current the organisation now
   * @param next the validated organisation that would replace it
   * @param callerPerson the caller's person id now, if the caller is a person
   * @param callerLogin the caller's login (the token's subject claim), if any
   * @param administrators the configured administrator logins
   * @param day today, in the municipality's time zone (acting assignments count on it)
   */
  public static LockOut check(
      Organisation current,
      Organisation next,
      Optional<PersonId> callerPerson,
      Optional<String> callerLogin,
      List<String> administrators,
      LocalDate day) {
    Optional<Person> caller =
        callerPerson.flatMap(
            id -> current.people().stream().filter(p -> p.id().equals(id)).findFirst());
    String reason = "";
    if (caller.isPresent()) {
      // Sign-in finds a person by login, so the login decides; without one, the person id.
      Optional<Person> after =
          callerLogin.isPresent()
              ? personWithLogin(next, callerLogin.get())
              : next.people().stream().filter(p -> p.id().equals(callerPerson.get())).findFirst();
      if (after.isEmpty()) {
        reason =
            callerLogin
                .map(l -> "no person in the new organisation has the login '" + l + "'")
                .orElse("the person '" + callerPerson.get().value() + "' is not in it");
      } else if (holdsAny(current, caller.get().id(), day)
          && !holdsAny(next, after.get().id(), day)) {
        reason = "'" + after.get().id().value() + "' would hold no position";
      }
    }
    List<String> kept =
        administrators.stream().filter(l -> personWithLogin(next, l).isPresent()).toList();
    List<String> gone = administrators.stream().filter(l -> !kept.contains(l)).toList();
    return new LockOut(caller, callerLogin, !reason.isEmpty(), reason, kept, gone);
  }

  private static Optional<Person> personWithLogin(Organisation organisation, String login) {
    return organisation.people().stream()
        .filter(p -> p.login().map(l -> Login.same(l, login)).orElse(false))
        .findFirst();
  }

  private static boolean holdsAny(Organisation organisation, PersonId person, LocalDate day) {
    return organisation.positions().stream()
        .anyMatch(
            p ->
                p.holder().equals(Optional.of(person))
                    || p.actingOn(day).map(a -> a.person().equals(person)).orElse(false));
  }
}
