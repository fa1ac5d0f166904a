package dev.shuttle.runtime.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.RateLimited;
import dev.shuttle.runtime.WaitInterruptedException;
import dev.shuttle.runtime.testing.FakeTicker;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class RateLimiterTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void rateLimitOfReadsLikeTheAnnotation() {
    RateLimit limit = RateLimit.of(100, 1, TimeUnit.SECONDS);
    assertEquals(new RateLimit(100, SECOND, 100), limit);
    assertEquals("100 per 1 s (burst 100)", limit.toString());
    assertEquals("5000 per 1 h (burst 10)", RateLimit.of(5000, 1, TimeUnit.HOURS).withBurst(10).toString());
    assertEquals("3 per 7 ns (burst 1)", new RateLimit(3, 7, 1).toString());
    assertThrows(IllegalArgumentException.class, () -> RateLimit.of(0, 1, TimeUnit.SECONDS));
    assertThrows(IllegalArgumentException.class, () -> RateLimit.of(1, 0, TimeUnit.SECONDS));
    assertThrows(IllegalArgumentException.class, () -> RateLimit.of(1, 1, TimeUnit.SECONDS).withBurst(-1));
    assertThrows(IllegalArgumentException.class, () -> RateLimit.of(1, Long.MAX_VALUE, TimeUnit.DAYS));
    assertTrue(
        RateLimit.of(60, 1, TimeUnit.MINUTES).isEquivalentTo(RateLimit.of(1, 1, TimeUnit.SECONDS).withBurst(60)));
    assertFalse(RateLimit.of(60, 1, TimeUnit.MINUTES).isEquivalentTo(RateLimit.of(1, 1, TimeUnit.SECONDS)));
  }

  @Test
  void aFullBurstRefillsWithinTheAnnotationsLimit() {
    long max = RateLimited.MAX_REFILL_NANOS;
    RateLimit longest = new RateLimit(1, max, 1);
    assertEquals(0, new RateLimiter(longest, new FakeTicker(0), "Slow.call").stats().granted());
    assertEquals(2, new RateLimit(2, max, 2).burst());
    IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class, () -> new RateLimit(1, max + 1, 1));
    assertEquals("Rate limit 1 per 576460752303423489 ns (burst 1) is out of range: a full burst takes more than "
        + "2^59 ns (about 18 years) to refill", tooLong.getMessage());
    // The interval rounds up to a whole nanosecond: 2^59 / 3 does not divide, so three of it overshoot.
    assertThrows(IllegalArgumentException.class, () -> new RateLimit(3, max, 3));
    assertThrows(IllegalArgumentException.class, () -> RateLimit.of(1, 19 * 365, TimeUnit.DAYS));
    assertThrows(IllegalArgumentException.class, () -> RateLimit.perSecond(1).withBurst(Long.MAX_VALUE));
  }

  @Test
  void failCarriesTheExactWaitUntilTheNextPermit() {
    FakeTicker ticker = new FakeTicker(42);
    RateLimiter limiter = new RateLimiter(RateLimit.of(10, 1, TimeUnit.SECONDS).withBurst(2), ticker, "GitHubClient.repo");
    limiter.tryAcquireOrFail();
    limiter.tryAcquireOrFail();
    RateLimitExceededException e = assertThrows(RateLimitExceededException.class, limiter::tryAcquireOrFail);
    assertEquals(100_000_000L, e.waitNanos());
    ticker.advance(40_000_000L);
    e = assertThrows(RateLimitExceededException.class, limiter::tryAcquireOrFail);
    assertEquals(60_000_000L, e.waitNanos());
    assertEquals(Duration.ofMillis(60), e.retryAfter());
    assertEquals("Rate limit 10 per 1 s (burst 2) exceeded for GitHubClient.repo: next permit in 60.0 ms", e.getMessage());
    assertEquals("GitHubClient.repo", e.description());
    ticker.advance(60_000_000L);
    limiter.tryAcquireOrFail();
    assertEquals(3, limiter.stats().granted());
    assertEquals(2, limiter.stats().refused());
  }

  @Test
  void aNonIntegralIntervalRoundsTheReportedWaitUp() {
    FakeTicker ticker = new FakeTicker(0);
    RateLimiter limiter = new RateLimiter(RateLimit.of(3, 1, TimeUnit.SECONDS).withBurst(1), ticker);
    assertTrue(limiter.tryAcquire());
    RateLimitExceededException e = assertThrows(RateLimitExceededException.class, limiter::tryAcquireOrFail);
    assertEquals(333_333_334L, e.waitNanos()); // 333,333,333⅓ ns, the first whole ns at or after it
    assertEquals("Rate limit 3 per 1 s (burst 1) exceeded: next permit in 333 ms", e.getMessage());
  }

  @Test
  void withBurstKeepsTheRateAndRefusesABurstBelowOne() {
    RateLimit limit = RateLimit.of(50, 1, TimeUnit.SECONDS);
    assertEquals(new RateLimit(50, SECOND, 5), limit.withBurst(5));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> limit.withBurst(0));
    assertEquals("A rate limit's burst must be at least 1, not 0", e.getMessage());
  }

  @Test
  void aNegativeMaxWaitIsRefusedBeforeAnyPermitIsTaken() {
    RateLimiter limiter = new RateLimiter(RateLimit.of(1, 1, TimeUnit.SECONDS), "GitHubClient.star");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> limiter.acquire(-1, TimeUnit.MILLISECONDS));
    assertEquals("maxWait must not be negative, was -1 MILLISECONDS", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> limiter.whenPermitted(-5, TimeUnit.SECONDS, () -> CompletableFuture.completedFuture("no")));
    assertEquals(0, limiter.stats().granted());
    assertEquals("GitHubClient.star", limiter.description());
  }

  @Test
  void aTimedAcquireThatWouldWaitTooLongReservesNothing() {
    FakeTicker ticker = new FakeTicker(0);
    RateLimiter limiter = new RateLimiter(RateLimit.of(1, 1, TimeUnit.SECONDS), ticker);
    limiter.acquire();
    RateLimitExceededException e =
        assertThrows(RateLimitExceededException.class, () -> limiter.acquire(500, TimeUnit.MILLISECONDS));
    assertEquals(SECOND, e.waitNanos());
    assertThrows(RateLimitExceededException.class, () -> limiter.reserve(SECOND - 1));
    RateLimiterStats stats = limiter.stats();
    assertEquals(1, stats.granted());
    assertEquals(2, stats.refused());
    assertEquals(0, stats.reservedAhead());
    assertEquals(0, ticker.now(), "a refused call does not sleep");
    ticker.advance(SECOND);
    assertTrue(limiter.tryAcquire(), "the refused calls left the next permit in place");
    assertFalse(limiter.tryAcquire());
  }

  @Test
  void aTimedAcquireWithinItsBoundWaitsForItsPermit() {
    FakeTicker ticker = new FakeTicker(0);
    RateLimiter limiter = new RateLimiter(RateLimit.of(4, 1, TimeUnit.SECONDS).withBurst(1), ticker);
    limiter.acquire(0, TimeUnit.NANOSECONDS);
    limiter.acquire(250, TimeUnit.MILLISECONDS);
    assertEquals(250_000_000L, ticker.now(), "slept until the permit was due");
    limiter.acquire();
    assertEquals(500_000_000L, ticker.now());
    assertEquals(500_000_000L, limiter.stats().totalWaitNanos());
    assertEquals(2, limiter.stats().waited(), "the first permit was free, the next two waited");
  }

  @Test
  void aReservationTakesThePermitAtOnceAndSaysWhenItIsDue() {
    FakeTicker ticker = new FakeTicker(0);
    RateLimiter limiter = new RateLimiter(RateLimit.of(4, 1, TimeUnit.SECONDS).withBurst(1), ticker);
    assertEquals(0, limiter.reserve());
    assertEquals(250_000_000L, limiter.reserve(), "however far ahead");
    assertEquals(500_000_000L, limiter.reserve(500, TimeUnit.MILLISECONDS), "within its bound");
    assertThrows(RateLimitExceededException.class, () -> limiter.reserve(500, TimeUnit.MILLISECONDS));
    assertThrows(IllegalArgumentException.class, () -> limiter.reserve(-1, TimeUnit.MILLISECONDS));
    assertEquals(0, ticker.now(), "a reservation never sleeps");
    assertEquals(3, limiter.stats().granted());
  }

  @Test
  void statsTellAvailableAndReservedPermits() {
    FakeTicker ticker = new FakeTicker(0);
    RateLimiter limiter = new RateLimiter(RateLimit.of(10, 1, TimeUnit.SECONDS).withBurst(5), ticker);
    assertEquals(5, limiter.stats().availablePermits());
    limiter.tryAcquire();
    limiter.tryAcquire();
    assertEquals(3, limiter.stats().availablePermits());
    for (int i = 0; i < 5; i++) {
      limiter.reserve(-1);
    }
    RateLimiterStats stats = limiter.stats();
    assertEquals(0, stats.availablePermits());
    assertEquals(2, stats.reservedAhead());
    assertEquals(7, stats.granted());
    ticker.advance(1_000_000_000L);
    assertEquals(5, limiter.stats().availablePermits());
  }

  @Test
  void anInterruptedWaitThrowsSetsTheFlagAndGivesThePermitBack() throws Exception {
    RateLimiter limiter = new RateLimiter(RateLimit.of(1, 1, TimeUnit.HOURS));
    limiter.acquire();
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicBoolean flagAfter = new AtomicBoolean();
    Thread waiter = new Thread(() -> {
      try {
        limiter.acquire();
      } catch (Throwable t) {
        thrown.set(t);
        flagAfter.set(Thread.currentThread().isInterrupted());
      }
    });
    waiter.start();
    awaitParked(waiter);
    assertEquals(1, limiter.stats().reservedAhead(), "the waiter holds a reservation");
    waiter.interrupt();
    waiter.join(10_000);
    assertFalse(waiter.isAlive());
    assertInstanceOf(WaitInterruptedException.class, thrown.get());
    assertInstanceOf(InterruptedException.class, thrown.get().getCause());
    assertTrue(flagAfter.get(), "the interrupt flag is set again");
    RateLimiterStats stats = limiter.stats();
    assertEquals(0, stats.reservedAhead(), "the reservation was given back");
    assertEquals(1, stats.granted());
    assertEquals(0, stats.totalWaitNanos(), "a permit given back leaves no wait in the stats");
    assertEquals(0, stats.waited(), "nor a waited permit");
  }

  @Test
  void anAlreadyInterruptedThreadIsRefusedAWaitButNotAFreePermit() {
    RateLimiter limiter = new RateLimiter(RateLimit.of(1, 1, TimeUnit.HOURS));
    Thread.currentThread().interrupt();
    try {
      limiter.acquire(); // free: no wait, so the flag is not looked at
      assertThrows(WaitInterruptedException.class, limiter::acquire);
      assertTrue(Thread.interrupted(), "the flag is set again (and cleared here)");
    } finally {
      Thread.interrupted();
    }
    assertEquals(0, limiter.stats().reservedAhead());
    assertEquals(1, limiter.stats().granted());
    assertEquals(0, limiter.stats().totalWaitNanos(), "the refused wait leaves no wait in the stats");
  }

  @Test
  void whenPermittedRunsAtOnceWhenFreeAndLaterOnTheTimerOtherwise() throws Exception {
    RateLimiter limiter = new RateLimiter(RateLimit.of(1, 200, TimeUnit.MILLISECONDS));
    AtomicReference<String> firstThread = new AtomicReference<>();
    CompletableFuture<String> first = limiter.whenPermitted(() -> {
      firstThread.set(Thread.currentThread().getName());
      return CompletableFuture.completedFuture("one");
    });
    assertEquals("one", first.get(10, TimeUnit.SECONDS));
    assertEquals(Thread.currentThread().getName(), firstThread.get(), "a free permit runs the call inline");

    AtomicReference<String> secondThread = new AtomicReference<>();
    AtomicInteger runs = new AtomicInteger();
    CompletableFuture<String> second = limiter.whenPermitted(() -> {
      runs.incrementAndGet();
      secondThread.set(Thread.currentThread().getName());
      return CompletableFuture.supplyAsync(() -> "two");
    });
    assertEquals("two", second.get(10, TimeUnit.SECONDS));
    assertEquals("shuttle-ratelimit-timer", secondThread.get());
    assertTrue(second.isDone());
    assertEquals(1, runs.get());
    assertEquals(2, limiter.stats().granted());
  }

  @Test
  void whenPermittedPassesTheCallsExceptionUnchanged() throws Exception {
    RateLimiter limiter = new RateLimiter(RateLimit.of(1, 100, TimeUnit.MILLISECONDS));
    IOException thrown = new IOException("down");
    CompletableFuture<String> inline = limiter.whenPermitted(() -> {
      throw thrown;
    });
    ExecutionException e = assertThrows(ExecutionException.class, () -> inline.get(10, TimeUnit.SECONDS));
    assertSame(thrown, e.getCause());

    IllegalStateException failed = new IllegalStateException("bad");
    CompletableFuture<String> later =
        limiter.whenPermitted(() -> CompletableFuture.failedFuture(new CompletionException(failed)));
    e = assertThrows(ExecutionException.class, () -> later.get(10, TimeUnit.SECONDS));
    assertSame(failed, e.getCause(), "CompletionException unwrapped");

    IOException thrownLater = new IOException("later");
    CompletableFuture<String> laterThrow = limiter.whenPermitted(() -> {
      throw thrownLater;
    });
    e = assertThrows(ExecutionException.class, () -> laterThrow.get(10, TimeUnit.SECONDS));
    assertSame(thrownLater, e.getCause());
  }

  @Test
  void whenPermittedFailsWithoutRunningTheCallWhenTheWaitIsTooLong() throws Exception {
    RateLimiter limiter = new RateLimiter(RateLimit.of(1, 1, TimeUnit.HOURS));
    limiter.acquire();
    AtomicBoolean ran = new AtomicBoolean();
    CompletableFuture<String> failFast = limiter.ifPermitted(() -> {
      ran.set(true);
      return CompletableFuture.completedFuture("no");
    });
    ExecutionException e = assertThrows(ExecutionException.class, () -> failFast.get(10, TimeUnit.SECONDS));
    assertInstanceOf(RateLimitExceededException.class, e.getCause());
    CompletableFuture<String> bounded = limiter.whenPermitted(1, TimeUnit.SECONDS,
        () -> CompletableFuture.completedFuture("no"));
    assertInstanceOf(RateLimitExceededException.class,
        assertThrows(ExecutionException.class, () -> bounded.get(10, TimeUnit.SECONDS)).getCause());
    assertFalse(ran.get());
    assertEquals(0, limiter.stats().reservedAhead(), "refusals reserve nothing");
  }

  @Test
  void sharedBucketsAreOnePerNameAndRefuseADifferentLimit() {
    RateLimiter a = RateLimiters.shared("test-github", RateLimit.of(60, 1, TimeUnit.MINUTES));
    RateLimiter b = RateLimiters.shared("test-github", RateLimit.of(60, 1, TimeUnit.MINUTES));
    RateLimiter equivalent = RateLimiters.shared("test-github", RateLimit.of(1, 1, TimeUnit.SECONDS).withBurst(60));
    assertSame(a, b);
    assertSame(a, equivalent);
    assertNotSame(a, RateLimiters.shared("test-other", RateLimit.of(60, 1, TimeUnit.MINUTES)));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> RateLimiters.shared("test-github", RateLimit.of(100, 1, TimeUnit.SECONDS)));
    assertEquals("Rate-limit bucket \"test-github\" is used with two different limits: 60 per 1 min (burst 60), "
        + "registered first, and now 100 per 1 s (burst 100). Every @RateLimited(name = \"test-github\") must "
        + "give the same limit: make them agree, or use different names.", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> RateLimiters.shared("", RateLimit.perSecond(1)));
  }

  @Test
  void aLongIdleBucketIsFullEvenAfterItsTicksWrapAround() {
    // 999,983 (a prime) per second: ticks of 1/999,983 ns wrap every 2.56 hours of nanoTime.
    RateLimit limit = new RateLimit(999_983, SECOND, 5);
    long[] gaps = {
      TimeUnit.MINUTES.toNanos(37), TimeUnit.MINUTES.toNanos(39), TimeUnit.HOURS.toNanos(1),
      TimeUnit.MINUTES.toNanos(154), TimeUnit.HOURS.toNanos(3), TimeUnit.HOURS.toNanos(10),
      TimeUnit.DAYS.toNanos(365), Long.MAX_VALUE / 2,
    };
    FakeTicker ticker = new FakeTicker(123);
    RateLimiter limiter = new RateLimiter(limit, ticker);
    for (long gap : gaps) {
      for (int i = 0; i < 5; i++) {
        assertTrue(limiter.tryAcquire(), "after an idle gap of " + gap + " ns, permit " + i);
      }
      RateLimitExceededException e = assertThrows(RateLimitExceededException.class, limiter::tryAcquireOrFail);
      assertEquals(1001, e.waitNanos()); // 1000.017 ns
      for (int i = 0; i < 100; i++) {
        limiter.reserve(-1); // a queue ahead, so the bucket is far from full when it goes idle
      }
      ticker.advance(gap);
    }
  }

  @Test
  void aLimitTooFineForExactTicksRoundsTowardFewerPermits() {
    // 2^31 + 1 per 1000 s is 465.66 ns a permit, whose exact tick, 1/(2^31 + 1) ns, is too fine:
    // the interval is rounded up to a tick of 2^-30 ns.
    RateLimit limit = new RateLimit((1L << 31) + 1, 1000 * SECOND, 3);
    FakeTicker ticker = new FakeTicker(0);
    RateLimiter limiter = new RateLimiter(limit, ticker);
    for (long k = 0; k < 1_000_000; k++) {
      long due = limiter.reserve(-1);
      long exact = RateLimiterPropertyTest.ceilDiv(
          Math.max(0, k - limit.burst() + 1) * limit.periodNanos(), limit.permits());
      // never early; late by less than a nanosecond after a million permits
      assertTrue(due == exact || due == exact + 1, "permit " + k + " due at " + due + ", exactly " + exact);
    }
  }

  @Test
  void aBurstTooLongToRepresentIsRefusedClearly() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new RateLimiter(RateLimit.of(1, 365, TimeUnit.DAYS).withBurst(1000)));
    assertTrue(e.getMessage().contains("1 per 365 d (burst 1000)"), e.getMessage());
  }

  @Test
  void theFastPathAllocatesNothing() {
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    if (!(threads instanceof com.sun.management.ThreadMXBean hotspot) || !hotspot.isThreadAllocatedMemorySupported()) {
      return; // not HotSpot: nothing to measure with
    }
    // A fake clock that moves 10 ns (10 permits) per pass, so every call finds its permit free: on
    // the system clock a fast enough loop could outrun the rate, and a first wait allocates.
    FakeTicker ticker = new FakeTicker(0);
    RateLimiter limiter = new RateLimiter(RateLimit.perSecond(1_000_000_000), ticker);
    // Round 0 only warms up (class initialisation, the ticker's thread-local). Of the measured
    // rounds, the leanest must allocate (almost) nothing: a single byte per call would show as
    // 400 KB in every round, while the JIT may allocate a few KB once, in any round, when it
    // recompiles the loop (seen in 1 run of 6, 3,624 bytes).
    long leanest = Long.MAX_VALUE;
    for (int round = 0; round < 4; round++) {
      long before = hotspot.getCurrentThreadAllocatedBytes();
      for (int i = 0; i < 200_000; i++) {
        ticker.advance(10);
        limiter.acquire();
        assertTrue(limiter.tryAcquire());
      }
      long allocated = hotspot.getCurrentThreadAllocatedBytes() - before;
      if (round > 0) {
        leanest = Math.min(leanest, allocated);
      }
    }
    assertTrue(leanest < 1_000, "400,000 free permits allocated at least " + leanest + " bytes in every round");
  }

  @Test
  void flightRecorderSeesWaitsAndRefusals() throws Exception {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("ratelimit", ".jfr");
    try (jdk.jfr.Recording recording = new jdk.jfr.Recording()) {
      recording.enable("dev.shuttle.RateLimitWait").withThreshold(Duration.ZERO);
      recording.enable("dev.shuttle.RateLimitRefused");
      recording.start();
      // A fake clock, so that the second acquire waits however long the first event takes to set up.
      RateLimiter limiter = new RateLimiter(RateLimit.of(1, 20, TimeUnit.MILLISECONDS), new FakeTicker(0), "Jfr.test");
      limiter.acquire();
      assertFalse(limiter.tryAcquire());
      limiter.acquire(); // sleeps 20 ms of the fake clock
      recording.stop();
      recording.dump(file);
      List<jdk.jfr.consumer.RecordedEvent> events = jdk.jfr.consumer.RecordingFile.readAllEvents(file);
      assertTrue(events.stream().anyMatch(e -> e.getEventType().getName().equals("dev.shuttle.RateLimitRefused")
          && "Jfr.test".equals(e.getString("description")) && e.getLong("waitNanos") > 0), events.toString());
      assertTrue(events.stream().anyMatch(e -> e.getEventType().getName().equals("dev.shuttle.RateLimitWait")
          && e.getString("limit").equals("1 per 20 ms (burst 1)") && !e.getBoolean("interrupted")), events.toString());
    } finally {
      java.nio.file.Files.deleteIfExists(file);
    }
  }

  private static void awaitParked(Thread thread) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (thread.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    assertEquals(Thread.State.TIMED_WAITING, thread.getState());
  }
}
