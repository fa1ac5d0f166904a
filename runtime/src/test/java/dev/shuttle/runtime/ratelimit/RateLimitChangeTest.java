package dev.shuttle.runtime.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.runtime.ShuttleClock;
import dev.shuttle.runtime.WaitInterruptedException;
import dev.shuttle.runtime.testing.FakeTicker;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Changing a limit at run time, pauses, and calls that cost several permits: each edge on its own. */
@Timeout(30)
class RateLimitChangeTest {
  private static final long MILLI = 1_000_000L;
  private static final long SECOND = 1_000_000_000L;

  @Test
  void aChangeKeepsThePermitsUsedAndDrainsThemAtTheNewRate() {
    FakeTicker ticker = new FakeTicker(0);
    RateLimiter limiter = new RateLimiter(RateLimit.perSecond(10), ticker);
    assertTrue(limiter.tryAcquire(6));
    limiter.setLimit(RateLimit.of(2, 1, TimeUnit.SECONDS).withBurst(10));
    assertEquals(4, limiter.stats().availablePermits(), "6 of 10 used");
    assertTrue(limiter.tryAcquire(4));
    assertEquals(500 * MILLI, assertThrows(RateLimitExceededException.class, limiter::tryAcquireOrFail).waitNanos());
    limiter.setLimit(2, 1, TimeUnit.SECONDS); // burst 2: the 10 held are more than it holds
    assertEquals(RateLimit.perSecond(2), limiter.limit());
    RateLimitExceededException e = assertThrows(RateLimitExceededException.class, limiter::tryAcquireOrFail);
    assertEquals(9 * 500 * MILLI, e.waitNanos(), "10 permits held, drained at 2/s down to 1: 4.5 s");
  }

  @Test
  void aChangeNeverBringsTheNextPermitSooner() {
    FakeTicker ticker = new FakeTicker(0);
    RateLimiter limiter = new RateLimiter(RateLimit.perSecond(10).withBurst(2), ticker);
    assertTrue(limiter.tryAcquire(2)); // the next permit is due in 100 ms
    limiter.setLimit(RateLimit.perSecond(1000).withBurst(50));
    assertEquals(100 * MILLI, assertThrows(RateLimitExceededException.class, limiter::tryAcquireOrFail).waitNanos());
    ticker.advance(100 * MILLI);
    assertTrue(limiter.tryAcquire());
    ticker.advance(MILLI);
    assertTrue(limiter.tryAcquire(), "after it, the new rate");
  }

  @Test
  void aLowerBurstFreesNothingAndAHigherOneMakesRoomAtOnce() {
    FakeTicker ticker = new FakeTicker(0);
    RateLimiter limiter = new RateLimiter(RateLimit.perSecond(10), ticker);
    assertTrue(limiter.tryAcquire(8));
    limiter.setLimit(RateLimit.perSecond(10).withBurst(3));
    assertEquals(0, limiter.stats().availablePermits());
    assertEquals(600 * MILLI, assertThrows(RateLimitExceededException.class, limiter::tryAcquireOrFail).waitNanos(),
        "8 held must drain to 2 before one more fits in 3");
    ticker.advance(600 * MILLI);
    assertTrue(limiter.tryAcquire());
    assertFalse(limiter.tryAcquire());
    ticker.advance(100 * MILLI); // one free again: 2 held
    limiter.setLimit(RateLimit.perSecond(10).withBurst(6));
    assertEquals(4, limiter.stats().availablePermits(), "2 held of 6");
  }

