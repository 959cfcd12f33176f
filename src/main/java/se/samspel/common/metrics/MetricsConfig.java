package se.samspel.common.metrics;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How Samspel's own metrics are gathered (README, "Metrics"). */
@ConfigMapping(prefix = "samspel.metrics")
public interface MetricsConfig {

  /**
   * How long the gauges counted in the database (waiting and overdue steps, stuck requests, pending
   * notifications, the record's length) reuse one count; 0 counts on every scrape.
   */
  @WithDefault("15s")
  Duration databaseFiguresTtl();
}
