package dev.shuttle.runtime.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.runtime.context.ContextDecorator;
import dev.shuttle.runtime.context.Contexts;
import dev.shuttle.runtime.testing.FakeScheduler;
import dev.shuttle.runtime.testing.ThreadContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What {@code @Async} tasks and {@code @Race} sources carry from their caller's thread: each sees the
 * caller's context, and the worker has its own back afterwards, whatever the task did. Pools of one
 * thread, so that a probe task after the decorator is removed runs on the very worker that ran the
 * work and shows what was left on it.
 */
@Timeout(30)
class PoolContextTest {
  private final ThreadContext context = ThreadContext.register();
  private final List<TaskPool> pools = new ArrayList<>();

  @AfterEach
  void unregisterAndShutDown() {
    context.close();
    pools.forEach(TaskPool::shutdown);
  }

  private TaskPool pool(String name) {
    TaskPool pool = new TaskPool(name, PoolSpec.fixed(1));
    pools.add(pool);
    return pool;
  }

  private static <T> T get(Future<T> future) throws Exception {
    return future.get(30, TimeUnit.SECONDS);
  }

  /** With the decorator removed: what the pool's one worker has of its own. */
  private String leftOnTheWorker(TaskPool pool) throws Exception {
    context.close();
    return get(pool.submit(() -> CompletableFuture.completedFuture(context.get())));
  }

  @Test
  void anAsyncTaskSeesItsCallersContextAndTheWorkerKeepsNothingOfIt() throws Exception {
    TaskPool pool = pool("ctx-submit");
    context.set("alice");
    CompletableFuture<String> seen = pool.submit(() -> {
      String mine = context.get();
      context.set("changed by the task");
      return CompletableFuture.completedFuture(mine);
    });
    context.set("bob"); // after the hand-over: the task must not see it
    assertEquals("alice", get(seen));
    assertEquals("bob", context.get(), "the caller's own context is untouched");
    assertNull(leftOnTheWorker(pool));
    assertEquals(1, context.restores());
    assertEquals(1, context.undos());
  }

  @Test
  void aCallerWithNoContextHandsOverNoneEvenToAWorkerThatHadOne() throws Exception {
    TaskPool pool = pool("ctx-none");
    context.set(null);
    assertNull(get(pool.submit(() -> CompletableFuture.completedFuture(context.get()))));
  }

  @Test
  void aTaskThatThrowsAnErrorStillPutsBackTheWorkersContext() throws Exception {
    TaskPool pool = pool("ctx-error");
    context.set("alice");
    AssertionError thrown = new AssertionError("the task failed");
    CompletableFuture<String> failed = pool.submit(() -> {
      context.set("changed by the task");
      throw thrown;
    });
    assertSame(thrown, assertThrows(ExecutionException.class, () -> get(failed)).getCause());
    assertNull(leftOnTheWorker(pool));
    assertEquals(1, context.undos());
  }

  @Test
  void aFireAndForgetTaskAndItsFailureHandlerSeeTheCallersContext() throws Exception {
    TaskPool pool = pool("ctx-execute");
    AtomicReference<String> inTask = new AtomicReference<>();
    AtomicReference<String> inHandler = new AtomicReference<>();
    CountDownLatch handled = new CountDownLatch(1);
    TaskPools.setFailureHandler((task, failure) -> {
      inHandler.set(context.get());
      handled.countDown();
    });
    try {
      context.set("alice");
      pool.execute("Thumbnailer.index", () -> {
        inTask.set(context.get());
        throw new IllegalStateException("index failed");
      });
      assertTrue(handled.await(30, TimeUnit.SECONDS));
    } finally {
      TaskPools.setFailureHandler(null);
    }
    assertEquals("alice", inTask.get());
    assertEquals("alice", inHandler.get(), "the failure is logged with the context of the call that failed");
    assertNull(leftOnTheWorker(pool));
  }

  @Test
  void aTaskThatCallsAnotherAsyncMethodPassesTheContextOn() throws Exception {
    TaskPool outer = pool("ctx-outer");
    TaskPool inner = pool("ctx-inner");
    context.set("alice");
    CompletableFuture<String> seen =
        outer.submit(() -> inner.submit(() -> CompletableFuture.completedFuture(context.get())));
    assertEquals("alice", get(seen));
    assertNull(leftOnTheWorker(outer));
    assertNull(leftOnTheWorker(inner));
  }

  @Test
  void aCaptureThatThrowsRefusesTheTaskToItsCaller() throws Exception {
    TaskPool pool = pool("ctx-capture-fails");
    IllegalStateException broken = new IllegalStateException("cannot capture");
    ContextDecorator failing = () -> {
      throw broken;
    };
    Contexts.register(failing);
    AtomicInteger ran = new AtomicInteger();
    try {
      assertSame(broken, assertThrows(IllegalStateException.class,
          () -> pool.submit(() -> CompletableFuture.completedFuture(ran.incrementAndGet()))));
      assertSame(broken, assertThrows(IllegalStateException.class, () -> pool.execute("t", ran::incrementAndGet)));
    } finally {
      Contexts.unregister(failing);
    }
    assertEquals(1, get(pool.submit(() -> CompletableFuture.completedFuture(ran.incrementAndGet()))),
        "neither refused task ran");
  }

  @Test
  void onceTheDecoratorIsRemovedTasksCarryNothing() throws Exception {
    TaskPool pool = pool("ctx-removed");
    context.set("alice");
    context.close();
    assertNull(get(pool.submit(() -> CompletableFuture.completedFuture(context.get()))));
    assertEquals(0, context.restores());
  }

  @Test
  void everyRaceSourceSeesTheCallersContextTheHedgedOneToo() throws Exception {
    TaskPool pool = new TaskPool("ctx-race", PoolSpec.fixed(2));
    pools.add(pool);
    FakeScheduler scheduler = new FakeScheduler();
    long hedge = TimeUnit.MILLISECONDS.toNanos(50);
    List<String> seen = new CopyOnWriteArrayList<>();
    CountDownLatch primaryStarted = new CountDownLatch(1);
    CountDownLatch never = new CountDownLatch(1);
    context.set("alice");
    RaceSettings settings = RaceSettings.of("Quotes.quote", "primary", "mirror").hedgeAfter(hedge, TimeUnit.NANOSECONDS);
    Race<String> race = new Race<>(settings, pool, scheduler);
    race.value(() -> {
      seen.add("primary:" + context.get());
      primaryStarted.countDown();
      never.await(); // interrupted when the mirror wins
      return "primary";
    }).value(() -> {
      seen.add("mirror:" + context.get());
      return "mirror";
    });
    race.start();
    assertTrue(primaryStarted.await(30, TimeUnit.SECONDS));
    context.set("the timer's thread"); // the hedge starts the mirror from the timer, not from the caller
    scheduler.fire(hedge);
    assertEquals("mirror", get(race));
    assertEquals(List.of("primary:alice", "mirror:alice"), seen);
    pool.shutdown();
    assertTrue(pool.awaitTermination(Duration.ofSeconds(30)), "the losing primary was interrupted");
    assertEquals(2, context.undos(), "both sources, the interrupted one too, put their worker's context back");
  }
}