  @Test
  void waitingCallersKeepTheirDueTimesAndNoNewCallerOvertakesThem() {
    FakeTicker ticker = new FakeTicker(0);
    RateLimiter faster = new RateLimiter(RateLimit.perSecond(1), ticker);
    faster.acquire();
    assertEquals(SECOND, faster.reserve(), "a caller waits for the permit due at 1 s");
    faster.setLimit(1000, 1, TimeUnit.SECONDS);
    // The 2 permits held would drain in 2 ms at the new rate, but the next one was due at 2 s.
    assertEquals(2 * SECOND, faster.reserve());
    assertEquals(2 * SECOND + MILLI, faster.reserve());

    RateLimiter slower = new RateLimiter(RateLimit.perSecond(1), ticker);
    slower.acquire();
    assertEquals(SECOND, slower.reserve());
    slower.setLimit(1, 10, TimeUnit.SECONDS);
    assertEquals(20 * SECOND, slower.reserve(), "the 2 permits held drain at one per 10 s");
  }

  @Test
  void aChangeToAnEquivalentLimitChangesNothing() {
    FakeTicker ticker = new FakeTicker(0);
    RateLimiter limiter = new RateLimiter(RateLimit.of(3, 1, TimeUnit.SECONDS).withBurst(2), ticker);
    limiter.acquire();
    limiter.reserve();
    ticker.advance(123_456_789);
    RateLimitExceededException before = assertThrows(RateLimitExceededException.class, limiter::tryAcquireOrFail);
    RateLimit sameRate = RateLimit.of(180, 1, TimeUnit.MINUTES).withBurst(2);
    limiter.setLimit(sameRate);
    assertSame(sameRate, limiter.limit());
    assertEquals(before.waitNanos(),
        assertThrows(RateLimitExceededException.class, limiter::tryAcquireOrFail).waitNanos());
  }

  @Test
  void aChangeTheNewLimitsClockCannotCountIsRefusedAndChangesNothing() {
    FakeTicker ticker = new FakeTicker(0);
    RateLimiter limiter = new RateLimiter(RateLimit.perSecond(1), ticker, "Api.call");
    limiter.pauseFor(Duration.ofHours(1));
    // 999,983 per second counts time in ticks of 1/999,983 ns: about 19 minutes ahead at most.
    RateLimit fine = new RateLimit(999_983, SECOND, 1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> limiter.setLimit(fine));
    assertTrue(e.getMessage().startsWith("Cannot change rate limit 1 per 1 s (burst 1) to 999983 per 1 s (burst 1):"),
        e.getMessage());
    assertEquals(RateLimit.perSecond(1), limiter.limit());
    assertEquals(TimeUnit.HOURS.toNanos(1),
        assertThrows(RateLimitExceededException.class, limiter::tryAcquireOrFail).waitNanos());
    ticker.advance(TimeUnit.MINUTES.toNanos(50));
    limiter.setLimit(fine); // 10 minutes ahead: it fits now
    assertEquals(TimeUnit.MINUTES.toNanos(10),
        assertThrows(RateLimitExceededException.class, limiter::tryAcquireOrFail).waitNanos());
  }

  @Test
  void aPauseGrantsNothingUntilItEndsThenOnePermitAtATime() {
    FakeTicker ticker = new FakeTicker(0);
    RateLimiter limiter = new RateLimiter(RateLimit.perSecond(10).withBurst(5), ticker);
    assertTrue(limiter.tryAcquire());
    limiter.pauseFor(Duration.ofSeconds(2));
    assertEquals(2 * SECOND, assertThrows(RateLimitExceededException.class, limiter::tryAcquireOrFail).waitNanos());
    ticker.advance(2 * SECOND - 1);
    assertFalse(limiter.tryAcquire(), "not a nanosecond early");
    ticker.advance(1);
    assertTrue(limiter.tryAcquire());
    assertFalse(limiter.tryAcquire(), "no burst the moment the pause ends");
    ticker.advance(100 * MILLI);
    assertTrue(limiter.tryAcquire());
    ticker.advance(SECOND);
    assertEquals(5, limiter.stats().availablePermits(), "the burst refills at the rate");
  }

