package dev.shuttle.runtime.pool;

import dev.shuttle.runtime.InternalApi;
import dev.shuttle.runtime.config.OverrideException;
import dev.shuttle.runtime.config.OverrideScope;
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
  private final String overridePath; // null: no overrides
  private final TimeUnit overrideUnit; // the annotation's unit, for overrides given as plain numbers
  private volatile Configured configured;

  private record Configured(long version, RaceSettings settings) {}

  private RaceSettings(String description, List<String> sources, long hedgeAfterNanos, long timeoutNanos,
      String overridePath, TimeUnit overrideUnit) {
    if (hedgeAfterNanos > 0 && timeoutNanos > 0 && hedgeAfterNanos >= timeoutNanos) {
      throw new IllegalArgumentException(description + ": the hedge delay must be shorter than the timeout");
    }
    this.description = description;
    this.sources = sources;
    this.hedgeAfterNanos = hedgeAfterNanos;
    this.timeoutNanos = timeoutNanos;
    this.overridePath = overridePath;
    this.overrideUnit = overrideUnit;
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
    return new RaceSettings(description, List.of(sources), 0, 0, null, null);
  }

  /** Starts one source at a time, the next after {@code delay} without a success (or at once after a failure). */
  public RaceSettings hedgeAfter(long delay, TimeUnit unit) {
    return new RaceSettings(description, sources, positive(unit.toNanos(delay), "hedge delay"), timeoutNanos,
        overridePath, overrideUnit);
  }

  /** Fails the race with {@code TimeoutException} after {@code timeout}, cancelling every source. */
  public RaceSettings timeout(long timeout, TimeUnit unit) {
    return new RaceSettings(description, sources, hedgeAfterNanos, positive(unit.toNanos(timeout), "timeout"),
        overridePath, overrideUnit);
  }

  /**
   * These settings, amended by the {@linkplain dev.shuttle.runtime.config.Overrides deploy-time
   * overrides} {@code path/hedgeAfter} and {@code path/timeout} (0 turns either off) whenever a
   * race starts: read once, and again only after the override sources change.
   *
   * @param path for example {@code com.example.Quotes/quote/Race}
   * @param unit the annotation's {@code unit}, in which plain numbers count
   */
  public RaceSettings configuredAt(String path, TimeUnit unit) {
    return new RaceSettings(description, sources, hedgeAfterNanos, timeoutNanos, Objects.requireNonNull(path),
        Objects.requireNonNull(unit));
  }

  /**
   * The settings a race starts with: these, with their overrides if {@link #configuredAt} gave a path.
   *
   * @throws OverrideException if an override is not a duration of 0 or more, or the hedge delay
   *     it makes is not below the timeout
   */
  RaceSettings configured() {
    if (overridePath == null) {
      return this;
    }
    Configured current = configured;
    if (current == null || current.version != OverrideScope.version()) {
      long version = OverrideScope.version();
      current = new Configured(version, readOverrides());
      configured = current;
    }
    return current.settings;
  }

  private RaceSettings readOverrides() {
    OverrideScope scope = OverrideScope.of(overridePath);
    long hedge = scope.nanos("hedgeAfter", overrideUnit.convert(hedgeAfterNanos, TimeUnit.NANOSECONDS), overrideUnit);
    long timeout = scope.nanos("timeout", overrideUnit.convert(timeoutNanos, TimeUnit.NANOSECONDS), overrideUnit);
    return scope.build(() -> {
      if (hedge < 0 || timeout < 0) {
        throw new IllegalArgumentException(description + ": a hedge delay or timeout must not be negative");
      }
      return new RaceSettings(description, sources, hedge, timeout, null, null);
    });
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
