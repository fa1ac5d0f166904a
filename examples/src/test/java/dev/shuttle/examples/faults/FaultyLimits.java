package dev.shuttle.examples.faults;

import dev.shuttle.OnLimit;
import dev.shuttle.RateLimited;
import dev.shuttle.runtime.ratelimit.RateLimit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** {@code @RateLimited} methods whose bodies do what the test says. */
final class FaultyLimits {
  private FaultyLimits() {}

  static final String BUCKETS = "faults-limits";
  /** What {@link Calls#call} declares, for the test to find its buckets' stats. */
  static final RateLimit THREE_AN_HOUR = RateLimit.of(3, 1, TimeUnit.HOURS);

  static class Calls {
    final AtomicReference<Throwable> thrown = new AtomicReference<>();

    /** Three permits per key, and no more for an hour: each call's permit is counted exactly. */
    @RateLimited(value = 3, unit = TimeUnit.HOURS, onLimit = OnLimit.FAIL, name = BUCKETS)
    public int call(@RateLimited.Key String key, Work work) throws InterruptedException {
      work.run(thrown);
      return 0;
    }

    volatile Thread laterRanOn;

    /**
     * A permit every half second, none saved up: an instance's first call starts at once, and calls
     * made right after it start on the timer thread, each half a second after the one before.
     */
    @RateLimited(value = 2, burst = 1)
    public CompletableFuture<Ran> later(Work work) throws InterruptedException {
      laterRanOn = Thread.currentThread();
      work.run(thrown);
      return CompletableFuture.completedFuture(Ran.here());
    }
  }
}
