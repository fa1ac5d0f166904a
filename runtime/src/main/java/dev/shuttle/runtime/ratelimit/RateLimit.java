package dev.shuttle.runtime.ratelimit;

import dev.shuttle.RateLimited;
import dev.shuttle.runtime.config.OverrideException;
import dev.shuttle.runtime.config.OverrideScope;
import dev.shuttle.runtime.config.Overrides;
import java.io.Serializable;
import java.math.BigInteger;
import java.util.concurrent.TimeUnit;

/**
 * A rate limit: {@code permits} per {@code periodNanos}, with bursts of up to {@code burst}
 * permits (the bucket's capacity). Permits come due one every {@code periodNanos / permits}
 * nanoseconds, an exact fraction that {@link RateLimiter} keeps without rounding.
 *
 * @param permits permits per period, positive
 * @param periodNanos the period in nanoseconds, positive
 * @param burst how many permits may be taken back to back after a quiet spell, at least 1; a full
 *     burst refills within {@link RateLimited#MAX_REFILL_NANOS}
 */
public record RateLimit(long permits, long periodNanos, long burst) implements Serializable {

  public RateLimit {
    if (permits <= 0) {
      throw new IllegalArgumentException("A rate limit needs a positive number of permits, not " + permits);
    }
    if (periodNanos <= 0) {
      throw new IllegalArgumentException("A rate limit needs a positive period, not " + periodNanos + " ns");
    }
    if (burst < 1) {
      throw new IllegalArgumentException("A rate limit's burst must be at least 1, not " + burst);
    }
    if (refillNanos(permits, periodNanos, burst) > RateLimited.MAX_REFILL_NANOS) {
      throw new IllegalArgumentException("Rate limit " + permits + " per " + formatPeriod(periodNanos) + " (burst "
          + burst + ") is out of range: a full burst takes more than 2^59 ns (about 18 years) to refill");
    }
  }

  /**
   * How long a full bucket takes to refill: the interval between permits, rounded up to whole
   * nanoseconds, times the burst; saturates at {@code Long.MAX_VALUE}.
   */
  private static long refillNanos(long permits, long periodNanos, long burst) {
    long interval = periodNanos / permits + (periodNanos % permits == 0 ? 0 : 1);
    return interval > Long.MAX_VALUE / burst ? Long.MAX_VALUE : interval * burst;
  }

  /**
   * {@code permits} per {@code period}, with bursts of as many: the limit
   * {@code @RateLimited(value = permits, period = period, unit = unit)} means.
   *
   * @throws IllegalArgumentException if a number is not positive, the period overflows 292 years,
   *     or a full burst takes longer than {@link RateLimited#MAX_REFILL_NANOS} to refill
   */
  public static RateLimit of(long permits, long period, TimeUnit unit) {
    if (period <= 0) {
      throw new IllegalArgumentException("A rate limit needs a positive period, not " + period + " " + unit);
    }
    long periodNanos = unit.toNanos(period);
    if (periodNanos == Long.MAX_VALUE && unit.convert(periodNanos, TimeUnit.NANOSECONDS) != period) {
      throw new IllegalArgumentException("A rate limit's period of " + period + " " + unit + " is too long");
    }
    return new RateLimit(permits, periodNanos, permits);
  }

  /** {@code permits} per second, with bursts of as many. */
  public static RateLimit perSecond(long permits) {
    return of(permits, 1, TimeUnit.SECONDS);
  }

  /**
   * The same rate with bursts of up to {@code burst} permits: {@code @RateLimited(burst = ...)}.
   *
   * @throws IllegalArgumentException if {@code burst} is less than 1, or a full burst takes longer
   *     than {@link RateLimited#MAX_REFILL_NANOS} to refill
   */
  public RateLimit withBurst(long burst) {
    return new RateLimit(permits, periodNanos, burst);
  }

  /**
   * This limit with the {@linkplain Overrides deploy-time overrides} of the keys under
   * {@code path}: {@code value}, {@code period} and {@code burst}. A burst as big as the permits
   * stays so when the value is overridden; a burst given explicitly is kept, unless overridden.
   *
   * @param path for example {@code com.example.GitHubClient/repo/RateLimited}
   * @param periodUnit the annotation's {@code unit}, in which a plain number for {@code period}
   *     counts; null when the users of a shared bucket may differ: the period then needs a unit
   *     ({@code 2s})
   * @throws OverrideException if an override is not a number, or the limit it makes is refused
   */
  public RateLimit configured(String path, TimeUnit periodUnit) {
    OverrideScope scope = OverrideScope.of(path);
    long value = scope.longValue("value", permits);
    long period = periodUnit == null ? scope.nanos("period", periodNanos)
        : scope.nanos("period", periodUnit.convert(periodNanos, TimeUnit.NANOSECONDS), periodUnit);
    long burstOf = scope.longValue("burst", burst == permits ? value : burst);
    return scope.isOverridden() ? scope.build(() -> new RateLimit(value, period, burstOf)) : this;
  }

  /**
   * {@code @RateLimited}'s {@code maxWait} with its {@linkplain Overrides deploy-time override}
   * {@code path/maxWait}, in nanoseconds: how long a call may wait for its permit.
   *
   * @param path for example {@code com.example.GitHubClient/repo/RateLimited}
   * @throws OverrideException if the override is not a duration of 0 or more
   */
  public static long configuredMaxWaitNanos(String path, long maxWait, TimeUnit unit) {
    OverrideScope scope = OverrideScope.of(path);
    long nanos = scope.nanos("maxWait", maxWait, unit);
    return scope.build(() -> {
      if (nanos < 0) {
        throw new IllegalArgumentException("a maxWait must not be negative");
      }
      return nanos;
    });
  }

  /**
   * Whether the two limits allow exactly the same calls: the same burst and the same rate,
   * however written ({@code 60 per minute} is {@code 1 per second}).
   */
  public boolean isEquivalentTo(RateLimit other) {
    return burst == other.burst
        && BigInteger.valueOf(permits).multiply(BigInteger.valueOf(other.periodNanos))
            .equals(BigInteger.valueOf(other.permits).multiply(BigInteger.valueOf(periodNanos)));
  }

  /** For example {@code 100 per 1 s (burst 100)}. */
  @Override
  public String toString() {
    return permits + " per " + formatPeriod(periodNanos) + " (burst " + burst + ")";
  }

  private static String formatPeriod(long nanos) {
    long[] sizes = {86_400_000_000_000L, 3_600_000_000_000L, 60_000_000_000L, 1_000_000_000L, 1_000_000L, 1_000L};
    String[] names = {"d", "h", "min", "s", "ms", "µs"};
    for (int i = 0; i < sizes.length; i++) {
      if (nanos % sizes[i] == 0) {
        return nanos / sizes[i] + " " + names[i];
      }
    }
    return nanos + " ns";
  }
}
