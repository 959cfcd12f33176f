package se.samspel.web.record;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart laid out on the server, drawn by the template as inline SVG with geometry attributes
 * only (no script, no style attributes). Its numbers are also in a table next to it, so the chart
 * itself is one image with a title for assistive technology.
 *
 * <p>Horizontal charts (rules, departments) put each label above its bar, so long names fit a
 * phone; column charts (months) put short labels under the columns.
 *
 * @param id the id its title and description are referenced by
 */
public record BarChart(
    String id, boolean columns, int width, int height, List<Bar> bars, List<Tick> ticks) {

  /**
   * One bar: its label, the value shown ({@code <3} when suppressed), and where it is drawn.
   *
   * @param labelX where its label is written (for columns: the middle of the column)
   */
  public record Bar(
      String label,
      String value,
      int x,
      int y,
      int barWidth,
      int barHeight,
      int labelX,
      int labelY,
      int valueX,
      int valueY) {}

  /** Where a column chart's base line is drawn. */
  public int axisY() {
    return height - 24;
  }

  /** A label under a column chart's columns. */
  public record Tick(String label, int x, int y) {}

  /** A value of a chart: {@code count} is empty when the public review suppresses it. */
  public record Value(String label, String shown, Integer count) {}

  static final int WIDTH = 480;
  private static final int ROW = 46;
  private static final int BAR = 18;
  private static final int LABEL_MAX = 56;
  private static final int VALUE_ROOM = 56;

  /** Bars across, one per row: for long labels (rule titles, department names). */
  static BarChart horizontal(String id, List<Value> values) {
    int max = max(values);
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      Value v = values.get(i);
      int top = i * ROW;
      int length = length(v.count(), max, WIDTH - VALUE_ROOM);
      bars.add(
          new Bar(
              shorten(v.label()),
              v.shown(),
              0,
              top + 20,
              length,
              BAR,
              0,
              top + 15,
              length + 6,
              top + 20 + 14));
    }
    return new BarChart(id, false, WIDTH, Math.max(ROW, values.size() * ROW), bars, List.of());
  }

  /**
   * Columns, one per value, labelled underneath: for months. With many columns (an electoral term)
   * only every {@code tickEvery}-th is labelled, and values are written above the columns only when
   * there is room.
   */
  static BarChart columns(String id, List<Value> values, List<String> ticks, int tickEvery) {
    int max = max(values);
    int plot = 160;
    int top = 20;
    int n = Math.max(1, values.size());
    int slot = WIDTH / n;
    int barWidth = Math.max(2, slot * 7 / 10);
    boolean room = slot >= 24;
    List<Bar> bars = new ArrayList<>();
    List<Tick> labels = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      Value v = values.get(i);
      int height = length(v.count(), max, plot);
      int x = i * slot + (slot - barWidth) / 2;
      int middle = i * slot + slot / 2;
      bars.add(
          new Bar(
              v.label(),
              room ? v.shown() : "",
              x,
              top + plot - height,
              barWidth,
              height,
              middle,
              0,
              middle,
              top + plot - height - 4));
      if (i % tickEvery == 0 && i < ticks.size()) {
        labels.add(new Tick(ticks.get(i), middle, top + plot + 16));
      }
    }
    return new BarChart(id, true, WIDTH, top + plot + 24, bars, labels);
  }

  private static int max(List<Value> values) {
    return values.stream().map(Value::count).filter(c -> c != null).reduce(0, Math::max);
  }

  private static int length(Integer count, int max, int room) {
    if (count == null || max == 0 || count <= 0) {
      return 0;
    }
    return Math.max(2, (int) Math.round((double) count * room / max));
  }

  private static String shorten(String label) {
    return label.length() <= LABEL_MAX ? label : label.substring(0, LABEL_MAX - 1) + "…";
  }
}
