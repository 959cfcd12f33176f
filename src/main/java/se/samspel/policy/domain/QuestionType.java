package se.samspel.policy.domain;

/**
 * Whose question it is: what-and-when questions belong to the politicians, how-and-who questions to
 * the administration; between them lies the grey zone.
 */
public enum QuestionType {
  WHAT,
  HOW,
  UNCLEAR
}