  @Test
  void aPauseShorterThanTheQueueChangesNothingAndABadOneIsRefused() {
    FakeTicker ticker = new FakeTicker(0);
    RateLimiter limiter = new RateLimiter(RateLimit.perSecond(1), ticker);
    limiter.acquire();
    assertEquals(SECOND, limiter.reserve());
    limiter.pauseFor(Duration.ofMillis(500));
    assertEquals(2 * SECOND, limiter.reserve(), "the queue already reached further");
    assertEquals("A pause must not be negative, was PT-1S",
        assertThrows(IllegalArgumentException.class, () -> limiter.pauseFor(Duration.ofSeconds(-1))).getMessage());
    RateLimiter fine = new RateLimiter(new RateLimit(999_983, SECOND, 1), ticker);
    IllegalArgumentException tooLong =
        assertThrows(IllegalArgumentException.class, () -> fine.pauseFor(Duration.ofHours(1)));
    assertTrue(tooLong.getMessage().startsWith("A pause of PT1H is longer than rate limit 999983 per 1 s (burst 1) "
        + "can count: at most PT19M"), tooLong.getMessage());
    assertTrue(fine.tryAcquire(), "the refused pause held nothing back");
  }

  @Test
  void aPauseAndAChangeKeepTheSameNextPermit() {
    FakeTicker ticker = new FakeTicker(0);
    RateLimiter limiter = new RateLimiter(RateLimit.perSecond(100), ticker);
    limiter.pauseFor(Duration.ofSeconds(30)); // Retry-After: 30
    limiter.setLimit(1000, 1, TimeUnit.SECONDS);
    assertEquals(30 * SECOND, assertThrows(RateLimitExceededException.class, limiter::tryAcquireOrFail).waitNanos());
  }

  @Test
  void aCallCostsItsPermitsAllAtOnceOrNone() throws Exception {
    FakeTicker ticker = new FakeTicker(0);
    RateLimiter limiter = new RateLimiter(RateLimit.perSecond(10).withBurst(5), ticker, "Upload.put");
    assertTrue(limiter.tryAcquire(3));
    assertFalse(limiter.tryAcquire(3), "2 left: none taken");
    assertEquals(2, limiter.stats().availablePermits());
    RateLimitExceededException e = assertThrows(RateLimitExceededException.class, () -> limiter.tryAcquireOrFail(3));
    assertEquals(3, e.permits());
    assertEquals(100 * MILLI, e.waitNanos());
    assertEquals("Rate limit 10 per 1 s (burst 5) exceeded for Upload.put: next 3 permits in 100 ms", e.getMessage());
    limiter.acquire(3);
    assertEquals(100 * MILLI, ticker.now(), "slept until the third was due");
    assertEquals(500 * MILLI, limiter.reserve(5, 1, TimeUnit.SECONDS));
    assertEquals(11, limiter.stats().granted(), "permits, not calls");
    CompletableFuture<String> refused = limiter.ifPermitted(2, () -> CompletableFuture.completedFuture("no"));
    ExecutionException failed = assertThrows(ExecutionException.class, () -> refused.get(10, TimeUnit.SECONDS));
    assertEquals(2, assertInstanceOf(RateLimitExceededException.class, failed.getCause()).permits());
  }

  @Test
  void aCostAboveTheBurstOrBelowOneIsRefusedAndTakesNothing() {
    FakeTicker ticker = new FakeTicker(0);
    RateLimiter limiter = new RateLimiter(RateLimit.perSecond(10).withBurst(5), ticker, "Upload.put");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> limiter.acquire(6));
    assertEquals("A call that costs 6 permits can never pass rate limit 10 per 1 s (burst 5) for Upload.put: "
        + "a call may cost at most the burst, 5", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> limiter.tryAcquire(Integer.MAX_VALUE));
    assertThrows(IllegalArgumentException.class, () -> limiter.reserve(6, 1, TimeUnit.SECONDS));
    assertThrows(IllegalArgumentException.class,
        () -> limiter.whenPermitted(6, () -> CompletableFuture.completedFuture("no")));
    assertEquals("A call must cost at least one permit, not 0",
        assertThrows(IllegalArgumentException.class, () -> limiter.tryAcquire(0)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> limiter.acquire(-1, 1, TimeUnit.SECONDS));
    assertEquals(5, limiter.stats().availablePermits());
    assertEquals(0, limiter.stats().refused(), "not refusals by the limit: the calls were wrong");
    limiter.setLimit(RateLimit.perSecond(10).withBurst(2));
    assertThrows(IllegalArgumentException.class, () -> limiter.tryAcquire(3), "against the burst in force");
  }

