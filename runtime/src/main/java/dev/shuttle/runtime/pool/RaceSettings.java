package dev.shuttle.runtime.pool;

import dev.shuttle.runtime.InternalApi;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * What a {@code @Race} method says about its race: what it is called, its sources' names (in
 * the order hedging starts them), and its hedge delay and timeout. Generated code keeps one per
 * method in a constant.
 */
@InternalApi
public final class RaceSettings {
  private final String description;
  private final List<String> sources;
  private final long hedgeAfterNanos;
  private final long timeoutNanos;

  private RaceSettings(String description, List<String> sources, long hedgeAfterNanos, long timeoutNanos) {
    if (hedgeAfterNanos > 0 && timeoutNanos > 0 && hedgeAfterNanos >= timeoutNanos) {
      throw new IllegalArgumentException(description + ": the hedge delay must be shorter than the timeout");
    }
    this.description = description;
    this.sources = sources;
    this.hedgeAfterNanos = hedgeAfterNanos;
    this.timeoutNanos = timeoutNanos;
  }

  /**
   * All sources at once, no timeout.
   *
   * @param description how messages name the race, e.g. {@code Quotes.quote}
   * @param sources the sources' names, at least two
   */
  public static RaceSettings of(String description, String... sources) {
    Objects.requireNonNull(description, "description");
    if (sources.length < 2) {
      throw new IllegalArgumentException(description + ": a race needs at least two sources");
    }
    return new RaceSettings(description, List.of(sources), 0, 0);
  }

  /** Starts one source at a time, the next after {@code delay} without a success (or at once after a failure). */
  public RaceSettings hedgeAfter(long delay, TimeUnit unit) {
    return new RaceSettings(description, sources, positive(unit.toNanos(delay), "hedge delay"), timeoutNanos);
  }

  /** Fails the race with {@code TimeoutException} after {@code timeout}, cancelling every source. */
  public RaceSettings timeout(long timeout, TimeUnit unit) {
    return new RaceSettings(description, sources, hedgeAfterNanos, positive(unit.toNanos(timeout), "timeout"));
  }

  public String description() {
    return description;
  }

  public List<String> sources() {
    return sources;
  }

  /** 0 when every source starts at once. */
  public long hedgeAfterNanos() {
    return hedgeAfterNanos;
  }

  /** 0 for no timeout. */
  public long timeoutNanos() {
    return timeoutNanos;
  }

  @Override
  public String toString() {
    return description + " " + sources + (hedgeAfterNanos > 0 ? ", hedged after " + hedgeAfterNanos + " ns" : "")
        + (timeoutNanos > 0 ? ", timeout " + timeoutNanos + " ns" : "");
  }

  private long positive(long nanos, String what) {
    if (nanos <= 0) {
      throw new IllegalArgumentException(description + ": the " + what + " must be positive");
    }
    return nanos;
  }
}
