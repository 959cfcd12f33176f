package se.samspel.municipality.domain;

/**
 * Port: which guidelines a new municipality may follow (implemented by the policy part, which knows
 * the guidelines shipped with Samspel and stores them for every municipality it adds).
 */
public interface Guidelines {

  /** Whether a municipality added now can follow the guideline with this key. */
  boolean offers(String policyKey);
}
