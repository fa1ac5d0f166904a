package dev.shuttle.runtime.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.runtime.testing.FakeTicker;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Real threads racing on one limiter. On a fake clock that another thread moves, the bound holds
 * over every window whatever the interleaving; with time frozen, concurrent reservations get
 * exactly the permits of the lattice, none lost and none twice. And on the real clock, a two-second
 * run stays within the bound and makes progress (no speed is asserted).
 */
@Timeout(120)
class RateLimiterConcurrencyTest {
  private static final int THREADS = 3;

  @Test
  void racingCallersStayWithinEveryWindowOnAMovingFakeClock() throws Exception {
    SplittableRandom seeds = new SplittableRandom(0xC0FFEE);
    for (int round = 0; round < 300; round++) {
      long seed = seeds.nextLong();
      SplittableRandom random = new SplittableRandom(seed);
      RateLimit limit = RateLimiterPropertyTest.randomLimit(random);
      long start = random.nextLong();
      FakeTicker ticker = new FakeTicker(start);
      RateLimiter limiter = new RateLimiter(limit, ticker);
      WindowChecker windows = new WindowChecker(limit, start);
      double interval = (double) limit.periodNanos() / limit.permits();
      int callsPerThread = 150;
      CyclicBarrier go = new CyclicBarrier(THREADS + 1);
      List<Thread> threads = new ArrayList<>();
      AtomicReference<Throwable> failure = new AtomicReference<>();
      for (int t = 0; t < THREADS; t++) {
        long threadSeed = random.nextLong();
        threads.add(start(failure, () -> {
          SplittableRandom r = new SplittableRandom(threadSeed);
          go.await();
          for (int i = 0; i < callsPerThread; i++) {
            if (r.nextBoolean()) {
              if (limiter.tryAcquire()) {
                windows.exact(ticker.lastRead());
              }
            } else {
              long maxWait = r.nextInt(3) == 0 ? -1 : r.nextLong(1 + (long) (interval * 3));
              try {
                long wait = limiter.reserve(maxWait);
                if (wait == 0) {
                  windows.exact(ticker.lastRead());
                } else {
                  windows.waited(ticker.lastRead() + wait);
                }
              } catch (RateLimitExceededException refused) {
                // nothing reserved
              }
            }
            if (r.nextInt(8) == 0) {
              Thread.yield();
            }
          }
        }));
      }
      threads.add(start(failure, () -> { // the clock
        SplittableRandom r = new SplittableRandom(seed ^ 1);
        go.await();
        for (int i = 0; i < callsPerThread; i++) {
          ticker.advance(RateLimiterPropertyTest.randomGap(r, interval / THREADS, limit.burst()));
          if (r.nextInt(4) == 0) {
            Thread.yield();
          }
        }
      }));
      for (Thread thread : threads) {
        thread.join(TimeUnit.SECONDS.toMillis(30));
      }
      if (failure.get() != null) {
        throw new AssertionError("seed " + Long.toHexString(seed), failure.get());
      }
      String context = "seed " + Long.toHexString(seed) + ", " + limit;
      windows.check(context);
      assertEquals(windows.size(), limiter.stats().granted(), context);
    }
  }

  @Test
  void concurrentReservationsGetExactlyTheLatticeWithNoSlotLostOrShared() throws Exception {
    RateLimit[] limits = {
      new RateLimit(3, 1_000_000_000L, 2), new RateLimit(80_000, 1_000_000_000L, 100), new RateLimit(7, 3, 5),
    };
    for (RateLimit limit : limits) {
      FakeTicker ticker = new FakeTicker(-17); // frozen: every reservation is measured from here
      RateLimiter limiter = new RateLimiter(limit, ticker);
      int perThread = 20_000;
      List<Long> dues = Collections.synchronizedList(new ArrayList<>());
      CyclicBarrier go = new CyclicBarrier(THREADS);
      AtomicReference<Throwable> failure = new AtomicReference<>();
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        threads.add(start(failure, () -> {
          List<Long> mine = new ArrayList<>(perThread);
          go.await();
          for (int i = 0; i < perThread; i++) {
            mine.add(limiter.reserve(-1));
          }
          dues.addAll(mine);
        }));
      }
      for (Thread thread : threads) {
        thread.join(TimeUnit.SECONDS.toMillis(60));
      }
      if (failure.get() != null) {
        throw new AssertionError(limit.toString(), failure.get());
      }
      List<Long> sorted = new ArrayList<>(dues);
      Collections.sort(sorted);
      assertEquals(THREADS * perThread, sorted.size());
      for (int k = 0; k < sorted.size(); k++) {
        long expected = RateLimiterPropertyTest.ceilDiv(
            Math.max(0, k - limit.burst() + 1) * limit.periodNanos(), limit.permits());
        assertEquals(expected, sorted.get(k), limit + ": permit " + k);
      }
    }
  }

  @Test
  void aTwoSecondRunOnTheRealClockStaysWithinTheBoundAndMakesProgress() throws Exception {
    RateLimit limit = RateLimit.of(500, 1, TimeUnit.SECONDS).withBurst(20);
    long runNanos = TimeUnit.SECONDS.toNanos(2);
    long before = System.nanoTime();
    RateLimiter limiter = new RateLimiter(limit);
    long deadline = before + runNanos;
    AtomicLong granted = new AtomicLong();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      boolean blocking = t % 2 == 0;
      threads.add(start(failure, () -> {
        while (System.nanoTime() - deadline < 0) {
          if (blocking) {
            limiter.acquire(50, TimeUnit.MILLISECONDS);
            granted.incrementAndGet();
          } else if (limiter.tryAcquire()) {
            granted.incrementAndGet();
          } else {
            Thread.onSpinWait();
          }
        }
      }));
    }
    for (Thread thread : threads) {
      thread.join(TimeUnit.SECONDS.toMillis(30));
    }
    long elapsed = System.nanoTime() - before; // every permit was accounted within [before, now]
    if (failure.get() != null) {
      throw new AssertionError(failure.get());
    }
    long bound = limit.burst() + Math.floorDiv(elapsed * limit.permits(), limit.periodNanos());
    assertTrue(granted.get() <= bound, granted + " permits in " + elapsed + " ns, bound " + bound);
    assertTrue(granted.get() >= limit.burst(), "made progress: " + granted);
    assertEquals(granted.get(), limiter.stats().granted());
  }

  interface Body {
    void run() throws Exception;
  }

  /** A daemon thread running {@code body}; the first throwable of any such thread goes to {@code failure}. */
  static Thread start(AtomicReference<Throwable> failure, Body body) {
    Thread thread = new Thread(() -> {
      try {
        body.run();
      } catch (Throwable t) {
        failure.compareAndSet(null, t);
      }
    });
    thread.setDaemon(true);
    thread.start();
    return thread;
  }
}
