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
 * @param callerRetirement why the import retires the caller (see above); empty when it does not
 * @param administratorsKept the configured administrator logins that still name a person
 * @param administratorsGone the configured administrator logins that would name no one
 */
public record LockOut(
    Optional<Person> callerPerson,
    Optional<String> callerLogin,
    Optional<Retirement> callerRetirement,
    List<String> administratorsKept,
    List<String> administratorsGone) {

  public LockOut {
    Objects.requireNonNull(callerPerson, "callerPerson is required (may be empty)");
    Objects.requireNonNull(callerLogin, "callerLogin is required (may be empty)");
    Objects.requireNonNull(callerRetirement, "callerRetirement is required (may be empty)");
    administratorsKept = List.copyOf(administratorsKept);
    administratorsGone = List.copyOf(administratorsGone);
  }

  /**
   * Why an import retires its caller, as a code the pages put in their language and the audit trail
   * keeps.
   *
   * @param cause which of the three ways
   * @param subject the login ({@link Cause#NO_LOGIN}) or person id the cause names
   */
  public record Retirement(Cause cause, String subject) {

    public enum Cause {
      /** No person of the new organisation has the caller's login. */
      NO_LOGIN,
      /** The caller has no login and their person id is not in the new organisation. */
      NOT_IN_IT,
      /** The caller held a position today and would hold none. */
      NO_POSITION
    }

    public Retirement {
      Objects.requireNonNull(cause, "cause is required");
      Objects.requireNonNull(subject, "subject is required");
    }

    /** The cause in English words, as the API's problem detail says it. */
    public String english() {
      return switch (cause) {
        case NO_LOGIN -> "no person in the new organisation has the login '" + subject + "'";
        case NOT_IN_IT -> "the person '" + subject + "' is not in it";
        case NO_POSITION -> "'" + subject + "' would hold no position";
      };
    }
  }

  /** Whether the import retires the caller. */
  public boolean callerRetired() {
    return callerRetirement.isPresent();
  }

  /** Why the caller is retired, in English words; empty when not. */
  public String callerReason() {
    return callerRetirement.map(Retirement::english).orElse("");
  }

  /** Whether no configured administrator is kept and the caller is retired. */
  public boolean noAdministratorLeft() {
    return administratorsKept.isEmpty() && callerRetired();
  }

  /** Whether the import must be confirmed explicitly before it is applied. */
  public boolean locksOut() {
    return callerRetired() || noAdministratorLeft();
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
    Optional<Retirement> retirement = Optional.empty();
    if (caller.isPresent()) {
      // Sign-in finds a person by login, so the login decides; without one, the person id.
      Optional<Person> after =
          callerLogin.isPresent()
              ? personWithLogin(next, callerLogin.get())
              : next.people().stream().filter(p -> p.id().equals(callerPerson.get())).findFirst();
      if (after.isEmpty()) {
        retirement =
            Optional.of(
                callerLogin
                    .map(l -> new Retirement(Retirement.Cause.NO_LOGIN, l))
                    .orElse(
                        new Retirement(Retirement.Cause.NOT_IN_IT, callerPerson.get().value())));
      } else if (holdsAny(current, caller.get().id(), day)
          && !holdsAny(next, after.get().id(), day)) {
        retirement =
            Optional.of(new Retirement(Retirement.Cause.NO_POSITION, after.get().id().value()));
      }
    }
    List<String> kept =
        administrators.stream().filter(l -> personWithLogin(next, l).isPresent()).toList();
    List<String> gone = administrators.stream().filter(l -> !kept.contains(l)).toList();
    return new LockOut(caller, callerLogin, retirement, kept, gone);
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
