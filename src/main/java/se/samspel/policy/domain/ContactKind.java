package se.samspel.policy.domain;

/** What a contact is about. The policies decide what each kind requires. */
public enum ContactKind {
  /** A dialogue with managers, staff or service users of an operation. */
  DIALOGUE,
  /** A relevant, simple factual question. */
  FACTUAL_QUESTION,
  /** A site visit coordinated with the committee and the department management. */
  SITE_VISIT_COORDINATED,
  /** A spontaneous site visit. */
  SITE_VISIT_SPONTANEOUS,
  /** Information from staff for a party group meeting. */
  PARTY_GROUP_INFORMATION,
  /** Information from the administration to elected officials. */
  INFORMATION_TO_POLITICIANS,
  /** A question from the media (what-, how- or unclear). */
  MEDIA_INQUIRY,
  /** A question in the grey zone between what and how. */
  GREY_ZONE_QUESTION,
  /** A staff member's problem at work. */
  STAFF_PROBLEM,
  /** An acute matter that needs a quick decision. */
  ACUTE_MATTER,
  /** Suspected wrongdoing, e.g. a breach of law (whistleblowing). */
  SUSPECTED_WRONGDOING,
  /** A citizen's or service user's contact. */
  CITIZEN_CONTACT,
  /** Raising a decided matter again because new information changes its basis. */
  DECIDED_MATTER_NEW_INFORMATION,
  /** Unsure whether something is a decision or execution. */
  DECISION_OR_EXECUTION_UNCLEAR,
  /** A request to change a decision taken under delegation. */
  CHANGE_DELEGATED_DECISION,
  /** Steering an individual case under handling. */
  STEER_INDIVIDUAL_CASE
}
