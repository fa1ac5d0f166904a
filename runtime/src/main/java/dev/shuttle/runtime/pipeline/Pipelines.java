package dev.shuttle.runtime.pipeline;

import dev.shuttle.runtime.WaitInterruptedException;
import dev.shuttle.runtime.internal.WeakRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** What concerns every pipeline of the process at once. */
public final class Pipelines {
  /** Every started pipeline whose workers have not all stopped. */
  static final WeakRegistry<PipelineEngine> LIVE = new WeakRegistry<>();

  private Pipelines() {}

  /**
   * Closes every running pipeline as its own {@code close()} does: each refuses new items, and its
   * stages finish everything accepted, in order. Waits at most {@code timeout} in all.
   *
   * @return a snapshot of each pipeline still draining when the timeout passed; empty when all
   *     finished
   * @throws IllegalArgumentException if {@code timeout} is negative
   * @throws WaitInterruptedException if interrupted while waiting: the pipelines go on draining
   */
  public static List<PipelineStats> closeAll(Duration timeout) {
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must not be negative: " + timeout);
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    List<PipelineEngine> closing = LIVE.live(0);
    closing.forEach(PipelineEngine::close);
    try {
      CompletableFuture.allOf(closing.stream().map(PipelineEngine::termination).toArray(CompletableFuture<?>[]::new))
          .get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException | ExecutionException late) {
      // reported below
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WaitInterruptedException("Interrupted while waiting for pipelines to close", e);
    }
    List<PipelineStats> unfinished = new ArrayList<>();
    for (PipelineEngine pipeline : closing) {
      if (!pipeline.termination().isDone()) {
        unfinished.add(pipeline.stats());
      }
    }
    return unfinished;
  }
}
