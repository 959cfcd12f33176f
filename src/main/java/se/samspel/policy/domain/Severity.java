package se.samspel.policy.domain;

/** How serious it is to depart from a rule, for the deviation record. */
public enum Severity {
  LOW,
  MEDIUM,
  HIGH
}
