package dev.shuttle.runtime.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.runtime.testing.FakeTicker;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Random schedules on a fake clock that mix calls of several permits, changes of limit and
 * pauses, each checked call by call against the exact {@link ChangingLimitModel} (to the
 * nanosecond: who is granted, refused, and how long each waits), and all their grants against the
 * bound across changes ({@link ChangingWindowChecker}).
 */
class RateLimitChangePropertyTest {
  private static final long SEED = 0xC4A4_6E_2026L;
  private static final int SCHEDULES = 1000;

  /** What the schedules exercised, so that the test proves something. */
  private static final class Seen {
    long calls;
    long refusals;
    long waits;
    long multiPermit;
    long costAboveBurst;
    long changesWithAPermitFree;
    long changesWithNoneFree;
    long pauses;
  }

  @Test
  void everyScheduleOfCostsChangesAndPausesMatchesTheExactModelAndStaysWithinTheBound() {
    SplittableRandom seeds = new SplittableRandom(SEED);
    Seen seen = new Seen();
    for (int i = 0; i < SCHEDULES; i++) {
      runSchedule(seeds.nextLong(), seen);
    }
    assertTrue(seen.refusals > seen.calls / 20, "too few refusals: " + seen.refusals + " of " + seen.calls);
    assertTrue(seen.waits > seen.calls / 20, "too few waits: " + seen.waits + " of " + seen.calls);
    assertTrue(seen.multiPermit > seen.calls / 10, "too few multi-permit calls: " + seen.multiPermit);
    assertTrue(seen.costAboveBurst > 100, "too few costs above the burst: " + seen.costAboveBurst);
    assertTrue(seen.changesWithAPermitFree > 1000, "changes with a permit free: " + seen.changesWithAPermitFree);
    assertTrue(seen.changesWithNoneFree > 1000, "changes with none free: " + seen.changesWithNoneFree);
    assertTrue(seen.pauses > 1000, "pauses: " + seen.pauses);
    // a change the new limit's clock cannot count is rare here; RateLimitChangeTest covers it
  }

  private static void runSchedule(long seed, Seen seen) {
    SplittableRandom random = new SplittableRandom(seed);
    RateLimit first = RateLimiterPropertyTest.randomLimit(random);
    long start = switch (random.nextInt(4)) {
      case 0 -> 0;
      case 1 -> Long.MAX_VALUE - random.nextLong(1_000_000_000L); // nanoTime wraps mid-schedule
      case 2 -> Long.MIN_VALUE;
      default -> random.nextLong();
    };
    String context = "seed " + Long.toHexString(seed);
    FakeTicker ticker = new FakeTicker(start);
    RateLimiter limiter = new RateLimiter(first, ticker);
    ChangingLimitModel model = new ChangingLimitModel(first, start);
    ChangingWindowChecker windows = new ChangingWindowChecker(first, start);
    long refusals = 0;
    int steps = 100 + random.nextInt(200);
    for (int i = 0; i < steps; i++) {
      RateLimit limit = model.limit();
      ticker.advance(RateLimiterPropertyTest.randomGap(random, (double) limit.periodNanos() / limit.permits(), limit.burst()));
      long now = ticker.now();
      String at = context + ", step " + i + " at +" + (now - start) + " ns under " + limit;
      int what = random.nextInt(100);
      if (what < 5) {
        RateLimit to = randomChange(random, limit);
        ChangingLimitModel.Change change = model.plan(now, to);
        if (change == null) {
          assertThrows(IllegalArgumentException.class, () -> limiter.setLimit(to), at + ": change to " + to);
          assertEquals(limit, limiter.limit());
        } else {
          limiter.setLimit(to);
          if (change.untilNanos() == now) {
            seen.changesWithAPermitFree++;
          } else {
            seen.changesWithNoneFree++;
          }
          model.apply(change);
          windows.change(to, change.fromNanos(), change.untilNanos());
          assertEquals(to, limiter.limit(), at);
        }
      } else if (what < 8) {
        long nanos = random.nextInt(8) == 0 ? 0 : random.nextLong(1 + 3 * limit.periodNanos() / limit.permits());
        if (model.pause(now, nanos)) {
          limiter.pauseFor(Duration.ofNanos(nanos));
          seen.pauses++;
        } else {
          assertThrows(IllegalArgumentException.class, () -> limiter.pauseFor(Duration.ofNanos(nanos)), at);
        }
      } else {
        int permits = randomCost(random, limit.burst());
        seen.calls++;
        if (permits > limit.burst()) {
          seen.costAboveBurst++;
          IllegalArgumentException e =
              assertThrows(IllegalArgumentException.class, () -> callAboveBurst(random, limiter, permits), at);
          assertTrue(e.getMessage().contains("costs " + permits + " permits"), e.getMessage());
          continue;
        }
        if (permits > 1) {
          seen.multiPermit++;
        }
        long due = model.earliestDue(now, permits);
        long expectedWait = model.waitNanos(now, due);
        String call = at + ", cost " + permits + " (expected wait " + expectedWait + ")";
        boolean granted = call(random, limiter, permits, expectedWait, ticker, now, call);
        if (granted) {
          model.grant(due, permits);
          if (expectedWait == 0) {
            windows.exact(now, permits);
          } else {
            windows.waited(now + expectedWait, permits);
            seen.waits++;
          }
        } else {
          refusals++;
          seen.refusals++;
        }
      }
    }
    RateLimiterStats stats = limiter.stats();
    assertEquals(model.granted(), stats.granted(), context + ": granted");
    assertEquals(refusals, stats.refused(), context + ": refused");
    windows.check(context);
  }

