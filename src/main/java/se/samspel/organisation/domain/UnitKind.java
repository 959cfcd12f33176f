package se.samspel.organisation.domain;

/** What a unit of the organisation is. Political bodies and administrative units differ. */
public enum UnitKind {
  /** The municipality itself: the root of the tree. */
  MUNICIPALITY(false),
  /** Kommunfullmäktige: the highest decision body. */
  COUNCIL(true),
  /** Kommunstyrelsen: leads and coordinates; its chair is the KSO. */
  EXECUTIVE_BOARD(true),
  /** Nämnd: responsible for a department's area and employer of its staff. */
  COMMITTEE(true),
  /** Styrelse, e.g. of a municipal company: a political body with a chair. */
  BOARD(true),
  /** Förvaltning: led by a department head, under a responsible committee. */
  DEPARTMENT(false),
  /** Avdelning, enhet: a unit inside a department, nested to any depth. */
  UNIT(false);

  private final boolean politicalBody;

  UnitKind(boolean politicalBody) {
    this.politicalBody = politicalBody;
  }

  /** Whether elected officials sit on this unit (council, executive board, committees, boards). */
  public boolean isPoliticalBody() {
    return politicalBody;
  }

  /** Whether a chair leads this body, so that a department may answer to it. */
  public boolean isChairedBody() {
    return this == EXECUTIVE_BOARD || this == COMMITTEE || this == BOARD;
  }

  /** Whether this is part of the administration (a department or a unit inside one). */
  public boolean isAdministrative() {
    return this == DEPARTMENT || this == UNIT;
  }
}
