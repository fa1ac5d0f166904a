package dev.shuttle.runtime.pool;

/** A call to a {@code void} {@code @Async} method: nobody waits for it, so a failure goes to the handler. */
final class FireAndForget implements Runnable {
  private final TaskPool pool;
  private final String task;
  private final TaskPool.Action body;

  FireAndForget(TaskPool pool, String task, TaskPool.Action body) {
    this.pool = pool;
    this.task = task;
    this.body = body;
  }

  @Override
  public void run() {
    try {
      body.run();
    } catch (Throwable failure) {
      pool.unhandled(task, failure);
    }
  }
}
