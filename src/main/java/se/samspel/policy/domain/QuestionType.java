package se.samspel.policy.domain;

/**
 * Whose question it is: what-and-when questions belong to the politicians, how-and-who questions to
 * the administration; between them lies the grey zone. {@link #PROPOSAL} is a media question about
 * the administration's proposal in a matter the politicians have not decided yet (Alingsås, <i>I
 * kontakt med media</i>: "Tjänstepersoner kan vid behov redogöra för förvaltningens förslag, innan
 * ärendet har beslutats politiskt."). Stored in at most 16 characters.
 */
public enum QuestionType {
  WHAT,
  HOW,
  UNCLEAR,
  PROPOSAL
}
