package dev.shuttle.runtime.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The edges of a {@link RateLimit}'s values, the wording of a refusal's wait, and shared buckets
 * made on first use. Shared buckets live in a static registry for the whole JVM, so every test here
 * takes names no other run has used.
 */
class RateLimitEdgesTest {

  @Test
  void zeroPermitsOrAZeroPeriodIsRefused() {
    assertEquals("A rate limit needs a positive number of permits, not 0",
        assertThrows(IllegalArgumentException.class, () -> new RateLimit(0, 1, 1)).getMessage());
    assertEquals("A rate limit needs a positive period, not 0 ns",
        assertThrows(IllegalArgumentException.class, () -> new RateLimit(1, 0, 1)).getMessage());
    assertEquals("A rate limit needs a positive period, not 0 SECONDS",
        assertThrows(IllegalArgumentException.class, () -> RateLimit.of(1, 0, TimeUnit.SECONDS)).getMessage());
    assertEquals(1, new RateLimit(1, 1, 1).permits(), "one permit per nanosecond is the finest limit");
  }

  @Test
  void aPeriodTooLongForNanosecondsIsRefusedAsTooLong() {
    assertEquals("A rate limit's period of " + Long.MAX_VALUE + " DAYS is too long",
        assertThrows(IllegalArgumentException.class, () -> RateLimit.of(1, Long.MAX_VALUE, TimeUnit.DAYS))
            .getMessage());
    assertEquals(TimeUnit.DAYS.toNanos(365), RateLimit.of(1, 365, TimeUnit.DAYS).periodNanos());
  }

  @Test
  void aWaitIsWrittenInTheLargestUnitBelowIt() {
    assertEquals("999 ns", RateLimitExceededException.formatNanos(999));
    assertEquals("1.0 µs", RateLimitExceededException.formatNanos(1_000));
    assertEquals("1000 µs", RateLimitExceededException.formatNanos(999_999));
    assertEquals("1.0 ms", RateLimitExceededException.formatNanos(1_000_000));
    assertEquals("12.3 ms", RateLimitExceededException.formatNanos(12_345_678));
    assertEquals("99.9 ms", RateLimitExceededException.formatNanos(99_900_000));
    assertEquals("100 ms", RateLimitExceededException.formatNanos(100_000_000));
    assertEquals("1.0 s", RateLimitExceededException.formatNanos(1_000_000_000));
    assertEquals("250 s", RateLimitExceededException.formatNanos(250_000_000_000L));
  }

  @Test
  void aRefusalCarriesItsLimit() {
    RateLimit limit = RateLimit.perSecond(1);
    RateLimitExceededException refused = new RateLimitExceededException("Api.call", limit, 5);
    assertSame(limit, refused.limit());
    assertEquals("Rate limit 1 per 1 s (burst 1) exceeded for Api.call: next permit in 5 ns", refused.getMessage());
  }

  @Test
  void aSharedBucketIsMadeOnFirstUseAndKeptForItsName() {
    String name = "edges-" + UUID.randomUUID();
    RateLimiter first = RateLimiters.shared(name, RateLimit.perSecond(5));
    assertNotNull(first);
    assertEquals("bucket \"" + name + "\"", first.description());
    assertSame(first, RateLimiters.shared(name, RateLimit.perSecond(5)));
  }

  @Test
  void aSharedKeyedBucketIsMadeOnFirstUseAndKeptForItsName() {
    String name = "edges-keyed-" + UUID.randomUUID();
    KeyedRateLimiter first = RateLimiters.sharedKeyed(name, RateLimit.perSecond(5));
    assertNotNull(first);
    assertEquals(RateLimit.perSecond(5), first.limit());
    assertSame(first, RateLimiters.sharedKeyed(name, RateLimit.perSecond(5)));
  }

  @Test
  void aSharedKeyedBucketNeedsANonEmptyName() {
    assertEquals("A shared rate-limit bucket needs a non-empty name",
        assertThrows(IllegalArgumentException.class, () -> RateLimiters.sharedKeyed("", RateLimit.perSecond(1)))
            .getMessage());
    assertThrows(NullPointerException.class, () -> RateLimiters.sharedKeyed(null, RateLimit.perSecond(1)));
    assertThrows(NullPointerException.class, () -> RateLimiters.sharedKeyed("edges-" + UUID.randomUUID(), null));
  }
}
