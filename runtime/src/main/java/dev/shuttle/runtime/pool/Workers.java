package dev.shuttle.runtime.pool;

import java.util.concurrent.RejectedExecutionException;

/** The threads of one {@link TaskPool}: a platform thread pool or a virtual thread per task. */
interface Workers {

  /**
   * Runs {@code task} on a worker. The task holds one place of the pool's {@link Room}, which the
   * workers give back when it starts (or, with a thread per task, when it ends).
   *
   * @throws RejectedExecutionException after {@link #shutdown()}
   */
  void execute(Runnable task);

  /** Platform threads the pool runs (its target size); for virtual threads, tasks running now. */
  int threads();

  /** Tasks running now. */
  int active();

  /** Accepts no more tasks; the accepted ones still run. */
  void shutdown();

  boolean isShutdown();

  /** Waits until every accepted task has ended, at most {@code nanos}. */
  boolean awaitTermination(long nanos) throws InterruptedException;
}
