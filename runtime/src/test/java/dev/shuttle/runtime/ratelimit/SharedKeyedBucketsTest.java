package dev.shuttle.runtime.ratelimit;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code @RateLimited(name = ...)} with a key: one registry entry per name, one bucket per key in it. */
class SharedKeyedBucketsTest {

  @Test
  void sameNameAndLimitGiveTheSameKeyedBuckets() {
    RateLimit limit = RateLimit.of(10, 1, TimeUnit.SECONDS);
    KeyedRateLimiter first = RateLimiters.sharedKeyed("keyed-same", limit);
    KeyedRateLimiter second = RateLimiters.sharedKeyed("keyed-same", RateLimit.of(10, 1, TimeUnit.SECONDS));
    assertSame(first, second);
    assertSame(first.forKey("alice"), second.forKey("alice"));
    assertNotSame(first.forKey("alice"), first.forKey("bob"));
  }

  @Test
  void aDifferentLimitUnderTheSameNameIsRefusedNamingBoth() {
    RateLimiters.sharedKeyed("keyed-clash", RateLimit.of(10, 1, TimeUnit.SECONDS));
    IllegalStateException clash = assertThrows(IllegalStateException.class,
        () -> RateLimiters.sharedKeyed("keyed-clash", RateLimit.of(20, 1, TimeUnit.SECONDS)));
    assertTrue(clash.getMessage().contains("\"keyed-clash\""), clash.getMessage());
  }

  @Test
  void keyedAndPlainNamesAreSeparate() {
    RateLimit limit = RateLimit.of(5, 1, TimeUnit.SECONDS);
    RateLimiter plain = RateLimiters.shared("both-kinds", limit);
    KeyedRateLimiter keyed = RateLimiters.sharedKeyed("both-kinds", limit);
    assertNotSame(plain, keyed.forKey("k"));
  }
}
