package se.samspel.policy.domain;

import java.util.Objects;

/**
 * The passage of the source document a rule comes from.
 *
 * @param section the section heading of the source, e.g. "Förtroendevalda"
 * @param quote the passage, word for word (OCR'd sources with their letters restored)
 */
public record Citation(String section, String quote) {
  public Citation {
    Objects.requireNonNull(section, "section is required");
    Objects.requireNonNull(quote, "quote is required");
  }
}
