package dev.shuttle.runtime.actor;

import dev.shuttle.runtime.context.ContextSnapshot;
import dev.shuttle.runtime.internal.Failures;
import java.util.function.BiConsumer;

/**
 * What an actor asked to run once a stage completes ({@link Actors#pipeToSelf}): a message of
 * the runtime's own, handled in a turn of the actor like any other, outside the generated
 * {@code dispatch}.
 */
final class Continuation extends ActorMessage {
  static final int KIND = -3;

  private final Runnable action;

  private Continuation(Runnable action, ContextSnapshot context) {
    super(KIND);
    this.action = action;
    this.context = context;
  }

  /**
   * The continuation of a stage that completed with {@code value} or {@code failure}, unwrapped, to
   * run with {@code context}, captured when the actor asked for it.
   */
  static <T> Continuation of(
      BiConsumer<? super T, ? super Throwable> continuation, T value, Throwable failure, ContextSnapshot context) {
    Throwable cause = failure == null ? null : Failures.unwrap(failure);
    return new Continuation(() -> continuation.accept(value, cause), context);
  }

  void run() {
    action.run();
  }
}
