package se.samspel.common.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

/**
 * How large a request body may be. Most of the API takes small JSON documents; only the
 * organisation import takes a whole HR export. {@code quarkus.http.limits.max-body-size} must stay
 * at least as large as the largest of these: it is the hard stop for bodies sent without a
 * Content-Length (chunked).
 */
@ConfigMapping(prefix = "samspel.http")
public interface HttpLimits {

  /** The largest body any endpoint accepts, unless it has a limit of its own. */
  @WithDefault("1M")
  @WithConverter(MemorySizeConverter.class)
  MemorySize maxBodySize();

  /** The largest body {@code POST /api/organisation/import} accepts. */
  @WithDefault("50M")
  @WithConverter(MemorySizeConverter.class)
  MemorySize maxImportSize();

  /**
   * The longest request-target (path and query, in characters) this service reads; longer ones are
   * refused with 414 problem+json ({@link HttpEdge}). {@code
   * quarkus.http.limits.max-initial-line-length} must stay larger, so that the application, not the
   * server, decides.
   */
  @WithDefault("8K")
  @WithConverter(MemorySizeConverter.class)
  MemorySize maxUriLength();

  /**
   * The largest header section (bytes, {@code name: value CRLF} per field) this service reads;
   * larger ones are refused with 431 problem+json ({@link HttpEdge}). {@code
   * quarkus.http.limits.max-header-size} must stay larger.
   */
  @WithDefault("16K")
  @WithConverter(MemorySizeConverter.class)
  MemorySize maxHeaderSize();
}
