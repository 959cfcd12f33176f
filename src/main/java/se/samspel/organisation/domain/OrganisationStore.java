package se.samspel.organisation.domain;

/** Where the organisation is kept. Implemented in infrastructure; the domain only asks. */
public interface OrganisationStore {

  /** The active organisation as stored. */
  Organisation load();

  /**
   * Replaces the stored organisation with a validated one: rows with known external ids are updated
   * in place, new ones added, and those no longer listed marked inactive (never deleted, so history
   * that refers to them stays intact).
   */
  ImportSummary replace(Organisation organisation);

  /**
   * The people an import has retired (marked inactive, never deleted), with their id, name and
   * login as they were when they left (no e-mail: no one writes to them any more): the history of
   * requests still names who asked and who acted, and a sign-in by a retired login can say why it
   * fails. Never used for routing or authorisation, which know only the active organisation.
   */
  java.util.List<Person> retired();

  /**
   * The posts an import has retired (the organisation no longer lists them) whose holder, as last
   * stored, was this person: their former posts, as a right of access needs them. Acting
   * assignments are not among them: an import replaces those, keeping none of a retired post. Each
   * with its holder and without acting assignments; never used for routing or authorisation.
   */
  java.util.List<Position> retiredPositionsHeldBy(PersonId person);

  /** A counter that every change of the organisation increases. */
  long revision();

  /**
   * The revision, locked until the caller's transaction ends, so that no other import can change
   * the organisation between what the caller read and what it writes. Requires a transaction.
   */
  long lockRevision();

  /**
   * What an import changed, counted as {@link OrganisationChanges} defines created, updated and
   * retired (the dry run counts the same way).
   */
  record ImportSummary(
      long revision,
      int unitsCreated,
      int unitsUpdated,
      int unitsRetired,
      int positionsCreated,
      int positionsUpdated,
      int positionsRetired,
      int peopleCreated,
      int peopleUpdated,
      int peopleRetired) {}
}
