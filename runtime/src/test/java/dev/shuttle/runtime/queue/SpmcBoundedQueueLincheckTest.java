package dev.shuttle.runtime.queue;

import dev.shuttle.runtime.testing.LincheckBounds;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.junit.jupiter.api.Test;

/**
 * Linearizability of {@link BoundedQueue#spmc} against {@link BoundedQueueSpec}: offers from one producer thread at a time, polls from any thread.
 * Bounded (iterations x invocations) so that each strategy stays well under 30 seconds on two busy cores.
 */
public class SpmcBoundedQueueLincheckTest {
  private final BoundedQueue<Integer> queue = BoundedQueue.spmc(BoundedQueueSpec.CAPACITY);

  @Operation(nonParallelGroup = "producer")
  public boolean offer(int value) {
    return queue.offer(value);
  }

  @Operation
  public Integer poll() {
    return queue.poll();
  }

  @Operation(nonParallelGroup = "producer")
  public void close() {
    queue.close();
  }

  @Operation
  public boolean isDrained() {
    return queue.isDrained();
  }

  @Test
  void modelChecking() {
    LincheckBounds.apply(new ModelCheckingOptions()).sequentialSpecification(BoundedQueueSpec.class).check(getClass());
  }

  @Test
  void stress() {
    LincheckBounds.apply(new StressOptions()).sequentialSpecification(BoundedQueueSpec.class).check(getClass());
  }
}
