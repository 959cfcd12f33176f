package se.samspel.common.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;
import java.util.Map;

/**
 * {@code samspel.rate-limit.<name>=N/PERIOD}: the rate each caller may call the endpoints marked
 * {@code @RateLimited("<name>")} at (see {@link RateLimit} for the form).
 */
@ConfigMapping(prefix = "samspel.rate-limit")
public interface RateLimitConfig {

  /** Each limit by its name. */
  @WithParentName
  Map<String, String> limits();
}
