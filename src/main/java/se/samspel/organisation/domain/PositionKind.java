package se.samspel.organisation.domain;

/**
 * The kind of a position. Routing rules select requesters and targets by kind, so the kinds follow
 * the roles the guidelines name.
 */
public enum PositionKind {
  /** Kommunstyrelsens ordförande: chair of the executive board, the top politician. */
  KSO(true),
  /** Ordförande of a committee or board. */
  COMMITTEE_CHAIR(true),
  /** Vice ordförande of a committee or board. */
  COMMITTEE_VICE_CHAIR(true),
  /** Oppositionsråd: leader of the opposition. */
  OPPOSITION_LEADER(true),
  /** Gruppledare of a party group. */
  PARTY_GROUP_LEADER(true),
  /** Ledamot of a political body. */
  ELECTED_MEMBER(true),
  /** Ersättare in a political body. */
  ELECTED_SUBSTITUTE(true),
  /** Förtroendevald revisor: reads the deviation record and the review. */
  AUDITOR(true),
  /** Kommundirektör: top civil servant and head of the central administration. */
  MUNICIPAL_DIRECTOR(false),
  /** Förvaltningschef. */
  DEPARTMENT_HEAD(false),
  /** A manager at any level below the department head (avdelningschef, enhetschef, rektor …). */
  MANAGER(false),
  /** Medarbetare. */
  STAFF_MEMBER(false),
  /** Kommunikatör: expert support for media contacts. */
  COMMUNICATIONS_OFFICER(false),
  /** Visselblåsarfunktion: receives reports of suspected wrongdoing. */
  WHISTLEBLOWER_FUNCTION(false);

  private final boolean political;

  PositionKind(boolean political) {
    this.political = political;
  }

  /** Whether this position is held by an elected official rather than an employee. */
  public boolean isPolitical() {
    return political;
  }

  /** Whether people may report to this position (it leads others in the administration). */
  public boolean canLead() {
    return this == MUNICIPAL_DIRECTOR || this == DEPARTMENT_HEAD || this == MANAGER;
  }
}
