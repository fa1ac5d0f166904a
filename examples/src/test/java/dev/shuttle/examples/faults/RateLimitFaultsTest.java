package dev.shuttle.examples.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.shuttle.runtime.ratelimit.RateLimitExceededException;
import dev.shuttle.runtime.ratelimit.RateLimiter;
import dev.shuttle.runtime.ratelimit.RateLimiterStats;
import dev.shuttle.runtime.ratelimit.RateLimiters;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A fault in a rate-limited body reaches its caller; the call spent its permit, and the stats say so. */
class RateLimitFaultsTest {
  private static final Duration BOUND = Duration.ofSeconds(60);
  private static final long WAIT = 30;
  private static final String TIMER = "shuttle-ratelimit-timer";

  private final FaultyLimits.Calls calls = new ConcurrentFaultyLimits_Calls();

  @ParameterizedTest
  @EnumSource(Fault.class)
  void aFaultReachesTheCallerAndSpendsExactlyOnePermit(Fault fault) {
    String key = fault.name(); // a bucket of its own for each case
    RateLimiter bucket = RateLimiters.sharedKeyed(FaultyLimits.BUCKETS, FaultyLimits.THREE_AN_HOUR).forKey(key);
    RateLimiterStats before = bucket.stats();
    for (int i = 0; i < 3; i++) {
      Thrown.assertArrivesUnchanged(calls.thrown, () -> calls.call(key, fault::raise));
    }
    RateLimiterStats after = bucket.stats();
    assertEquals(3, after.granted() - before.granted());
    assertEquals(0, after.availablePermits());
    assertInstanceOf(RateLimitExceededException.class, Thrown.by(() -> calls.call(key, Work.PASS)));
    assertEquals(1, bucket.stats().refused() - before.refused());
  }

  @ParameterizedTest
  @EnumSource(Fault.class)
  void aFaultOnTheTimerThreadFailsTheFutureUnchangedAndTheTimerGoesOn(Fault fault) {
    assertTimeoutPreemptively(BOUND, () -> {
      calls.later(Work.PASS); // spends the one free permit: the next two start on the timer, one after the other
      var failed = calls.later(fault::raise);
      var next = calls.later(Work.PASS);
      Thrown.assertFailsUnchanged(calls.thrown, failed);
      assertEquals(TIMER, calls.laterRanOn.getName());
      assertEquals(TIMER, next.get(WAIT, TimeUnit.SECONDS).thread().getName());
    });
  }

  /** An interrupt from outside reaches the call starting on the timer; the timer's next call starts without it. */
  @Test
  void anInterruptOfTheTimerFailsTheCallStartingOnItAndNotTheNext() {
    Blocker blocker = new Blocker();
    assertTimeoutPreemptively(BOUND, () -> {
      calls.later(Work.PASS);
      var held = calls.later(thrown -> blocker.hold());
      var next = calls.later(Work.PASS);
      blocker.interruptWorker();
      assertInstanceOf(InterruptedException.class, Thrown.failureOf(held));
      Ran ran = next.get(WAIT, TimeUnit.SECONDS);
      assertEquals(TIMER, ran.thread().getName());
      assertFalse(ran.interrupted());
    });
  }
}
