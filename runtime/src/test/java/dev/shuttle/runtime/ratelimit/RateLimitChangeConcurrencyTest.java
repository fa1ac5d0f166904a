package dev.shuttle.runtime.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.runtime.testing.FakeTicker;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Real threads taking permits, costs of several included, while another changes the limit and
 * another moves a fake clock: whatever the interleaving, every window stays within the bound
 * across changes, and no permit is counted twice or lost. Bounded in rounds and calls; no timing
 * is asserted.
 */
@Timeout(120)
class RateLimitChangeConcurrencyTest {
  private static final int CALLERS = 2;

  @Test
  void racingCallersAndChangesStayWithinTheBoundOnAMovingFakeClock() throws Exception {
    SplittableRandom seeds = new SplittableRandom(0xC4A46EL);
    for (int round = 0; round < 120; round++) {
      long seed = seeds.nextLong();
      SplittableRandom random = new SplittableRandom(seed);
      RateLimit[] limits = relatedLimits(random);
      long start = random.nextLong();
      FakeTicker ticker = new FakeTicker(start);
      RateLimiter limiter = new RateLimiter(limits[0], ticker);
      ChangingWindowChecker windows = new ChangingWindowChecker(limits[0], start);
      long interval = longestIntervalNanos(limits);
      long maxWait = 3 * interval;
      int calls = 150;
      CyclicBarrier go = new CyclicBarrier(CALLERS + 2);
      AtomicReference<Throwable> failure = new AtomicReference<>();
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < CALLERS; t++) {
        long threadSeed = random.nextLong();
        threads.add(RateLimiterConcurrencyTest.start(failure, () -> {
          SplittableRandom r = new SplittableRandom(threadSeed);
          go.await();
          for (int i = 0; i < calls; i++) {
            int permits = r.nextInt(3) == 0 ? 1 + r.nextInt(3) : 1;
            try {
              if (r.nextBoolean()) {
                if (limiter.tryAcquire(permits)) {
                  windows.exact(ticker.lastRead(), permits);
                }
              } else {
                long wait = limiter.reserve(permits, r.nextLong(1 + maxWait), TimeUnit.NANOSECONDS);
                if (wait == 0) {
                  windows.exact(ticker.lastRead(), permits);
                } else {
                  windows.waited(ticker.lastRead() + wait, permits);
                }
              }
            } catch (RateLimitExceededException | IllegalArgumentException refused) {
              // nothing taken: refused, or a cost above the burst in force
            }
            if (r.nextInt(8) == 0) {
              Thread.yield();
            }
          }
        }));
      }
      threads.add(RateLimiterConcurrencyTest.start(failure, () -> { // the operator
        SplittableRandom r = new SplittableRandom(seed ^ 2);
        go.await();
        for (int i = 0; i < 6; i++) {
          RateLimit to = limits[r.nextInt(limits.length)];
          long before = ticker.now();
          limiter.setLimit(to);
          // the change took effect at a clock reading in [before, after]; until the next permit
          // then due, which waits of at most maxWait bound, both limits may be in force
          windows.change(to, before, ticker.now() + maxWait + 2 * largestBurst(limits) * interval + 1);
          for (int k = r.nextInt(40); k > 0; k--) {
            Thread.yield();
          }
        }
      }));
      threads.add(RateLimiterConcurrencyTest.start(failure, () -> { // the clock
        SplittableRandom r = new SplittableRandom(seed ^ 1);
        go.await();
        for (int i = 0; i < calls; i++) {
          ticker.advance(RateLimiterPropertyTest.randomGap(r, (double) interval / CALLERS, limits[0].burst()));
          if (r.nextInt(4) == 0) {
            Thread.yield();
          }
        }
      }));
      join(threads, failure, seed);
      String context = "seed " + Long.toHexString(seed);
      windows.check(context);
      assertEquals(windows.permits(), limiter.stats().granted(), context);
    }
  }

  /** Hot keys shared by threads, cold keys forcing sweeps, and changes of every key's limit meanwhile. */
  @Test
  void racingSweepsAndChangesNeverGrantAHotKeyTooMuch() throws Exception {
    SplittableRandom seeds = new SplittableRandom(13);
    for (int round = 0; round < 8; round++) {
      long seed = seeds.nextLong();
      // Hot buckets are often full again by their next call, so sweeps race with grants and changes.
      RateLimit[] limits = {
        new RateLimit(1 + seeds.nextInt(2), 20 + seeds.nextInt(400), 1 + seeds.nextInt(2)),
        new RateLimit(1 + seeds.nextInt(3), 20 + seeds.nextInt(400), 1 + seeds.nextInt(3)),
      };
      FakeTicker ticker = new FakeTicker(seed);
      KeyedRateLimiter keyed = new KeyedRateLimiter(limits[0], ticker);
      List<ChangingWindowChecker> hot = new ArrayList<>();
      for (int k = 0; k < 3; k++) {
        hot.add(new ChangingWindowChecker(limits[0], seed));
      }
      CyclicBarrier go = new CyclicBarrier(4);
      AtomicReference<Throwable> failure = new AtomicReference<>();
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < 3; t++) {
        long threadSeed = seeds.nextLong();
        boolean movesTheClock = t == 0;
        threads.add(RateLimiterConcurrencyTest.start(failure, () -> {
          SplittableRandom r = new SplittableRandom(threadSeed);
          go.await();
          for (int i = 0; i < 8000; i++) {
            if (movesTheClock && r.nextInt(3) == 0) {
              ticker.advance(r.nextInt(200));
            }
            if (r.nextBoolean()) {
              int key = r.nextInt(3);
              RateLimiter bucket = keyed.forKey(key);
              if (r.nextInt(4) == 0) {
                Thread.yield(); // hold the bucket a while: a sweep or a change may retire it meanwhile
              }
              if (bucket.tryAcquire()) {
                hot.get(key).exact(ticker.lastRead(), 1);
              }
            } else {
              keyed.forKey(1000 + r.nextInt(1_000_000)).tryAcquire();
            }
          }
        }));
      }
      threads.add(RateLimiterConcurrencyTest.start(failure, () -> { // the operator
        SplittableRandom r = new SplittableRandom(seed);
        go.await();
        for (int i = 0; i < 20; i++) {
          RateLimit to = limits[r.nextInt(limits.length)];
          long before = ticker.now();
          keyed.setLimit(to);
          long until = ticker.now() + 2 * 3 * 420 + 1; // at most a burst of 3 intervals of 420 ns ahead
          for (ChangingWindowChecker windows : hot) {
            windows.change(to, before, until);
          }
          for (int k = r.nextInt(200); k > 0; k--) {
            Thread.yield();
          }
        }
      }));
      join(threads, failure, seed);
      for (int k = 0; k < hot.size(); k++) {
        assertTrue(hot.get(k).permits() > 0);
        hot.get(k).check("seed " + seed + ", hot key " + k);
      }
    }
  }

  /** A limit and two others: faster, slower or with another burst. */
  private static RateLimit[] relatedLimits(SplittableRandom random) {
    RateLimit base = RateLimiterPropertyTest.randomLimit(random);
    return new RateLimit[] {
      base,
      new RateLimit(base.permits() * 2, base.periodNanos(), base.burst()),
      new RateLimit(base.permits(), base.periodNanos() * 2, 1 + random.nextInt((int) Math.min(2 * base.burst(), 40))),
    };
  }

  private static long longestIntervalNanos(RateLimit[] limits) {
    long longest = 1;
    for (RateLimit limit : limits) {
      longest = Math.max(longest, -Math.floorDiv(-limit.periodNanos(), limit.permits()));
    }
    return longest;
  }

  private static long largestBurst(RateLimit[] limits) {
    long largest = 1;
    for (RateLimit limit : limits) {
      largest = Math.max(largest, limit.burst());
    }
    return largest;
  }

  private static void join(List<Thread> threads, AtomicReference<Throwable> failure, long seed) throws Exception {
    for (Thread thread : threads) {
      thread.join(TimeUnit.SECONDS.toMillis(30));
      assertTrue(!thread.isAlive(), "seed " + seed + ": a thread did not finish");
    }
    if (failure.get() != null) {
      throw new AssertionError("seed " + Long.toHexString(seed), failure.get());
    }
  }
}
