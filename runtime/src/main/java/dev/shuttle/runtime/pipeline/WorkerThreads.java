package dev.shuttle.runtime.pipeline;

import dev.shuttle.runtime.InternalApi;

/** What a pipeline stage's workers run on. */
@InternalApi
public enum WorkerThreads {
  /** Daemon platform threads: for stages that compute. */
  PLATFORM,
  /**
   * Virtual threads, for stages that mostly wait on I/O: cheap to have many. Needs JDK 21 or
   * newer; on older JDKs the stage runs on platform threads and the pipeline says so once.
   */
  VIRTUAL
}
