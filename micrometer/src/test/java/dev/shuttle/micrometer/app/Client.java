package dev.shuttle.micrometer.app;

import dev.shuttle.Async;
import dev.shuttle.OnLimit;
import dev.shuttle.Pool;
import dev.shuttle.RateLimited;
import dev.shuttle.Read;
import dev.shuttle.ReadMostly;
import dev.shuttle.Sizing;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A rate-limited, read-mostly client with an {@code @Async} method: a limiter, a lock and a pool per woven class. */
@ReadMostly
@Pool(name = "metrics-test", sizing = Sizing.FIXED, threads = 1)
public class Client {
  /** Two calls an hour, and a third is refused: no clock in the test decides anything. */
  @Read
  @RateLimited(value = 2, period = 1, unit = TimeUnit.HOURS, onLimit = OnLimit.FAIL)
  public String call(String what) {
    return what;
  }

  @Async(pool = "metrics-test")
  public CompletableFuture<String> later(String what) {
    return CompletableFuture.completedFuture(what);
  }
}
