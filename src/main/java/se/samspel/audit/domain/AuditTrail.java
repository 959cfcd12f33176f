package se.samspel.audit.domain;

import java.util.List;

/** Where the audit trail is kept: entries are only ever added. */
public interface AuditTrail {

  /** Adds an entry (its id is given by the trail) in the caller's transaction. */
  void append(AdministrativeAction action);

  /** Entries newest first: {@code size} of them from {@code offset}. */
  List<AdministrativeAction> newestFirst(int offset, int size);

  /** How many entries there are. */
  long count();

  /**
   * Every entry whose actor is the person (by their external id), oldest first: what the trail
   * holds about them as an administrator.
   */
  List<AdministrativeAction> byActor(String person);
}
