package se.samspel.policy.domain;

import java.util.List;

/** Where policy versions are kept. Versions are only ever added. */
public interface PolicyStore {

  /** Every stored version of every policy. */
  List<PolicyVersion> all();

  /**
   * Stores a policy as the next version of its key, unless the latest version of that key has the
   * same content, in which case that version is returned and nothing is stored.
   */
  Added add(Policy policy, String document, String contentHash, String uploadedBy);

  /**
   * What an {@link #add} did.
   *
   * @param version the version stored, or the latest one when its content was the same
   * @param stored whether a new version was stored
   */
  record Added(PolicyVersion version, boolean stored) {}

  /** A number that changes whenever a version is added (for instances to notice). */
  long stamp();
}
