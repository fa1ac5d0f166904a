package dev.shuttle.runtime.actor;

import dev.shuttle.FailurePolicy;
import dev.shuttle.Overflow;
import dev.shuttle.runtime.InternalApi;
import java.util.Objects;

/**
 * How one actor type behaves, as written in its {@code @Actor} annotation. Generated code keeps
 * one instance per actor type in a constant.
 *
 * @param actorType the user's class, for thread names, logs and JFR events
 * @param mailbox mailbox capacity; 0 means unbounded
 * @param overflow what a send into a full mailbox does
 * @param onFailure what the actor does after a tell fails
 * @param throughput messages per turn before yielding the thread; 0 means {@link #DEFAULT_THROUGHPUT}
 */
@InternalApi
public record ActorSettings(
    String actorType, int mailbox, Overflow overflow, FailurePolicy onFailure, int throughput) {

  /**
   * Messages an actor handles per turn before giving its thread to the next actor. Chosen by
   * {@code ActorThroughputSweepBenchmark} (BENCHMARKS.md, "Default throughput"): a much smaller
   * value re-submits the actor to its pool too often, and no value tried beat this one; a larger
   * value would only let one busy actor keep a thread for longer.
   *
   * <p>On the default pool (a FIFO {@code ForkJoinPool}) a yielding actor goes back on its own
   * worker's queue, which that worker drains before it looks at work submitted from outside the
   * pool: the turn boundary lets in actors queued on the same worker (sent to from actor code),
   * while a send from a non-pool thread waits for a worker to run out of local work.
   */
  public static final int DEFAULT_THROUGHPUT = 64;

  public ActorSettings {
    Objects.requireNonNull(actorType, "actorType");
    Objects.requireNonNull(overflow, "overflow");
    Objects.requireNonNull(onFailure, "onFailure");
    if (mailbox < 0) {
      throw new IllegalArgumentException("mailbox must be >= 0 (0 = unbounded), was " + mailbox);
    }
    if (throughput < 0) {
      throw new IllegalArgumentException("throughput must be >= 0 (0 = default), was " + throughput);
    }
    if (throughput == 0) {
      throughput = DEFAULT_THROUGHPUT;
    }
  }
}
