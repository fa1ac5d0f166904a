package dev.shuttle.benchmarks.async;

import dev.shuttle.Async;
import dev.shuttle.Pool;
import dev.shuttle.Sizing;
import java.util.concurrent.CompletableFuture;

/**
 * {@link Work}'s {@code @Async} method on a {@code VIRTUAL} pool: a virtual thread per call on JDK
 * 21 and newer (on older JDKs the pool falls back to platform threads), beside the platform pool
 * of {@code Work} in the same benchmark.
 */
@Pool(sizing = Sizing.VIRTUAL, queue = Integer.MAX_VALUE)
public class VirtualWork {
  @Async
  public CompletableFuture<Integer> async(int x) {
    return CompletableFuture.completedFuture(Work.compute(x));
  }
}