  @Test
  void anInterruptedWaiterGivesAllItsPermitsBackUnlessTheLimitChanged() throws Exception {
    for (boolean change : new boolean[] {false, true}) {
      SleepUntilInterrupted ticker = new SleepUntilInterrupted();
      RateLimiter limiter = new RateLimiter(RateLimit.perSecond(10).withBurst(3), ticker);
      limiter.acquire(3);
      AtomicReference<Throwable> thrown = new AtomicReference<>();
      Thread waiter = new Thread(() -> {
        try {
          limiter.acquire(3);
        } catch (Throwable t) {
          thrown.set(t);
        }
      });
      waiter.start();
      assertTrue(ticker.asleep.await(10, TimeUnit.SECONDS));
      assertEquals(6, limiter.stats().granted());
      if (change) {
        limiter.setLimit(RateLimit.perSecond(20).withBurst(3));
      }
      waiter.interrupt();
      waiter.join(10_000);
      assertInstanceOf(WaitInterruptedException.class, thrown.get());
      RateLimiterStats stats = limiter.stats();
      if (change) {
        assertEquals(6, stats.granted(), "the slot passes unused: the bucket it was reserved in is gone");
        assertEquals(0, stats.availablePermits());
      } else {
        assertEquals(3, stats.granted(), "all 3 permits given back");
        assertEquals(0, stats.totalWaitNanos());
        assertEquals(0, stats.reservedAhead());
      }
    }
  }

  @Test
  void aKeyedLimiterChangesEveryKeyAndNewOnes() {
    FakeTicker ticker = new FakeTicker(0);
    KeyedRateLimiter keyed = new KeyedRateLimiter(RateLimit.perSecond(10), ticker, "Api.call");
    assertTrue(keyed.forKey("alice").tryAcquire(10));
    keyed.setLimit(1, 1, TimeUnit.SECONDS);
    assertEquals(RateLimit.perSecond(1), keyed.limit());
    assertEquals(RateLimit.perSecond(1), keyed.forKey("alice").limit());
    assertEquals(10 * SECOND, assertThrows(RateLimitExceededException.class,
        () -> keyed.forKey("alice").tryAcquireOrFail()).waitNanos(), "10 held drain to 0 at 1/s");
    RateLimiter bob = keyed.forKey("bob");
    assertEquals(RateLimit.perSecond(1), bob.limit());
    assertTrue(bob.tryAcquire());
    assertFalse(bob.tryAcquire());
    UnsupportedOperationException e =
        assertThrows(UnsupportedOperationException.class, () -> bob.setLimit(RateLimit.perSecond(5)));
    assertEquals("The bucket of one key takes its limit from its KeyedRateLimiter (Api.call): call setLimit there, "
        + "for every key", e.getMessage());
    bob.pauseFor(Duration.ofSeconds(5)); // one key's Retry-After
    ticker.advance(2 * SECOND);
    assertFalse(keyed.forKey("bob").tryAcquire());
    assertTrue(keyed.forKey("carol").tryAcquire());
  }

