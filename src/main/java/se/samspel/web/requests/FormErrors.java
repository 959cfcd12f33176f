package se.samspel.web.requests;

import java.util.ArrayList;
import java.util.List;

/**
 * What is wrong with a posted form, field by field, in the reader's language: the page shows them
 * in a summary at the top (linking to the fields) and next to each field.
 */
public final class FormErrors {

  /** One problem: the id of the field (the summary links to it) and the message. */
  public record FieldError(String field, String message) {}

  private final List<FieldError> list = new ArrayList<>();

  public static FormErrors none() {
    return new FormErrors();
  }

  public FormErrors add(String field, String message) {
    if (!has(field)) {
      list.add(new FieldError(field, message));
    }
    return this;
  }

  public boolean has(String field) {
    return list.stream().anyMatch(e -> e.field().equals(field));
  }

  /** The message of a field, or empty. */
  public String of(String field) {
    return list.stream()
        .filter(e -> e.field().equals(field))
        .map(FieldError::message)
        .findFirst()
        .orElse("");
  }

  public List<FieldError> list() {
    return List.copyOf(list);
  }

  public boolean isEmpty() {
    return list.isEmpty();
  }

  public boolean any() {
    return !list.isEmpty();
  }
}
