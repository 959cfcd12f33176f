package se.samspel.common.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * When a scheduled job of this instance last started and finished, so that a readiness check can
 * tell a job that stopped running (a stuck scheduler thread, a run that never returns is told apart
 * from one that is merely long: see {@link #isAlive}). Times come from the injected clock, so tests
 * move it instead of waiting. Thread-safe.
 */
public final class Heartbeat {

  /** How many intervals a job may go without finishing a run before it counts as stopped. */
  public static final int TOLERANCE = 3;

  private final Clock clock;
  private final Instant since;
  private volatile Instant lastStart;
  private volatile Instant lastFinish;
  private final AtomicInteger running = new AtomicInteger();

  /** A heartbeat whose job has not run yet and is to run at once: alive from now on. */
  public Heartbeat(Clock clock) {
    this(clock, Duration.ZERO);
  }

  /**
   * A heartbeat whose job has not run yet and first runs this long after start (the scheduler's
   * {@code delayed}): until its first run it is alive for that long and then the tolerance.
   */
  public Heartbeat(Clock clock, Duration firstRunDelay) {
    this.clock = Objects.requireNonNull(clock, "clock is required");
    Objects.requireNonNull(firstRunDelay, "first run delay is required");
    this.since = clock.instant().plus(firstRunDelay);
  }

  /** A run begins. */
  public void started() {
    lastStart = clock.instant();
    running.incrementAndGet();
  }

  /** The run that began ended, whether it succeeded or failed. */
  public void finished() {
    lastFinish = clock.instant();
    running.decrementAndGet();
  }

  /** When the last run ended; empty before the first. */
  public Optional<Instant> lastFinish() {
    return Optional.ofNullable(lastFinish);
  }

  /** Whether a run is going on now. */
  public boolean running() {
    return running.get() > 0;
  }

  /**
   * Whether the job runs as it should with this interval: a run is going on now, or the last one
   * ended (before the first: the job's first run was due) no more than {@link #TOLERANCE} intervals
   * ago. A run still going on counts as alive however long it takes, since a long sweep is work,
   * not a stopped job.
   */
  public boolean isAlive(Duration interval) {
    Objects.requireNonNull(interval, "interval is required");
    if (running()) {
      return true;
    }
    Instant last = lastFinish != null ? lastFinish : since;
    return !clock.instant().isAfter(last.plus(interval.multipliedBy(TOLERANCE)));
  }

  /** When the last run began; empty before the first. */
  public Optional<Instant> lastStart() {
    return Optional.ofNullable(lastStart);
  }

  /** Runs one run of the job between {@link #started()} and {@link #finished()}. */
  public <T> T beat(Supplier<T> run) {
    started();
    try {
      return run.get();
    } finally {
      finished();
    }
  }
}
