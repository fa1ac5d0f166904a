package dev.shuttle.examples.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.runtime.pool.PoolSpec;
import dev.shuttle.runtime.ratelimit.RateLimitExceededException;
import dev.shuttle.runtime.pool.TaskPoolStats;
import dev.shuttle.runtime.pool.TaskPools;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Runs the woven classes the processor generated for {@link Pooled}. */
@Timeout(60)
class GeneratedAsyncTest {
  private static final String WORKER_POOL = "dev.shuttle.examples.async.Pooled.Worker";

  private static <T> T get(Future<T> future) throws Exception {
    return future.get(30, TimeUnit.SECONDS);
  }

  private static Throwable failureOf(Future<?> future) {
    return assertThrows(ExecutionException.class, () -> get(future)).getCause();
  }

  @Test
  void theBodyRunsOnTheClassPoolNamedAfterTheClass() throws Exception {
    Pooled.Worker worker = new ConcurrentPooled_Worker();
    assertTrue(get(worker.threadName()).startsWith("shuttle-pool-" + WORKER_POOL + "-"));
    assertTrue(get(worker.onCpu()).startsWith("shuttle-pool-cpu-"), "the built-in pool");
  }

  @Test
  void theClassPoolIsSizedByTheSeedsFormula() {
    new ConcurrentPooled_Worker();
    TaskPoolStats stats = TaskPools.stats().stream().filter(s -> s.name().equals(WORKER_POOL)).findFirst().orElseThrow();
    assertEquals(PoolSpec.ioBound(3.0), stats.spec());
    assertEquals(Runtime.getRuntime().availableProcessors() * 4, stats.threads(), "cores × (1 + 3.0)");
  }

  @Test
  void theCallerNeverWaitsForTheBody() throws Exception {
    Pooled.Worker worker = new ConcurrentPooled_Worker();
    CompletionStage<Integer> result = worker.slow(21); // the body waits for release: we do not
    assertFalse(result.toCompletableFuture().isDone());
    worker.release.countDown();
    assertEquals(42, get(result.toCompletableFuture()));
  }

  @Test
  void exceptionsReachTheFutureUnchanged() throws Exception {
    Pooled.Worker worker = new ConcurrentPooled_Worker();
    Throwable thrown = failureOf(worker.failing()); // never thrown at the call
    assertInstanceOf(IOException.class, thrown);
    assertEquals("thrown by the body", thrown.getMessage());
    assertEquals("a failed future", assertInstanceOf(IllegalStateException.class, failureOf(worker.failedFuture()))
        .getMessage());
  }

  @Test
  void aFireAndForgetFailureGoesToTheHandler() throws Exception {
    List<String> reported = new ArrayList<>();
    CountDownLatch handled = new CountDownLatch(1);
    TaskPools.setFailureHandler((task, failure) -> {
      synchronized (reported) {
        reported.add(task + ": " + failure.getMessage());
      }
      handled.countDown();
    });
    try {
      new ConcurrentPooled_Worker().explode(); // returns at once, without an exception
      assertTrue(handled.await(30, TimeUnit.SECONDS));
      synchronized (reported) {
        assertEquals(List.of("Worker.explode: fire and forget, and fail"), reported);
      }
    } finally {
      TaskPools.setFailureHandler(null);
    }
  }

  @Test
  void aNamedPoolIsSharedAcrossClassesAndADifferentDeclarationFailsAtConstruction() throws Exception {
    String a = get(new ConcurrentPooled_SharingA().where());
    String b = get(new ConcurrentPooled_SharingB().where());
    assertTrue(a.startsWith("shuttle-pool-examples-shared-"), a);
    assertTrue(b.startsWith("shuttle-pool-examples-shared-"), b);
    IllegalStateException clash = assertThrows(IllegalStateException.class, ConcurrentPooled_Clashing::new);
    assertTrue(clash.getMessage().contains("FIXED (2 threads)") && clash.getMessage().contains("FIXED (3 threads)"),
        clash.getMessage());
  }

