package dev.shuttle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Turns a plain class into an actor: the processor generates {@code FooActor}, a proxy whose
 * methods put a message in the actor's mailbox and return at once, and a mailbox loop that runs
 * the messages on the wrapped instance one at a time.
 *
 * <p>Every public instance method (declared or inherited, not from {@code Object}) becomes a
 * message: a {@code void} method is a <em>tell</em> (fire and forget); a method returning
 * {@code T} becomes an <em>ask</em> returning {@code CompletableFuture<T>}; a method returning
 * {@code CompletionStage<T>} or {@code CompletableFuture<T>} is flattened to
 * {@code CompletableFuture<T>}.
 *
 * <p>Guarantees: one message at a time per actor, happens-before between consecutive handlers,
 * FIFO order per sender. {@code stop()} handles every message accepted before it; later
 * messages are refused with {@code ActorStoppedException}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Actor {

  /** The largest {@link #mailbox()} capacity: 2^30 messages, the same limit the runtime applies. */
  int MAX_MAILBOX = 1 << 30;

  /** Capacity of the mailbox, at most {@link #MAX_MAILBOX}; {@code 0} (the default) means unbounded. */
  int mailbox() default 0;

  /** What a send does when a bounded mailbox is full. Ignored when {@link #mailbox()} is 0. */
  Overflow overflow() default Overflow.BLOCK;

  /** What the actor does after a tell's handler threw. */
  FailurePolicy onFailure() default FailurePolicy.RESUME;

  /**
   * Messages handled per turn before the actor yields its thread to other actors (fairness);
   * {@code 0} means the runtime default.
   */
  int throughput() default 0;

  /** {@link #maxRestarts()} unless written: the runtime's default too. */
  int DEFAULT_MAX_RESTARTS = 10;

  /** {@link #restartWithinSeconds()} unless written. */
  int DEFAULT_RESTART_WITHIN_SECONDS = 60;

  /** {@link #restartBackoffMillis()} unless written. */
  int DEFAULT_RESTART_BACKOFF_MILLIS = 10;

  /** The most restarts a {@link FailurePolicy#RESTART} actor makes within {@link #restartWithinSeconds()}: at least 1. */
  int maxRestarts() default DEFAULT_MAX_RESTARTS;

  /** The window {@link #maxRestarts()} counts in, in seconds: at least 1. */
  int restartWithinSeconds() default DEFAULT_RESTART_WITHIN_SECONDS;

  /**
   * How long a {@link FailurePolicy#RESTART} actor waits after its first restart in the window
   * before it handles the next message, in milliseconds; each further restart in the window waits
   * twice as long, at most the window. {@code 0} restarts at once.
   */
  int restartBackoffMillis() default DEFAULT_RESTART_BACKOFF_MILLIS;
}
