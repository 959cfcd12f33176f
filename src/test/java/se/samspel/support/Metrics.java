package se.samspel.support;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One scrape of {@code /q/metrics} in Prometheus' text format, read as Prometheus reads it: a
 * series is its name and labels, its value the number after them.
 */
public final class Metrics {

  private static final Pattern SAMPLE =
      Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)(?:\\s+\\S+)?$");
  private static final Pattern LABEL =
      Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  /** A series: its name, labels and value. */
  public record Sample(String name, Map<String, String> labels, double value) {}

  private final String text;
  private final List<Sample> samples;

  private Metrics(String text) {
    this.text = text;
    this.samples =
        text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(Metrics::parse).toList();
  }

  /** Scrapes {@code /q/metrics} now, without a token (as Prometheus does). */
  public static Metrics scrape() {
    return new Metrics(
        given().get("/q/metrics").then().statusCode(200).extract().body().asString());
  }

  /** The whole text, as scraped. */
  public String text() {
    return text;
  }

  public List<Sample> samples() {
    return samples;
  }

  /**
   * The value of the one series with this name that has (at least) these labels; 0 when there is
   * none, as for a counter that has not counted yet.
   *
   * @throws AssertionError when several series match
   */
  public double value(String name, String... labels) {
    Map<String, String> wanted = new LinkedHashMap<>();
    for (int i = 0; i < labels.length; i += 2) {
      wanted.put(labels[i], labels[i + 1]);
    }
    List<Sample> matching =
        samples.stream()
            .filter(s -> s.name().equals(name))
            .filter(s -> s.labels().entrySet().containsAll(wanted.entrySet()))
            .toList();
    if (matching.size() > 1) {
      throw new AssertionError("several series " + name + wanted + ": " + matching);
    }
    return matching.isEmpty() ? 0 : matching.get(0).value();
  }

  /** Whether any series has this name. */
  public boolean has(String name) {
    return samples.stream().anyMatch(s -> s.name().equals(name));
  }

  private static Sample parse(String line) {
    Matcher m = SAMPLE.matcher(line);
    if (!m.matches()) {
      throw new AssertionError("not a Prometheus sample: " + line);
    }
    Map<String, String> labels = new LinkedHashMap<>();
    if (m.group(2) != null) {
      Matcher l = LABEL.matcher(m.group(2));
      while (l.find()) {
        labels.put(l.group(1), l.group(2));
      }
    }
    String value = m.group(3).replace("Inf", "Infinity");
    return new Sample(m.group(1), labels, Double.parseDouble(value));
  }
}
