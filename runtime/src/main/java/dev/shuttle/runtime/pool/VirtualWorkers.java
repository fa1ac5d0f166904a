package dev.shuttle.runtime.pool;

import dev.shuttle.runtime.internal.VirtualThreads;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A new virtual thread per task, named {@code shuttle-pool-<name>-<n>}. Nothing waits for a
 * thread, so a task keeps its place in the pool's {@link Room} until it ends: the room bounds
 * how many run at once.
 */
final class VirtualWorkers implements Workers {
  private final String prefix;
  private final Room room;
  private final AtomicInteger count = new AtomicInteger();
  private final RunningTasks tasks = new RunningTasks();

  VirtualWorkers(String name, Room room) {
    this.prefix = "shuttle-pool-" + name + "-";
    this.room = room;
  }

  @Override
  public void execute(Runnable task) {
    tasks.accept(prefix + "*");
    try {
      VirtualThreads.unstarted(prefix + count.incrementAndGet(), () -> {
        try {
          task.run();
        } finally {
          ended();
        }
      }).start();
    } catch (RuntimeException | Error e) {
      ended();
      throw e;
    }
  }

  private void ended() {
    room.give();
    tasks.ended();
  }

  @Override
  public int threads() {
    return tasks.count();
  }

  @Override
  public int active() {
    return threads();
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
