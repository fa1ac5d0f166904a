package dev.shuttle.runtime.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.shuttle.runtime.testing.FakeTicker;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Thousands of random schedules on a fake clock, each checked call by call against an exact
 * reference model written from the specification (not from the algorithm): a permit is due at the
 * earliest instant, no earlier than now nor than the permit before it, at which granting it keeps
 * every window within {@code burst + rate * t}. So the limiter grants no more than the limit
 * (safety) and no fewer (a call waits or is refused only when it must), to the nanosecond.
 * Independently, every schedule's grants are run through the sliding-window {@link WindowChecker}.
 */
class RateLimiterPropertyTest {
  private static final long SEED = 0x5EED_2026L;
  private static final int SCHEDULES = 2000;

  @Test
  void everyScheduleMatchesTheExactReferenceAndStaysWithinEveryWindow() {
    SplittableRandom seeds = new SplittableRandom(SEED);
    long calls = 0;
    long refusals = 0;
    long waits = 0;
    for (int i = 0; i < SCHEDULES; i++) {
      long[] counts = runSchedule(seeds.nextLong());
      calls += counts[0];
      refusals += counts[1];
      waits += counts[2];
    }
    // The schedules must exercise all three outcomes, or they prove little.
    assertTrue(refusals > calls / 20, "too few refusals: " + refusals + " of " + calls);
    assertTrue(waits > calls / 20, "too few waits: " + waits + " of " + calls);
  }

  /** The long run, where truncated intervals drift: a saturated queue gets exactly the lattice. */
  @Test
  void aSaturatedQueueGetsExactlyTheRateOverAMillionPermits() {
    RateLimit[] limits = {
      new RateLimit(3, 1_000_000_000L, 1), // 333,333,333.3 ns
      new RateLimit(80_000, 1_000_000_000L, 80_000), // 12,500 ns: Guava's microseconds give 12 µs
      new RateLimit(7, 3, 2), // 0.43 ns: several permits per nanosecond
      new RateLimit(999_983, 1_000_000_000L, 10), // a prime: ticks of 1/999,983 ns
    };
    for (RateLimit limit : limits) {
      FakeTicker ticker = new FakeTicker(Long.MAX_VALUE - 1_000); // the clock wraps on the way
      RateLimiter limiter = new RateLimiter(limit, ticker);
      long start = ticker.now();
      for (long k = 0; k < 1_000_000; k++) {
        long wait = limiter.reserve(-1);
        long expectedDue = ceilDiv(Math.max(0, k - limit.burst() + 1) * limit.periodNanos(), limit.permits());
        long due = ticker.now() - start + wait;
        if (due != expectedDue) {
          fail(limit + ": permit " + k + " due at +" + due + " ns, expected +" + expectedDue);
        }
        if (k % 1000 == 999) {
          ticker.advance(wait / 2); // time passes, but stays behind the queue
        }
      }
      assertEquals(1_000_000, limiter.stats().granted());
    }
  }

  private static long[] runSchedule(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    RateLimit limit = randomLimit(random);
    long start = switch (random.nextInt(4)) {
      case 0 -> 0;
      case 1 -> Long.MAX_VALUE - random.nextLong(1_000_000_000L); // nanoTime wraps mid-schedule
      case 2 -> Long.MIN_VALUE;
      default -> random.nextLong();
    };
    String context = "seed " + Long.toHexString(seed) + ", " + limit;
    FakeTicker ticker = new FakeTicker(start);
    RateLimiter limiter = new RateLimiter(limit, ticker);
    Reference reference = new Reference(limit, start);
    WindowChecker windows = new WindowChecker(limit, start);
    double interval = (double) limit.periodNanos() / limit.permits();
    int requests = 100 + random.nextInt(300);
    long refusals = 0;
    long waits = 0;
    for (int i = 0; i < requests; i++) {
      ticker.advance(randomGap(random, interval, limit.burst()));
      long now = ticker.now();
      long due = reference.earliestDue(now);
      long expectedWait = ceilDiv(due, limit.permits()) - (now - start);
      String at = context + ", call " + i + " at +" + (now - start) + " ns (expected wait " + expectedWait + ")";
      boolean granted;
      switch (random.nextInt(4)) {
        case 0 -> {
          granted = limiter.tryAcquire();
          assertEquals(expectedWait == 0, granted, at + ": tryAcquire");
        }
        case 1 -> granted = expectRefusalOrNot(at, 1, expectedWait, 0, () -> {
          limiter.tryAcquireOrFail();
          return 0L;
        });
        case 2 -> {
          long maxWait = randomMaxWait(random, expectedWait);
          granted = expectRefusalOrNot(at, 1, expectedWait, maxWait, () -> limiter.reserve(maxWait));
        }
        default -> {
          long maxWait = randomMaxWait(random, expectedWait);
          granted = expectRefusalOrNot(at, 1, expectedWait, maxWait, () -> {
            if (maxWait < 0) {
              limiter.acquire();
            } else {
              limiter.acquire(maxWait, TimeUnit.NANOSECONDS);
            }
            return ticker.now() - now; // the fake sleep moved the clock by the wait
          });
        }
      }
      if (granted) {
        reference.grant(due);
        if (expectedWait == 0) {
          windows.exact(now);
        } else {
          windows.waited(now + expectedWait);
          waits++;
        }
      } else {
        refusals++;
      }
    }
    RateLimiterStats stats = limiter.stats();
    assertEquals(reference.size(), stats.granted(), context + ": granted");
    assertEquals(refusals, stats.refused(), context + ": refused");
    windows.check(context);
    return new long[] {requests, refusals, waits};
  }

