package dev.shuttle.runtime.pipeline;

import dev.shuttle.Stage;
import dev.shuttle.runtime.InternalApi;

/**
 * The workers of one pipeline stage: how many, and what threads they run on. Written as
 * {@code WorkerThreads.platform(4)} or {@code WorkerThreads.virtual(1)}.
 */
@InternalApi
public final class WorkerThreads {
  private final int count;
  private final boolean virtual;

  private WorkerThreads(int count, boolean virtual) {
    this.count = checkCount(count);
    this.virtual = virtual;
  }

  /**
   * Returns {@code count} if a stage can have that many workers.
   *
   * @throws IllegalArgumentException if it is not 1 to {@link Stage#MAX_WORKERS}
   */
  static int checkCount(int count) {
    if (count < 1 || count > Stage.MAX_WORKERS) {
      throw new IllegalArgumentException("A pipeline stage needs 1 to " + Stage.MAX_WORKERS + " workers, not " + count);
    }
    return count;
  }

  /**
   * {@code count} daemon platform threads: for stages that compute.
   *
   * @throws IllegalArgumentException if {@code count} is not 1 to {@link Stage#MAX_WORKERS}
   */
  public static WorkerThreads platform(int count) {
    return new WorkerThreads(count, false);
  }

  /**
   * {@code count} virtual threads, for stages that mostly wait on I/O: cheap to have many. Needs JDK
   * 21 or newer; on older JDKs the stage runs on platform threads and the pipeline says so once.
   *
   * @throws IllegalArgumentException if {@code count} is not 1 to {@link Stage#MAX_WORKERS}
   */
  public static WorkerThreads virtual(int count) {
    return new WorkerThreads(count, true);
  }

  /** How many threads run the stage. */
  public int count() {
    return count;
  }

  /** Whether the threads are asked to be virtual (they are, on JDK 21 or newer). */
  public boolean virtual() {
    return virtual;
  }

  /** For example {@code 4 platform threads}. */
  @Override
  public String toString() {
    return count + (virtual ? " virtual" : " platform") + (count == 1 ? " thread" : " threads");
  }
}
