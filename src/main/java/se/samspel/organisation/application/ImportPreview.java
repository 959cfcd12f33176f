package se.samspel.organisation.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.samspel.organisation.domain.LockOut;
import se.samspel.organisation.domain.OrganisationChanges;
import se.samspel.organisation.domain.OrganisationChanges.HolderChange;
import se.samspel.organisation.domain.OrganisationChanges.LostRole;
import se.samspel.organisation.domain.Person;
import se.samspel.organisation.domain.PositionId;
import se.samspel.organisation.domain.WaitingSteps.WaitingStep;

/**
 * What an import would do, without doing it (the dry run): the counts and lists of what would be
 * created, updated and retired, the open requests with a waiting step on a post that would become
 * vacant or change holder, the people who would lose a position they hold, and the lock-out check.
 * Its counts are those the real import would answer ({@link OrganisationChanges}).
 *
 * @param revision the organisation revision the preview compared against; a confirmation of the
 *     preview is refused once the organisation has moved past it
 */
public record ImportPreview(
    long revision,
    Section units,
    Section positions,
    Section people,
    List<AffectedStep> affectedRequests,
    List<LostPosition> lostPositions,
    LockOutCheck lockOut) {

  /** A unit (its name), a position (its title) or a person (their name), by external id. */
  public record Item(String id, String name) {}

  /** The changes of one kind of row. */
  public record Section(
      int created,
      int updated,
      int unchanged,
      int retired,
      List<Item> createdItems,
      List<Item> updatedItems,
      List<Item> retiredItems) {}

  /**
   * A waiting step of an open request on a post whose holder would change.
   *
   * @param step the step's order in the request's route
   * @param currentHolderId the person who holds the post today (acting holder while an acting
   *     assignment runs); null when it is vacant now
   * @param newHolderId who would hold it; null when it would be vacant or retired
   * @param positionRetired whether the post is no longer in the document
   */
  public record AffectedStep(
      String requestId,
      int step,
      String positionId,
      String positionTitle,
      String currentHolderId,
      String currentHolderName,
      String newHolderId,
      String newHolderName,
      boolean positionRetired) {}

  /** A person who holds a position today (appointed or acting) and would not hold it. */
  public record LostPosition(
      String personId, String personName, String positionId, String positionTitle) {}

  /**
   * The lock-out check (see {@link LockOut} for the exact semantics).
   *
   * @param needsConfirmation whether the import is refused (409) unless confirmed
   * @param callerPersonId the caller's person now, null for an administrator by group only
   * @param reason why the caller would be retired, in English words; empty when not
   * @param reasonCode the same as a code: {@code NO_LOGIN}, {@code NOT_IN_IT} or {@code
   *     NO_POSITION}; null when the caller is not retired
   * @param reasonSubject the login or person id the reason names; null when not retired
   * @param administratorsKept the configured administrator logins that still name a person
   * @param administratorsGone the configured administrator logins that would name no one
   */
  public record LockOutCheck(
      boolean needsConfirmation,
      String callerPersonId,
      String callerLogin,
      boolean callerRetired,
      String reason,
      String reasonCode,
      String reasonSubject,
      boolean noAdministratorLeft,
      List<String> administratorsKept,
      List<String> administratorsGone) {

    static LockOutCheck of(LockOut lockOut) {
      return new LockOutCheck(
          lockOut.locksOut(),
          lockOut.callerPerson().map(p -> p.id().value()).orElse(null),
          lockOut.callerLogin().orElse(null),
          lockOut.callerRetired(),
          lockOut.callerReason(),
          lockOut.callerRetirement().map(r -> r.cause().name()).orElse(null),
          lockOut.callerRetirement().map(LockOut.Retirement::subject).orElse(null),
          lockOut.noAdministratorLeft(),
          lockOut.administratorsKept(),
          lockOut.administratorsGone());
    }
  }

  /** Builds the preview from the domain's answers. */
  static ImportPreview of(
      long revision,
      OrganisationChanges changes,
      List<HolderChange> holderChanges,
      List<WaitingStep> waiting,
      List<LostRole> lost,
      LockOut lockOut) {
    Map<PositionId, HolderChange> byPosition =
        holderChanges.stream()
            .collect(Collectors.toMap(c -> c.position().id(), c -> c, (a, b) -> a));
    List<AffectedStep> affected = new ArrayList<>();
    for (WaitingStep step : waiting) {
      HolderChange change = byPosition.get(step.position());
      if (change == null) {
        continue;
      }
      affected.add(
          new AffectedStep(
              step.requestId(),
              step.order(),
              change.position().id().value(),
              change.position().title(),
              idOf(change.before()),
              nameOf(change.before()),
              idOf(change.after()),
              nameOf(change.after()),
              change.retired()));
    }
    return new ImportPreview(
        revision,
        section(changes.units(), u -> new Item(u.id().value(), u.name())),
        section(changes.positions(), p -> new Item(p.id().value(), p.title())),
        section(changes.people(), p -> new Item(p.id().value(), p.name())),
        affected,
        lost.stream()
            .map(
                l ->
                    new LostPosition(
                        l.person().id().value(),
                        l.person().name(),
                        l.position().id().value(),
                        l.position().title()))
            .toList(),
        LockOutCheck.of(lockOut));
  }

  /** The positions whose waiting steps matter: those whose holder would change. */
  static List<PositionId> positionsOf(Collection<HolderChange> changes) {
    return changes.stream().map(c -> c.position().id()).toList();
  }

  private static <T> Section section(OrganisationChanges.Changes<T> c, Function<T, Item> item) {
    return new Section(
        c.created().size(),
        c.updated().size(),
        c.unchanged(),
        c.retired().size(),
        c.created().stream().map(item).toList(),
        c.updated().stream().map(item).toList(),
        c.retired().stream().map(item).toList());
  }

  private static String idOf(Optional<Person> person) {
    return person.map(p -> p.id().value()).orElse(null);
  }

  private static String nameOf(Optional<Person> person) {
    return person.map(Person::name).orElse(null);
  }
}
