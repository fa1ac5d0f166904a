package dev.shuttle.runtime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.runtime.ratelimit.RateLimit;
import dev.shuttle.runtime.ratelimit.RateLimiter;
import dev.shuttle.runtime.ratelimit.RateLimiters;
import dev.shuttle.runtime.testing.FakeScheduler;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Installing a clock: who reads it, and the per-clock registry of named buckets. */
class ShuttleClockTest {
  private static final RateLimit ONE_PER_HOUR = RateLimit.of(1, 1, TimeUnit.HOURS);

  private final FakeScheduler clock = new FakeScheduler();
  private final FakeScheduler other = new FakeScheduler();

  @AfterEach
  void uninstall() {
    ShuttleClock.uninstall(clock);
    ShuttleClock.uninstall(other);
  }

  @Test
  void theSystemClockIsCurrentUntilOneIsInstalled() {
    assertSame(ShuttleClock.system(), ShuttleClock.current());
    ShuttleClock.install(clock);
    assertSame(clock, ShuttleClock.current());
    ShuttleClock.install(clock); // again: the same clock, nothing changes
    ShuttleClock.uninstall(other); // not the installed one: nothing changes
    assertSame(clock, ShuttleClock.current());
    ShuttleClock.uninstall(clock);
    assertSame(ShuttleClock.system(), ShuttleClock.current());
  }

  @Test
  void aSecondClockIsRefusedWhileOneIsInstalled() {
    ShuttleClock.install(clock);
    IllegalStateException refused = assertThrows(IllegalStateException.class, () -> ShuttleClock.install(other));
    assertTrue(refused.getMessage().contains("already installed"), refused.getMessage());
    assertThrows(NullPointerException.class, () -> ShuttleClock.install(null));
  }

  @Test
  void aLimiterReadsTheClockCurrentWhenItWasMadeForGood() {
    ShuttleClock.install(clock);
    RateLimiter made = new RateLimiter(ONE_PER_HOUR, "made on the fake clock");
    ShuttleClock.uninstall(clock);
    made.acquire();
    assertFalse(made.tryAcquire(), "no time passed on its clock");
    clock.advance(TimeUnit.HOURS.toNanos(1));
    assertTrue(made.tryAcquire(), "an hour passed on its clock, not on the system's");
  }

  @Test
  void namedBucketsAreKeptPerClock() {
    RateLimiter system = RateLimiters.shared("per-clock", ONE_PER_HOUR);
    ShuttleClock.install(clock);
    RateLimiter first = RateLimiters.shared("per-clock", ONE_PER_HOUR);
    assertNotSame(system, first);
    assertSame(first, RateLimiters.shared("per-clock", ONE_PER_HOUR));
    ShuttleClock.uninstall(clock);
    assertSame(system, RateLimiters.shared("per-clock", ONE_PER_HOUR));

    ShuttleClock.install(other);
    RateLimiter second = RateLimiters.shared("per-clock", ONE_PER_HOUR);
    assertNotSame(first, second, "a new clock: fresh buckets");
    assertTrue(second.tryAcquire());
    assertSame(RateLimiters.sharedKeyed("per-clock", ONE_PER_HOUR), RateLimiters.sharedKeyed("per-clock", ONE_PER_HOUR));
  }
}
