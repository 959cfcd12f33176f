package se.samspel.web.record;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems of a submitted form, in the order of its fields: the page lists them in an error
 * summary (each a link to its field) and next to each field.
 */
public final class FormErrors {

  /** One problem: the field's id and the message shown. */
  public record Problem(String field, String message) {}

  private final Map<String, String> byField = new LinkedHashMap<>();

  public static FormErrors none() {
    return new FormErrors();
  }

  public void add(String field, String message) {
    byField.putIfAbsent(field, message);
  }

  public boolean any() {
    return !byField.isEmpty();
  }

  public boolean has(String field) {
    return byField.containsKey(field);
  }

  /** The message for a field, or empty. */
  public String of(String field) {
    return byField.getOrDefault(field, "");
  }

  public List<Problem> list() {
    List<Problem> problems = new ArrayList<>();
    byField.forEach((field, message) -> problems.add(new Problem(field, message)));
    return problems;
  }
}