  interface Call {
    long run();
  }

  /**
   * Runs a call of {@code permits} permits that returns its wait; checks it waited exactly as long,
   * or was refused correctly, naming its cost.
   */
  static boolean expectRefusalOrNot(String at, int permits, long expectedWait, long maxWait, Call call) {
    boolean shouldRefuse = maxWait >= 0 && expectedWait > maxWait;
    try {
      long wait = call.run();
      assertFalse(shouldRefuse, at + ": granted, though its wait exceeds " + maxWait);
      assertEquals(expectedWait, wait, at + ": wait");
      return true;
    } catch (RateLimitExceededException e) {
      assertTrue(shouldRefuse, at + ": refused with max wait " + maxWait + ": " + e.getMessage());
      assertEquals(expectedWait, e.waitNanos(), at + ": refusal's wait");
      assertEquals(permits, e.permits(), at + ": refusal's cost");
      return false;
    }
  }

  static RateLimit randomLimit(SplittableRandom random) {
    return switch (random.nextInt(9)) {
      case 0 -> new RateLimit(3, 1_000_000_000L, 1 + random.nextInt(3));
      case 1 -> new RateLimit(80_000, 1_000_000_000L, random.nextBoolean() ? 80_000 : 1 + random.nextInt(20));
      case 2 -> new RateLimit(7, 10_000_000L, 1 + random.nextInt(7));
      case 3 -> { // several permits per nanosecond
        long permits = 2 + random.nextInt(20);
        yield new RateLimit(permits, 1 + random.nextLong(permits - 1), 1 + random.nextInt(30));
      }
      case 4 -> new RateLimit(999_983, 1_000_000_000L, 1 + random.nextInt(10));
      case 5 -> new RateLimit(1 << 20, 1_000_000_000L, 1 + random.nextInt(10)); // 2^11 ticks per ns
      default -> {
        long permits = 1 + random.nextLong(100_000);
        long period = 1 + random.nextLong(10_000_000_000L);
        long burst = random.nextInt(4) == 0 ? Math.min(permits, 1 + random.nextInt(1000)) : 1 + random.nextInt(10);
        yield new RateLimit(permits, period, burst);
      }
    };
  }

  /** Mostly near the rate, so calls collide with the limit; sometimes bursts, sometimes quiet. */
  static long randomGap(SplittableRandom random, double interval, long burst) {
    return switch (random.nextInt(10)) {
      case 0, 1 -> 0;
      case 2 -> random.nextInt(3);
      case 3 -> (long) (random.nextDouble() * 2 * Math.min(burst, 20) * interval);
      default -> (long) (random.nextDouble() * 2 * interval);
    };
  }

  private static long randomMaxWait(SplittableRandom random, long expectedWait) {
    return switch (random.nextInt(5)) {
      case 0 -> -1;
      case 1 -> 0;
      case 2 -> expectedWait; // just enough
      case 3 -> Math.max(0, expectedWait - 1); // just too little
      default -> random.nextLong(1 + 2 * expectedWait);
    };
  }

  static long ceilDiv(long x, long y) {
    return -Math.floorDiv(-x, y);
  }

  /**
   * The specification, executed literally: keeps every granted permit's exact due time, in ticks
   * of {@code 1/permits} ns from the start, and puts a new permit at the earliest instant that
   * keeps every window starting at a granted permit within the bound. Quadratic, obviously right.
   */
  static final class Reference {
    private final RateLimit limit;
    private final long start;
    private final List<Long> dues = new ArrayList<>();

    Reference(RateLimit limit, long start) {
      this.limit = limit;
      this.start = start;
    }

    /** In ticks from the start. */
    long earliestDue(long nowNanos) {
      long due = Math.multiplyExact(nowNanos - start, limit.permits());
      int size = dues.size();
      if (size > 0) {
        due = Math.max(due, dues.get(size - 1)); // first come, first served
      }
      for (int i = 0; i < size; i++) {
        // The window from permit i to the new one holds (size - i) + 1 permits: it must last
        // at least ((size - i) + 1 - burst) intervals, an interval being periodNanos ticks.
        long inWindow = size - i + 1;
        due = Math.max(due, dues.get(i) + (inWindow - limit.burst()) * limit.periodNanos());
      }
      return due;
    }

    void grant(long due) {
      dues.add(due);
    }

    int size() {
      return dues.size();
    }
  }
}
