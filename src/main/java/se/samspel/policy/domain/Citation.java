package se.samspel.policy.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A passage of the source document a rule, a hop or a condition comes from.
 *
 * @param section the section heading of the source, e.g. "Förtroendevalda"
 * @param quote the passage, word for word (OCR'd sources with their letters restored)
 * @param reading where the passage does not say in its own words what the rule does: how Samspel
 *     reads it, in Swedish (the policy's provenance notes name every rule read this way); empty
 *     when the quote states the rule
 */
public record Citation(String section, String quote, Optional<String> reading) {
  public Citation {
    Objects.requireNonNull(section, "section is required");
    Objects.requireNonNull(quote, "quote is required");
    Objects.requireNonNull(reading, "reading is required (may be empty)");
  }

  /** A passage that states its rule in its own words. */
  public Citation(String section, String quote) {
    this(section, quote, Optional.empty());
  }

  /** Whether Samspel reads the passage rather than quoting the rule's own words. */
  public boolean isReading() {
    return reading.isPresent();
  }
}
