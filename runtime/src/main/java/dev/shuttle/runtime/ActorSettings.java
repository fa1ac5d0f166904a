package dev.shuttle.runtime;

import dev.shuttle.FailurePolicy;
import dev.shuttle.Overflow;
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
public record ActorSettings(
    String actorType, int mailbox, Overflow overflow, FailurePolicy onFailure, int throughput) {

  /**
   * Messages an actor handles per turn before giving its thread to the next actor. Chosen by
   * {@code ActorTellBenchmark}: past this, throughput stops improving while fairness keeps
   * getting worse (see BENCHMARKS.md).
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
