package se.samspel.policy.domain;

import java.util.List;

/** Where policy versions are kept. Versions are only ever added. */
public interface PolicyStore {

  /** Every stored version of every policy. */
  List<PolicyVersion> all();

  /**
   * Stores a policy as the next version of its key, unless the latest version of that key has the
   * same content, in which case that version is returned.
   */
  PolicyVersion add(Policy policy, String document, String contentHash, String uploadedBy);

  /** A number that changes whenever a version is added (for instances to notice). */
  long stamp();
}
