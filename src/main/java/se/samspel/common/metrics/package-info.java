/**
 * What the parts share to publish their metrics (Micrometer, scraped by Prometheus at {@code
 * /q/metrics}): how long figures counted in the database are reused ({@link
 * se.samspel.common.metrics.MetricsConfig}, {@link se.samspel.common.metrics.CachedFigures}). Each
 * part names and registers its own {@code samspel_*} series in its application layer.
 */
package se.samspel.common.metrics;
