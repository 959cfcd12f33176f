package se.samspel.municipality.domain;

import java.util.List;

/** Port: where the deployment's municipalities are kept. */
public interface MunicipalityStore {

  /** Every municipality, in the order they were added (the first is the one migrated in). */
  List<Municipality> all();
}
