package se.samspel.review.domain;

/**
 * The anonymisation rule of the public review: a count below the threshold is shown as "<N" (N the
 * threshold), so that no one can be recognised from a small number. Zero is below the threshold
 * too: a reader cannot tell an empty month from one with a single case.
 */
public record Suppression(int threshold) {

  public Suppression {
    if (threshold < 1) {
      throw new IllegalArgumentException("threshold must be at least 1");
    }
  }

  public boolean hides(int count) {
    return count < threshold;
  }

  public String show(int count) {
    return hides(count) ? "<" + threshold : Integer.toString(count);
  }
}
