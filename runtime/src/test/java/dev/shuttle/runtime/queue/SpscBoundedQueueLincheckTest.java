package dev.shuttle.runtime.queue;

import dev.shuttle.runtime.testing.LincheckBounds;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.junit.jupiter.api.Test;

/**
 * Linearizability of {@link BoundedQueue#spsc} against {@link BoundedQueueSpec}: one producer thread and one consumer thread at a time (the non-parallel groups).
 * Two threads, one per side. Bounded (iterations x invocations) so that each strategy stays well under 30 seconds
 * on two busy cores.
 */
public class SpscBoundedQueueLincheckTest {
  private final BoundedQueue<Integer> queue = BoundedQueue.spsc(BoundedQueueSpec.CAPACITY);

  @Operation(nonParallelGroup = "producer")
  public boolean offer(int value) {
    return queue.offer(value);
  }

  @Operation(nonParallelGroup = "consumer")
  public Integer poll() {
    return queue.poll();
  }

  @Operation(nonParallelGroup = "producer")
  public void close() {
    queue.close();
  }

  @Operation(nonParallelGroup = "consumer")
  public boolean isDrained() {
    return queue.isDrained();
  }

  @Test
  void modelChecking() {
    LincheckBounds.apply(new ModelCheckingOptions(), 2).sequentialSpecification(BoundedQueueSpec.class).check(getClass());
  }

  @Test
  void stress() {
    LincheckBounds.apply(new StressOptions(), 2).sequentialSpecification(BoundedQueueSpec.class).check(getClass());
  }
}