  @Test
  void aChangeAndAnEvictionOfTheSameKeyNeverMakeTwoLiveBuckets() {
    FakeTicker ticker = new FakeTicker(0);
    KeyedRateLimiter keyed = new KeyedRateLimiter(RateLimit.perSecond(1), ticker);
    RateLimiter held = keyed.forKey("k");
    ticker.advance(SECOND);
    for (int i = 0; i < KeyedRateLimiter.MIN_SWEEP_SIZE + 1; i++) {
      keyed.forKey(i); // the full bucket of k is swept
    }
    assertTrue(held.isRetired());
    keyed.setLimit(RateLimit.perSecond(1).withBurst(2));
    assertTrue(held.tryAcquire(2), "the held bucket sends the call to k's new bucket, under the new limit");
    assertFalse(keyed.forKey("k").tryAcquire());
    assertNotSame(held, keyed.forKey("k"));

    // The other order: changed first, then swept once full.
    RateLimiter changed = keyed.forKey("j");
    keyed.setLimit(RateLimit.perSecond(2).withBurst(2));
    ticker.advance(SECOND);
    for (int i = 0; i < 4 * KeyedRateLimiter.MIN_SWEEP_SIZE; i++) {
      keyed.forKey("cold" + i);
    }
    assertTrue(changed.isRetired(), "the changed bucket's successor was swept");
    assertTrue(changed.tryAcquire(2));
    assertFalse(keyed.forKey("j").tryAcquire());
  }

  @Test
  void aKeyWhoseNextPermitTheNewLimitCannotCountKeepsItsLimitUntilRetried() {
    FakeTicker ticker = new FakeTicker(0);
    KeyedRateLimiter keyed = new KeyedRateLimiter(RateLimit.perSecond(1), ticker, "Api.call");
    keyed.forKey("paused").pauseFor(Duration.ofHours(1));
    assertTrue(keyed.forKey("idle").tryAcquire());
    RateLimit fine = new RateLimit(999_983, SECOND, 1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> keyed.setLimit(fine));
    assertTrue(e.getMessage().startsWith("1 key(s) of Api.call, one bucket per key keep their limit for now: "),
        e.getMessage());
    assertEquals(fine, keyed.limit());
    assertEquals(fine, keyed.forKey("idle").limit());
    assertEquals(fine, keyed.forKey("new").limit());
    assertEquals(RateLimit.perSecond(1), keyed.forKey("paused").limit());
    ticker.advance(TimeUnit.MINUTES.toNanos(50));
    keyed.setLimit(fine);
    assertEquals(fine, keyed.forKey("paused").limit());
    assertEquals(TimeUnit.MINUTES.toNanos(10),
        assertThrows(RateLimitExceededException.class, () -> keyed.forKey("paused").tryAcquireOrFail()).waitNanos());
  }

  @Test
  void aSharedNameKeepsTheLimitItWasRegisteredWith() {
    String name = "change-" + UUID.randomUUID();
    RateLimiter shared = RateLimiters.shared(name, RateLimit.perSecond(10));
    shared.setLimit(RateLimit.perSecond(5));
    assertSame(shared, RateLimiters.shared(name, RateLimit.perSecond(10)), "a class made later finds the bucket");
    assertEquals(RateLimit.perSecond(5), shared.limit());
    assertThrows(IllegalStateException.class, () -> RateLimiters.shared(name, RateLimit.perSecond(5)));
    KeyedRateLimiter keyed = RateLimiters.sharedKeyed(name, RateLimit.perSecond(10));
    keyed.setLimit(RateLimit.perSecond(5));
    assertSame(keyed, RateLimiters.sharedKeyed(name, RateLimit.perSecond(10)));
  }

  /** A clock whose sleeps last until the sleeper is interrupted, and say when one starts. */
  private static final class SleepUntilInterrupted implements ShuttleClock {
    final AtomicLong now = new AtomicLong();
    final CountDownLatch asleep = new CountDownLatch(1);

    @Override
    public long nanoTime() {
      return now.get();
    }

    @Override
    public void sleepNanos(long nanos) throws InterruptedException {
      asleep.countDown();
      Thread.sleep(Long.MAX_VALUE);
    }

    @Override
    public Future<?> schedule(Runnable action, long delayNanos) {
      throw new UnsupportedOperationException("these tests never schedule");
    }
  }
}