  /** One call of cost {@code permits}, by a random method; checks its outcome and wait. */
  private static boolean call(SplittableRandom random, RateLimiter limiter, int permits, long expectedWait,
      FakeTicker ticker, long now, String at) {
    boolean single = permits == 1 && random.nextBoolean();
    switch (random.nextInt(4)) {
      case 0 -> {
        boolean granted = single ? limiter.tryAcquire() : limiter.tryAcquire(permits);
        assertEquals(expectedWait == 0, granted, at + ": tryAcquire");
        return granted;
      }
      case 1 -> {
        return RateLimiterPropertyTest.expectRefusalOrNot(at, permits, expectedWait, 0, () -> {
          if (single) {
            limiter.tryAcquireOrFail();
          } else {
            limiter.tryAcquireOrFail(permits);
          }
          return 0L;
        });
      }
      case 2 -> {
        long maxWait = randomMaxWait(random, expectedWait);
        return RateLimiterPropertyTest.expectRefusalOrNot(at, permits, expectedWait, maxWait, () -> single
            ? limiter.reserve(maxWait)
            : limiter.reserve(permits, maxWait < 0 ? Long.MAX_VALUE : maxWait, TimeUnit.NANOSECONDS));
      }
      default -> {
        long maxWait = randomMaxWait(random, expectedWait);
        return RateLimiterPropertyTest.expectRefusalOrNot(at, permits, expectedWait, maxWait, () -> {
          if (maxWait < 0) {
            if (single) {
              limiter.acquire();
            } else {
              limiter.acquire(permits);
            }
          } else if (single) {
            limiter.acquire(maxWait, TimeUnit.NANOSECONDS);
          } else {
            limiter.acquire(permits, maxWait, TimeUnit.NANOSECONDS);
          }
          return ticker.now() - now; // the fake sleep moved the clock by the wait
        });
      }
    }
  }

  /** A call whose cost is above the burst, by a random method: must throw before taking anything. */
  private static void callAboveBurst(SplittableRandom random, RateLimiter limiter, int permits) {
    switch (random.nextInt(5)) {
      case 0 -> limiter.tryAcquire(permits);
      case 1 -> limiter.tryAcquireOrFail(permits);
      case 2 -> limiter.reserve(permits, 1, TimeUnit.SECONDS);
      case 3 -> limiter.acquire(permits, 1, TimeUnit.SECONDS);
      default -> limiter.acquire(permits);
    }
  }

  /** Mostly one permit; often a few; sometimes more than the burst (refused). */
  private static int randomCost(SplittableRandom random, long burst) {
    return switch (random.nextInt(20)) {
      case 0 -> (int) Math.min(Integer.MAX_VALUE, burst + 1 + random.nextInt(3));
      case 1, 2, 3, 4, 5, 6 -> 1 + random.nextInt((int) Math.min(burst, 8));
      default -> 1;
    };
  }

  /** Another limit, faster or slower, with another burst, or the same one written otherwise. */
  private static RateLimit randomChange(SplittableRandom random, RateLimit from) {
    return switch (random.nextInt(5)) {
      case 0 -> from.withBurst(1 + random.nextInt((int) Math.min(2 * from.burst() + 2, 50)));
      case 1 -> new RateLimit(from.permits() * 2, from.periodNanos() * 2, from.burst()); // equivalent
      case 2 -> new RateLimit(from.permits(), Math.max(1, from.periodNanos() / 3), from.burst()); // faster
      case 3 -> new RateLimit(from.permits(), Math.min(from.periodNanos() * 3, 30_000_000_000L), from.burst());
      default -> RateLimiterPropertyTest.randomLimit(random);
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
}
