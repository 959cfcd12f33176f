package se.samspel.retention.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The municipality's decision a retention policy rests on, cited as the guideline's rules cite
 * their passages: the decision's reference (the document management plan and its diary number), the
 * section and the words of it, and the day it was taken.
 *
 * @param reference e.g. "Dokumenthanteringsplan för kommunstyrelsen, KS 2025/112"; 1 to {@value
 *     #MAX_REFERENCE} characters
 * @param section e.g. "4.3 Kontakter mellan förtroendevalda och förvaltningen"; at most {@value
 *     #MAX_SECTION} characters
 * @param quote the decision's words on these records; at most {@value #MAX_QUOTE} characters
 * @param decidedOn the day the decision was taken; never in the future
 */
public record RetentionDecision(
    String reference, Optional<String> section, Optional<String> quote, LocalDate decidedOn) {

  public static final int MAX_REFERENCE = 200;
  public static final int MAX_SECTION = 500;
  public static final int MAX_QUOTE = 2000;

  public RetentionDecision {
    Objects.requireNonNull(reference, "reference is required");
    Objects.requireNonNull(section, "section is required (may be empty)");
    Objects.requireNonNull(quote, "quote is required (may be empty)");
    Objects.requireNonNull(decidedOn, "decidedOn is required");
  }
}
