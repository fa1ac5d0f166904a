package dev.shuttle.examples.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shuttle.OnLimit;
import dev.shuttle.RateLimited;
import dev.shuttle.runtime.ratelimit.RateLimitExceededException;
import dev.shuttle.test.ManualClock;
import dev.shuttle.test.ShuttleTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A call that costs as many permits as its payload has bytes, against a limit in bytes per second,
 * on a clock that moves only when the test says.
 */
@ShuttleTest
class CostedCallsTest {

  /** An uploader allowed 100 bytes a second. */
  static class Uploader {
    final List<Integer> sent = new ArrayList<>();

    @RateLimited(value = 100, onLimit = OnLimit.FAIL)
    public void upload(@RateLimited.Cost int bytes) {
      sent.add(bytes);
    }
  }

  @Test
  void eachCallTakesAsManyPermitsAsItsCost(ManualClock clock) {
    Uploader uploader = new ConcurrentCostedCallsTest_Uploader();
    uploader.upload(60);
    RateLimitExceededException refused = assertThrows(RateLimitExceededException.class, () -> uploader.upload(50));
    assertEquals(Duration.ofMillis(100), refused.retryAfter(), "10 more bytes come in 100 ms");
    uploader.upload(40);
    clock.advance(Duration.ofMillis(100));
    uploader.upload(10);
    assertEquals(List.of(60, 40, 10), uploader.sent);
  }

  @Test
  void aCostAboveTheBurstOrBelowOneIsRefusedAndTakesNothing() {
    Uploader uploader = new ConcurrentCostedCallsTest_Uploader();
    assertThrows(IllegalArgumentException.class, () -> uploader.upload(101));
    assertThrows(IllegalArgumentException.class, () -> uploader.upload(0));
    uploader.upload(100);
    assertEquals(List.of(100), uploader.sent);
  }
}
