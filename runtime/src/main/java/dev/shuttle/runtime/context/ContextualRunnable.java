package dev.shuttle.runtime.context;

import dev.shuttle.runtime.internal.ContextHandoff;

/** A user's task with the context captured when it was {@linkplain Contexts#wrap wrapped}. */
final class ContextualRunnable implements Runnable {
  private final ContextSnapshot context;
  private final Runnable task;

  ContextualRunnable(ContextSnapshot context, Runnable task) {
    this.context = context;
    this.task = task;
  }

  @Override
  public void run() {
    ContextScope restored = context.restore();
    try {
      task.run();
    } finally {
      ContextHandoff.undo(restored);
    }
  }
}
