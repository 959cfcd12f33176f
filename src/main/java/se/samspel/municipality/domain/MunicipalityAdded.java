package se.samspel.municipality.domain;

import java.util.Objects;

/**
 * A municipality was added to the deployment; fired, in the new municipality's scope, after it is
 * stored, so that the parts that hold state per municipality (the guideline, the organisation, the
 * substitutions) prepare theirs before the answer.
 *
 * @param municipality the new municipality
 */
public record MunicipalityAdded(Municipality municipality) {

  public MunicipalityAdded {
    Objects.requireNonNull(municipality, "municipality is required");
  }
}
