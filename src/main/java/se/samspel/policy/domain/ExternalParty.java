package se.samspel.policy.domain;

/** A party outside the organisation who can take part in a contact. */
public enum ExternalParty {
  /** A citizen, resident or service user. */
  CITIZEN,
  /** A journalist or other representative of the media. */
  JOURNALIST
}
