package dev.shuttle.runtime.actor;

import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;

/** Entry points shared by all generated actors. */
public final class Actors {
  private Actors() {}

  /**
   * The executor {@code FooActor.spawn(foo)} uses: one pool shared by every actor, sized to the
   * cores, with daemon threads named {@code shuttle-actor-N}. It is a {@link ForkJoinPool} in
   * FIFO mode, as in Akka: an actor re-submitted by a worker goes to that worker's own queue,
   * and idle workers steal.
   */
  public static Executor defaultExecutor() {
    return DefaultPool.POOL;
  }

  private static final class DefaultPool {
    static final ForkJoinPool POOL = new ForkJoinPool(
        Runtime.getRuntime().availableProcessors(), DefaultPool::newThread, null, true);

    private static final AtomicInteger THREADS = new AtomicInteger();

    private static ForkJoinWorkerThread newThread(ForkJoinPool pool) {
      ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
      thread.setName("shuttle-actor-" + THREADS.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
