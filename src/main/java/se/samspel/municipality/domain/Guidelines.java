package se.samspel.municipality.domain;

import java.util.List;

/**
 * Port: which guidelines a new municipality may follow (implemented by the policy part, which knows
 * the guidelines shipped with Samspel and stores them for every municipality it adds).
 */
public interface Guidelines {

  /**
   * A guideline a new municipality can follow, as the page for adding one offers it.
   *
   * @param key its policy key, e.g. {@code alingsas}
   * @param writtenBy the municipality that adopted it, e.g. "Alingsås kommun"
   * @param title its title
   */
  record Offered(String key, String writtenBy, String title) {}

  /** Whether a municipality added now can follow the guideline with this key. */
  boolean offers(String policyKey);

  /** Every guideline a municipality added now can follow, in the order they are shipped. */
  List<Offered> offered();
}
