package dev.shuttle;

/**
 * How many threads a {@link Pool} has, from the classic sizing formulas. {@code cores} is
 * {@code Runtime.availableProcessors()} when the pool starts.
 */
public enum Sizing {
  /** {@code cores} threads: tasks that compute and never wait. More threads would only take turns. */
  CPU_BOUND,
  /**
   * {@code cores × (1 + waitRatio)} threads, where {@link Pool#waitRatio()} is how long a task
   * waits (on I/O, locks, remote calls) for each unit of time it computes: {@code 9.0} for a task
   * that waits 90% of the time. Enough threads to keep every core busy while the others wait.
   */
  IO_BOUND,
  /** {@code 2 × cores} threads: the usual starting point for a workload that both computes and waits. */
  MIXED,
  /** Exactly {@link Pool#threads()} threads. */
  FIXED,
  /**
   * A new virtual thread per task (JDK 21 and newer, found at run time): for tasks that mostly
   * wait. On older JDKs the pool is {@link #IO_BOUND} with {@link Pool#waitRatio()} instead, and
   * says so once in the log. There is no queue: {@link Pool#queue()} bounds how many tasks run
   * at once.
   */
  VIRTUAL,
  /**
   * Profiles under load: the pool measures each task's CPU time against its wall time and moves
   * its size toward {@code cores × (1 + wait/compute)}, between {@code cores} and
   * {@link Pool#maxThreads()}. It starts at {@code 2 × cores}, as {@link #MIXED} does.
   */
  ADAPTIVE
}
