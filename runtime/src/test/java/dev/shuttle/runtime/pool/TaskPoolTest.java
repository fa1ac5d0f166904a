package dev.shuttle.runtime.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.Overflow;
import dev.shuttle.runtime.WaitInterruptedException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class TaskPoolTest {
  private final List<TaskPool> pools = new ArrayList<>();
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void releaseAndShutDown() {
    release.countDown();
    pools.forEach(TaskPool::shutdown);
  }

  private TaskPool pool(String name, PoolSpec spec) {
    TaskPool pool = new TaskPool(name, spec);
    pools.add(pool);
    return pool;
  }

  /** A one-thread pool whose thread is busy until {@link #release}, with {@code queue} places. */
  private TaskPool busyPool(String name, int queue, Overflow overflow) throws Exception {
    TaskPool pool = pool(name, PoolSpec.fixed(1).withQueue(queue, overflow));
    CountDownLatch running = new CountDownLatch(1);
    pool.execute("blocker", () -> {
      running.countDown();
      release.await();
    });
    assertTrue(running.await(30, TimeUnit.SECONDS));
    return pool;
  }

  private static <T> T get(Future<T> future) throws Exception {
    return future.get(30, TimeUnit.SECONDS);
  }

  private static Throwable failureOf(Future<?> future) {
    return assertThrows(ExecutionException.class, () -> get(future)).getCause();
  }

  @Test
  void theBodyRunsOnANamedDaemonThreadAndItsFuturesResultComesBack() throws Exception {
    TaskPool pool = pool("named", PoolSpec.fixed(2));
    AtomicReference<Thread> thread = new AtomicReference<>();
    CompletableFuture<String> result = pool.submit(() -> {
      thread.set(Thread.currentThread());
      return CompletableFuture.completedFuture("done");
    });
    assertEquals("done", get(result));
    assertTrue(thread.get().getName().startsWith("shuttle-pool-named-"), thread.get().getName());
    assertTrue(thread.get().isDaemon());
    assertFalse(thread.get() == Thread.currentThread());
  }

  @Test
  void exceptionsReachTheFutureUnchanged() throws Exception {
    TaskPool pool = pool("failures", PoolSpec.fixed(1));
    IOException thrown = new IOException("thrown");
    IllegalStateException failedFuture = new IllegalStateException("failed future");
    IllegalArgumentException failedLater = new IllegalArgumentException("failed later");
    assertSame(thrown, failureOf(pool.<String>submit(() -> {
      throw thrown;
    })));
    assertSame(failedFuture, failureOf(pool.submit(() -> CompletableFuture.failedFuture(failedFuture))));
    CompletableFuture<String> pending = new CompletableFuture<>();
    CompletableFuture<String> result = pool.submit(() -> pending.thenApply(s -> {
      throw failedLater; // arrives wrapped in a CompletionException
    }));
    pending.complete("x");
    assertSame(failedLater, failureOf(result));
    assertInstanceOf(NullPointerException.class, failureOf(pool.submit(() -> null)));
  }

  @Test
  void aFireAndForgetFailureGoesToTheHandlerAndTheWorkerGoesOn() throws Exception {
    TaskPool pool = pool("fire-and-forget", PoolSpec.fixed(1));
    List<String> reported = new ArrayList<>();
    CountDownLatch handled = new CountDownLatch(1);
    IOException failure = new IOException("disk full");
    TaskPools.setFailureHandler((task, t) -> {
      synchronized (reported) {
        reported.add(task + ": " + (t == failure));
      }
      handled.countDown();
    });
    try {
      pool.execute("Thumbnailer.index", () -> {
        throw failure;
      });
      assertTrue(handled.await(30, TimeUnit.SECONDS));
      assertEquals("after", get(pool.submit(() -> CompletableFuture.completedFuture("after"))));
      synchronized (reported) {
        assertEquals(List.of("Thumbnailer.index: true"), reported);
      }
      assertEquals(1, pool.stats().failed());
    } finally {
      TaskPools.setFailureHandler(null);
    }
  }

  @Test
  void aFullRejectQueueRefusesAtOnceAndKeepsWhatItAccepted() throws Exception {
    TaskPool pool = busyPool("reject", 1, Overflow.REJECT);
    AtomicInteger ran = new AtomicInteger();
    CompletableFuture<Integer> queued = pool.submit(() -> CompletableFuture.completedFuture(ran.incrementAndGet()));
    CompletableFuture<Integer> refused = pool.submit(() -> CompletableFuture.completedFuture(ran.incrementAndGet()));
    assertTrue(refused.isCompletedExceptionally(), "refused at once, without blocking");
    assertInstanceOf(RejectedExecutionException.class, failureOf(refused));
    RejectedExecutionException thrown = assertThrows(RejectedExecutionException.class,
        () -> pool.execute("T.m", ran::incrementAndGet));
    assertTrue(thrown.getMessage().contains("\"reject\" is full"), thrown.getMessage());
    release.countDown();
    assertEquals(1, get(queued));
    assertEquals(1, ran.get(), "only the accepted task ran");
    assertEquals(2, pool.stats().refused());
  }

  @Test
  void aFullBlockQueueMakesTheCallerWaitForRoom() throws Exception {
    TaskPool pool = busyPool("block", 1, Overflow.BLOCK);
    CompletableFuture<String> queued = pool.submit(() -> CompletableFuture.completedFuture("queued"));
    AtomicReference<CompletableFuture<String>> late = new AtomicReference<>();
    Thread caller = new Thread(() -> late.set(pool.submit(() -> CompletableFuture.completedFuture("late"))));
    caller.start();
    awaitWaiting(pool, caller);
    assertTrue(late.get() == null, "the caller is still waiting for room");
    release.countDown();
    caller.join(TimeUnit.SECONDS.toMillis(30));
    assertEquals("queued", get(queued));
    assertEquals("late", get(late.get()));
    assertEquals(1, pool.stats().waits());
  }

  @Test
  void aWaitingCallerCanBeInterrupted() throws Exception {
    TaskPool pool = busyPool("interrupt", 1, Overflow.BLOCK);
    pool.execute("queued", () -> {});
    AtomicReference<Throwable> outcome = new AtomicReference<>();
    AtomicReference<Boolean> flag = new AtomicReference<>();
    Thread caller = new Thread(() -> {
      try {
        pool.execute("T.m", () -> {});
      } catch (Throwable t) {
        outcome.set(t);
        flag.set(Thread.currentThread().isInterrupted());
      }
    });
    caller.start();
    awaitWaiting(pool, caller);
    caller.interrupt();
    caller.join(TimeUnit.SECONDS.toMillis(30));
    assertInstanceOf(WaitInterruptedException.class, outcome.get());
    assertTrue(flag.get(), "the interrupt flag is set again");
  }

  @Test
  void aTimedWaitGivesUpWithARefusal() throws Exception {
    TaskPool pool = busyPool("timed", 1, Overflow.BLOCK);
    pool.execute("queued", () -> {});
    CompletableFuture<String> refused = pool.submit(() -> CompletableFuture.completedFuture("x"), 1_000_000);
    assertInstanceOf(RejectedExecutionException.class, failureOf(refused));
  }

  @Test
  void thePoolsOwnThreadsNeverWaitSoItCannotDeadlockOnItself() throws Exception {
    TaskPool pool = pool("self", PoolSpec.fixed(1).withQueue(1, Overflow.BLOCK));
    // The only worker submits three tasks to its own full queue, then waits for them.
    CompletableFuture<Integer> outer = pool.submit(() -> {
      List<CompletableFuture<Integer>> inner = new ArrayList<>();
      for (int i = 1; i <= 3; i++) {
        int n = i;
        inner.add(pool.submit(() -> CompletableFuture.completedFuture(n)));
      }
      return CompletableFuture.allOf(inner.toArray(CompletableFuture[]::new))
          .thenApply(v -> inner.stream().mapToInt(CompletableFuture::join).sum());
    });
    assertEquals(6, get(outer));
  }

  @Test
  void cancellingBeforeTheTaskStartsSkipsTheBody() throws Exception {
    TaskPool pool = busyPool("cancel", 2, Overflow.BLOCK);
    AtomicInteger ran = new AtomicInteger();
    CompletableFuture<Integer> cancelled = pool.submit(() -> CompletableFuture.completedFuture(ran.incrementAndGet()));
    assertTrue(cancelled.cancel(false));
    release.countDown();
    assertEquals("after", get(pool.submit(() -> CompletableFuture.completedFuture("after"))));
    assertEquals(0, ran.get());
  }

  @Test
  void shutdownRefusesNewWorkAndDrainsTheAcceptedWork() throws Exception {
    TaskPool pool = busyPool("shutdown", 10, Overflow.BLOCK);
    AtomicInteger ran = new AtomicInteger();
    for (int i = 0; i < 5; i++) {
      pool.execute("queued", ran::incrementAndGet);
    }
    pool.shutdown();
    assertTrue(pool.isShutdown());
    assertThrows(RejectedExecutionException.class, () -> pool.execute("late", ran::incrementAndGet));
    assertInstanceOf(RejectedExecutionException.class,
        failureOf(pool.submit(() -> CompletableFuture.completedFuture("late"))));
    assertFalse(pool.awaitTermination(Duration.ZERO), "the accepted work is still there");
    release.countDown();
    assertTrue(pool.awaitTermination(Duration.ofSeconds(30)));
    assertEquals(5, ran.get(), "everything accepted ran");
  }

  @Test
  void statsAreASnapshot() throws Exception {
    TaskPool pool = busyPool("stats", 5, Overflow.BLOCK);
    pool.execute("queued", () -> {});
    pool.execute("queued", () -> {});
    TaskPoolStats stats = pool.stats();
    assertEquals("stats", stats.name());
    assertEquals(1, stats.threads());
    assertEquals(1, stats.active());
    assertEquals(2, stats.queued());
    assertFalse(stats.shutdown());
  }

  /** Waits (bounded) until {@code caller} is parked waiting for room in {@code pool}. */
  private static void awaitWaiting(TaskPool pool, Thread caller) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while ((pool.stats().waits() == 0 || caller.getState() != Thread.State.WAITING) && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    assertEquals(Thread.State.WAITING, caller.getState());
  }
}
