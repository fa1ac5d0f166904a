package dev.shuttle.examples.faults;

import dev.shuttle.Pool;
import dev.shuttle.Race;
import dev.shuttle.Sizing;
import dev.shuttle.runtime.pool.PoolSpec;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** A {@code @Race} of two sources that do what the test's {@link Plan} says. */
final class FaultyRaces {
  private FaultyRaces() {}

  static final String POOL = "faults-race";
  static final PoolSpec SPEC = PoolSpec.fixed(2);

  /** What each source does. */
  record Plan(Work first, Work second) {}

  /**
   * Hedged by an hour: the second source starts only when the first has failed, so the order of
   * events is fixed, and nothing waits for the hour.
   */
  @Pool(name = POOL, sizing = Sizing.FIXED, threads = 2)
  abstract static class Sources {
    final AtomicReference<Throwable> thrownByFirst = new AtomicReference<>();
    final AtomicReference<Throwable> thrownBySecond = new AtomicReference<>();

    public String first(Plan plan) throws InterruptedException {
      plan.first().run(thrownByFirst);
      return "first";
    }

    public String second(Plan plan) throws InterruptedException {
      plan.second().run(thrownBySecond);
      return "second";
    }

    @Race(value = {"first", "second"}, hedgeAfter = 1, unit = TimeUnit.HOURS, pool = POOL)
    public abstract CompletableFuture<String> race(Plan plan);
  }
}
