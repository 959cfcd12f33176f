package se.samspel.audit.domain;

import java.util.List;

/** Where the audit trail is kept: entries are only ever added. */
public interface AuditTrail {

  /** Adds an entry (its id is given by the trail) in the caller's transaction. */
  void append(AdministrativeAction action);

  /** Entries the filter lists, newest first: {@code size} of them from {@code offset}. */
  List<AdministrativeAction> newestFirst(AuditFilter filter, int offset, int size);

  /** How many entries the filter lists. */
  long count(AuditFilter filter);

  /**
   * Every entry whose actor is the person (by their external id), oldest first: what the trail
   * holds about them as an administrator.
   */
  List<AdministrativeAction> byActor(String person);
}
