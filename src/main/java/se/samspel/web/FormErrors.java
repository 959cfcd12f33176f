package se.samspel.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is wrong with a posted form, field by field, in the reader's language: the page lists the
 * problems in an error summary at the top (each a link to its field) and next to each field. The
 * first problem found for a field is the one shown.
 */
public final class FormErrors {

  /**
   * The one status of a form sent back with its errors, on every page: 422 Unprocessable Content
   * (RFC 9110 §15.5.21), the form shown again with each field's error. (A request the server cannot
   * read at all, such as a NUL character or a forged CSRF token, is a different matter and keeps
   * its own status.)
   */
  public static final int STATUS = 422;

  /** One problem: the id of the field (the summary links to it) and the message shown. */
  public record FieldError(String field, String message) {}

  private final Map<String, String> byField = new LinkedHashMap<>();

  public static FormErrors none() {
    return new FormErrors();
  }

  public FormErrors add(String field, String message) {
    byField.putIfAbsent(field, message);
    return this;
  }

  public boolean any() {
    return !byField.isEmpty();
  }

  public boolean isEmpty() {
    return byField.isEmpty();
  }

  public boolean has(String field) {
    return byField.containsKey(field);
  }

  /** The message for a field, or empty. */
  public String of(String field) {
    return byField.getOrDefault(field, "");
  }

  /** The problems in the order they were found, which is the order of the form's fields. */
  public List<FieldError> list() {
    List<FieldError> problems = new ArrayList<>();
    byField.forEach((field, message) -> problems.add(new FieldError(field, message)));
    return List.copyOf(problems);
  }
}
