package dev.shuttle.runtime.pool;

import dev.shuttle.runtime.context.ContextScope;
import dev.shuttle.runtime.context.ContextSnapshot;
import dev.shuttle.runtime.context.Contexts;
import dev.shuttle.runtime.internal.ContextHandoff;

/**
 * A call to a {@code void} {@code @Async} method: nobody waits for it, so a failure goes to the
 * handler. The body, and the handler, run with the context its caller's thread had when it
 * submitted the task ({@link Contexts}).
 */
final class FireAndForget implements Runnable {
  private final TaskPool pool;
  private final String task;
  private final TaskPool.Action body;
  private final ContextSnapshot context;

  /** On the submitting thread. */
  FireAndForget(TaskPool pool, String task, TaskPool.Action body) {
    this.pool = pool;
    this.task = task;
    this.body = body;
    this.context = Contexts.capture();
  }

  @Override
  public void run() {
    ContextScope restored = null;
    try {
      restored = ContextHandoff.restore(context);
      body.run();
    } catch (Throwable failure) {
      pool.unhandled(task, failure);
    } finally {
      ContextHandoff.undo(restored);
    }
  }
}
