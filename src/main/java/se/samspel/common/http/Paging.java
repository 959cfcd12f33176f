package se.samspel.common.http;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import se.samspel.common.SamspelException;

/**
 * Reads paging and enum query parameters by hand, so that a bad value is a 400 naming the parameter
 * (JAX-RS would answer a failed conversion of a query parameter with a bare 404).
 */
public final class Paging {

  public static final String DEFAULT_SIZE = "20";

  private Paging() {}

  /** A validated page request. */
  public record Request(int page, int size) {}

  public static Request of(String page, String size) {
    int p = number("page", page == null ? "0" : page, 0, Integer.MAX_VALUE / Page.MAX_SIZE);
    int s = number("size", size == null ? DEFAULT_SIZE : size, 1, Page.MAX_SIZE);
    return new Request(p, s);
  }

  public static int number(String name, String value, int min, int max) {
    try {
      int n = Integer.parseInt(value.trim());
      if (n < min || n > max) {
        throw SamspelException.invalid(name, "must be between " + min + " and " + max);
      }
      return n;
    } catch (NumberFormatException e) {
      throw SamspelException.invalid(name, "'" + value + "' is not a whole number");
    }
  }

  /** An optional enum filter; null when absent. */
  public static <E extends Enum<E>> E enumOrNull(String name, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw SamspelException.invalid(
          name,
          "unknown value '"
              + value
              + "'; expected one of "
              + Arrays.stream(type.getEnumConstants())
                  .map(Enum::name)
                  .collect(Collectors.joining(", ")));
    }
  }
}
