package se.samspel.municipality.domain;

import java.time.Instant;
import java.util.List;

/** Port: where the deployment's municipalities are kept. */
public interface MunicipalityStore {

  /** Every municipality, in the order they were added (the first is the one migrated in). */
  List<Municipality> all();

  /**
   * Stores a new municipality with what every municipality's storage begins with: an organisation
   * and substitutions at revision 0, and a deviation record whose head is the genesis hash.
   *
   * @return false when the deployment already serves a municipality with its id (nothing stored)
   */
  boolean add(Municipality municipality, Instant at);
}