  @Test
  void aFullRejectQueueRefusesAndDropsNothing() throws Exception {
    Pooled.Worker worker = new ConcurrentPooled_Worker();
    CompletableFuture<String> holding = worker.hold();
    awaitCalls(worker, 1); // the pool's one thread is busy
    worker.tinyTask(); // the queue's one place
    CompletableFuture<String> refused = worker.hold();
    assertInstanceOf(RejectedExecutionException.class, failureOf(refused));
    assertThrows(RejectedExecutionException.class, worker::tinyTask, "a void method is refused by an exception");
    worker.release.countDown();
    assertEquals("held", get(holding));
    awaitCalls(worker, 2); // the queued task ran; the refused ones never did
    assertEquals(2, worker.calls.get());
  }

  @Test
  void aPoolsOwnTasksCallItsAsyncMethodsWithoutDeadlock() throws Exception {
    Pooled.SelfCalling self = new ConcurrentPooled_SelfCalling();
    assertEquals(55, get(self.sum(10)), "one thread, a queue of one, ten nested calls");
  }

  @Test
  void aVirtualPoolRunsOnVirtualThreadsWhereTheJdkHasThem() throws Throwable {
    Thread thread = get(new ConcurrentPooled_Worker().onVirtual());
    assertTrue(thread.getName().startsWith("shuttle-pool-examples-virtual-"), thread.getName());
    MethodHandle isVirtual = isVirtual();
    if (isVirtual != null) {
      assertTrue((boolean) isVirtual.invokeExact(thread), "JDK 21+: a virtual thread");
    } else {
      assertTrue(thread.isDaemon(), "JDK 17: a daemon platform thread");
    }
  }

  @Test
  void aRateLimitRefusesAtTheCallAndTheBodyRunsOnThePool() throws Exception {
    Pooled.Limited limited = new ConcurrentPooled_Limited();
    assertTrue(get(limited.once()).startsWith("shuttle-pool-"));
    CompletableFuture<String> refused = limited.once();
    assertTrue(refused.isCompletedExceptionally(), "refused at the call, not later on the pool");
    assertInstanceOf(RateLimitExceededException.class, failureOf(refused));
    limited.onceVoid();
    assertThrows(RateLimitExceededException.class, limited::onceVoid, "a void method's caller is told at once");
  }

  @Test
  void aCallWhosePermitComesLaterStillRunsOnThePool() throws Exception {
    Pooled.Limited limited = new ConcurrentPooled_Limited();
    CompletableFuture<String> first = limited.paced(1);
    CompletableFuture<String> second = limited.paced(2); // burst 1: due a millisecond later, via the limiter's timer
    assertTrue(get(first).startsWith("1@shuttle-pool-"), first.join());
    assertTrue(get(second).startsWith("2@shuttle-pool-"), second.join());
  }

  @Test
  void aLockedMethodTakesItsLockOnThePoolThread() throws Exception {
    Pooled.Guarded guarded = new ConcurrentPooled_Guarded();
    List<CompletableFuture<Integer>> increments = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      increments.add(guarded.increment());
    }
    for (CompletableFuture<Integer> increment : increments) {
      get(increment);
    }
    assertEquals(1_000, guarded.count(), "four pool threads, one write lock: no increment lost");
    assertTrue(guarded.lastWriter().startsWith("shuttle-pool-"), guarded.lastWriter());
  }

  private static void awaitCalls(Pooled.Worker worker, int calls) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (worker.calls.get() < calls && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    assertEquals(calls, worker.calls.get());
  }

  private static MethodHandle isVirtual() {
    try {
      return MethodHandles.publicLookup().findVirtual(Thread.class, "isVirtual", MethodType.methodType(boolean.class));
    } catch (ReflectiveOperationException e) {
      return null;
    }
  }
}
