package se.samspel.web.requests;

import java.util.List;

/** A choice of a select, radio group or checkbox, with whether it is chosen. */
public record Option(String value, String label, boolean selected) {

  /** A labelled group of choices ({@code <optgroup>}). */
  public record Group(String label, List<Option> options) {}
}
