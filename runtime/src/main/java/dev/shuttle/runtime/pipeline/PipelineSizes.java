package dev.shuttle.runtime.pipeline;

import dev.shuttle.runtime.InternalApi;
import dev.shuttle.runtime.config.OverrideException;
import dev.shuttle.runtime.config.OverrideScope;
import dev.shuttle.runtime.queue.BoundedQueue;

/**
 * The workers and queue bounds of one pipeline instance's stages: what {@code @Pipeline} and each
 * {@code @Stage} say, amended by the {@linkplain dev.shuttle.runtime.config.Overrides deploy-time
 * overrides} {@code <class>/Pipeline/bound} and {@code <class>/<method>/Stage/workers} and
 * {@code .../bound}, read when the pipeline is made. Because an override may give a stage one
 * worker or several, each queue is chosen here, the narrowest that is safe for the counts in force.
 */
@InternalApi
public final class PipelineSizes {
  private final int[] workers;
  private final int[] bounds;

  private PipelineSizes(int[] workers, int[] bounds) {
    this.workers = workers;
    this.bounds = bounds;
  }

  /**
   * A stage as its annotation declares it.
   *
   * @param method the stage method's name (overloads share their keys)
   * @param bound its own queue bound, or 0 for the pipeline's
   */
  public record Declared(String method, int workers, int bound) {}

  /**
   * The sizes in force for the stages of {@code pipelineClass}, in order.
   *
   * @param pipelineClass the canonical name of the {@code @Pipeline} class
   * @throws OverrideException if an override is not a number or is out of range
   */
  public static PipelineSizes configured(String pipelineClass, int pipelineBound, Declared... stages) {
    OverrideScope pipeline = OverrideScope.of(pipelineClass + "/Pipeline");
    int defaultBound = pipeline.intValue("bound", pipelineBound);
    pipeline.build(() -> BoundedQueue.checkCapacity(defaultBound));
    int[] workers = new int[stages.length];
    int[] bounds = new int[stages.length];
    for (int i = 0; i < stages.length; i++) {
      Declared stage = stages[i];
      OverrideScope scope = OverrideScope.of(pipelineClass + "/" + stage.method() + "/Stage");
      int count = scope.intValue("workers", stage.workers());
      int bound = scope.intValue("bound", stage.bound() == 0 ? defaultBound : stage.bound());
      workers[i] = scope.build(() -> WorkerThreads.checkCount(count));
      bounds[i] = scope.build(() -> BoundedQueue.checkCapacity(bound));
    }
    return new PipelineSizes(workers, bounds);
  }

  /** How many workers run stage {@code index}. */
  public int workers(int index) {
    return workers[index];
  }

  /**
   * A new input queue for stage {@code index}: as many producers as the stage before has workers
   * (callers, for the first stage: any number), as many consumers as it has workers.
   */
  public <E> BoundedQueue<E> queue(int index) {
    boolean multiProducer = index == 0 || workers[index - 1] > 1;
    return BoundedQueue.forRoles(multiProducer, workers[index] > 1, bounds[index]);
  }
}
