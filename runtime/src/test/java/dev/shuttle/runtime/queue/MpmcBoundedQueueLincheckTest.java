package dev.shuttle.runtime.queue;

import dev.shuttle.runtime.testing.LincheckBounds;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.junit.jupiter.api.Test;

/**
 * Linearizability of {@link BoundedQueue#mpmc} against {@link BoundedQueueSpec}: offers and polls from any thread.
 * Bounded (iterations x invocations) so that each strategy stays well under 30 seconds on two busy cores.
 */
public class MpmcBoundedQueueLincheckTest {
  private final BoundedQueue<Integer> queue = BoundedQueue.mpmc(BoundedQueueSpec.CAPACITY);

  @Operation
  public boolean offer(int value) {
    return queue.offer(value);
  }

  @Operation
  public Integer poll() {
    return queue.poll();
  }

  @Operation
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
