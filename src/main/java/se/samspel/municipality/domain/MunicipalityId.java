package se.samspel.municipality.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A municipality's id: its four-digit municipality code from Statistics Sweden (SCB, "kommunkod"),
 * e.g. {@code 1960} Kungsör, {@code 1489} Alingsås. Fictional municipalities (the demo's Mälarvik)
 * use codes outside SCB's range, {@code 99xx}, so they can never collide with a real one.
 *
 * @param value four digits
 */
public record MunicipalityId(String value) {

  private static final Pattern CODE = Pattern.compile("\\d{4}");

  public MunicipalityId {
    Objects.requireNonNull(value, "value is required");
    if (!CODE.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "a municipality id is a four-digit SCB municipality code, not '" + value + "'");
    }
  }

  /** The id of a text, when it is four digits; empty otherwise. */
  public static Optional<MunicipalityId> parse(String text) {
    return text != null && CODE.matcher(text).matches()
        ? Optional.of(new MunicipalityId(text))
        : Optional.empty();
  }

  /** Whether the code lies outside SCB's range: a fictional municipality (demo, tests). */
  public boolean fictional() {
    return value.startsWith("99");
  }

  @Override
  public String toString() {
    return value;
  }
}
