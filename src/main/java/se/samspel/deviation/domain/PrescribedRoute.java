package se.samspel.deviation.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The route a rule prescribed, as a deviation entry keeps it: the steps in order, each a position
 * and what it does there.
 *
 * <p>Its text form is what the record stores and hashes, e.g. {@code POS-FC-BUF (APPROVE) →
 * POS-REKTOR-1 (ARRANGE)}: steps joined by {@code " → "}, each {@code position (ACTION)}; the empty
 * route (a forbidden contact) is the empty text. The hash chain covers this text, so the format is
 * fixed: {@link #parse} reads every text back into a route whose {@link #text()} is the same text,
 * byte for byte, also a text the record holds that does not follow the format (such a part becomes
 * a step without an action and is written back as it was).
 *
 * @param steps the steps in the order the route takes them; empty when no route is permitted
 */
public record PrescribedRoute(List<Step> steps) {

  /** The route of a contact the guideline does not permit at all. */
  public static final PrescribedRoute NONE = new PrescribedRoute(List.of());

  private static final String SEPARATOR = " → ";
  private static final Pattern STEP = Pattern.compile("^(.+) \\(([A-Z_]+)\\)$", Pattern.DOTALL);

  /**
   * One step.
   *
   * @param position the position's id as it was when the entry was made
   * @param action what the position does ({@code HopAction} name, e.g. {@code APPROVE}); empty only
   *     for a stored part that does not follow the format
   */
  public record Step(String position, Optional<String> action) {
    public Step {
      Objects.requireNonNull(position, "position is required");
      Objects.requireNonNull(action, "action is required (may be empty)");
    }

    public static Step of(String position, String action) {
      return new Step(position, Optional.of(action));
    }

    String text() {
      return action.map(a -> position + " (" + a + ")").orElse(position);
    }
  }

  public PrescribedRoute {
    steps = List.copyOf(steps);
  }

  /** Reads a route as the record stores it; never fails (see the class comment). */
  public static PrescribedRoute parse(String text) {
    Objects.requireNonNull(text, "text is required (may be empty)");
    if (text.isEmpty()) {
      return NONE;
    }
    List<Step> steps = new ArrayList<>();
    for (String part : text.split(SEPARATOR, -1)) {
      Matcher m = STEP.matcher(part);
      steps.add(m.matches() ? Step.of(m.group(1), m.group(2)) : new Step(part, Optional.empty()));
    }
    return new PrescribedRoute(steps);
  }

  /** The text the record stores and hashes; empty for {@link #NONE}. */
  public String text() {
    return steps.stream().map(Step::text).collect(Collectors.joining(SEPARATOR));
  }

  /** Whether no route is prescribed (the contact is not permitted at all). */
  public boolean isEmpty() {
    return steps.isEmpty();
  }

  @Override
  public String toString() {
    return text();
  }
}
