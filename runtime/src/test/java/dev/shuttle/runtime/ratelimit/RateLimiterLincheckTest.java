package dev.shuttle.runtime.ratelimit;

import dev.shuttle.runtime.ShuttleClock;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.jetbrains.kotlinx.lincheck.LinChecker;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.LongGen;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.junit.jupiter.api.Test;

/**
 * Linearizability of the bucket, with time as one more operation: every concurrent history of
 * takes, reservations and clock moves must match some sequential order of them. The limit, 3
 * permits per 10 ns with a burst of 2, has a non-integral interval (ticks of 1/3 ns), and the
 * moves are small enough that calls often meet the limit. Calls of two permits and changes
 * between that limit and 2 per 7 ns with a burst of 3 (ticks of 1/2 ns: the TAT is converted)
 * join them, so a change must be atomic with respect to every permit taken.
 *
 * <p>The operations report outcomes (granted or refused), not waits. A wait is measured from the
 * caller's clock reading, which comes before the CAS that makes its reservation visible; with a
 * clock that other threads move meanwhile, a wait is "as of that reading", so no single instant
 * explains every reported wait (Lincheck shows such a history at once). Who gets a permit, and
 * when, is what must be linearizable, and is; the waits themselves are checked exactly by the
 * single-threaded property test and, under contention, by the lattice test of
 * {@link RateLimiterConcurrencyTest}, which also covers real threads (so no Lincheck stress mode
 * here: it took as long as model checking and found nothing more). Iterations are bounded to stay
 * well under 30 s on an idle machine; Lincheck is slow, and much slower on a busy one.
 */
@Param(name = "dt", gen = LongGen.class, conf = "0:4")
@Param(name = "maxWait", gen = LongGen.class, conf = "-1:6")
@Param(name = "which", gen = IntGen.class, conf = "0:1")
public class RateLimiterLincheckTest {
  private static final RateLimit[] LIMITS = {new RateLimit(3, 10, 2), new RateLimit(2, 7, 3)};
  private final Clock clock = new Clock();
  private final RateLimiter limiter = new RateLimiter(LIMITS[0], clock);

  @Operation
  public boolean tryAcquire() {
    return limiter.tryAcquire();
  }

  @Operation
  public boolean reserve(@Param(name = "maxWait") long maxWait) {
    try {
      limiter.reserve(maxWait);
      return true;
    } catch (RateLimitExceededException refused) {
      return false;
    }
  }

  @Operation
  public boolean tryAcquireOrFail() {
    try {
      limiter.tryAcquireOrFail();
      return true;
    } catch (RateLimitExceededException refused) {
      return false;
    }
  }

  @Operation
  public boolean tryAcquireTwo() {
    return limiter.tryAcquire(2);
  }

  @Operation
  public void setLimit(@Param(name = "which") int which) {
    limiter.setLimit(LIMITS[which]);
  }

  @Operation
  public void advance(@Param(name = "dt") long dt) {
    clock.now.addAndGet(dt);
  }

  @Test
  void modelChecking() {
    ModelCheckingOptions options = new ModelCheckingOptions()
        .iterations(8)
        .invocationsPerIteration(120)
        .threads(3)
        .actorsPerThread(3);
    LinChecker.check(RateLimiterLincheckTest.class, options);
  }

  /** A fake clock that only the {@code advance} operation moves. */
  static final class Clock implements ShuttleClock {
    final AtomicLong now = new AtomicLong(1_000);

    @Override
    public long nanoTime() {
      return now.get();
    }

    @Override
    public void sleepNanos(long nanos) {
      throw new UnsupportedOperationException("the Lincheck test never waits");
    }

    @Override
    public Future<?> schedule(Runnable action, long delayNanos) {
      throw new UnsupportedOperationException("the Lincheck test never waits");
    }
  }
}
