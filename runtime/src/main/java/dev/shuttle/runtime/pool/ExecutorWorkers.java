package dev.shuttle.runtime.pool;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The workers of a pool that a test routed to an executor of its own ({@link TaskPools#install}),
 * such as one that runs tasks on the test thread, step by step. A task gives its place in the
 * pool's {@link Room} back when it starts, as on a pool's own threads.
 */
final class ExecutorWorkers implements Workers {
  private final String name;
  private final Executor executor;
  private final Room room;
  private final RunningTasks tasks = new RunningTasks();
  private final AtomicInteger active = new AtomicInteger();

  ExecutorWorkers(String name, Executor executor, Room room) {
    this.name = name;
    this.executor = executor;
    this.room = room;
  }

  @Override
  public void execute(Runnable task) {
    tasks.accept("\"" + name + "\"");
    try {
      executor.execute(() -> run(task));
    } catch (RuntimeException | Error e) {
      tasks.ended();
      throw e;
    }
  }

  private void run(Runnable task) {
    room.give();
    active.incrementAndGet();
    try {
      task.run();
    } finally {
      active.decrementAndGet();
      tasks.ended();
    }
  }

  /** The executor's, however many: one as far as the pool can tell. */
  @Override
  public int threads() {
    return 1;
  }

  @Override
  public int active() {
    return active.get();
  }

  @Override
  public void shutdown() {
    tasks.shutdown();
  }

  @Override
  public boolean isShutdown() {
    return tasks.isShutdown();
  }

  @Override
  public boolean awaitTermination(long nanos) throws InterruptedException {
    return tasks.awaitTermination(nanos);
  }
}
