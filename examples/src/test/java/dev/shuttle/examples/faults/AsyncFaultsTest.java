package dev.shuttle.examples.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.runtime.pool.TaskPool;
import dev.shuttle.runtime.pool.TaskPools;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A fault in an {@code @Async} body fails its future or goes to the failure handler, and the pool's
 * one thread runs the next task. Each test ends by shutting the pool down; the next gets a new one.
 */
class AsyncFaultsTest {
  private static final Duration BOUND = Duration.ofSeconds(60);
  private static final long WAIT = 30;

  private final FaultyPools.Tasks tasks = new ConcurrentFaultyPools_Tasks();
  private final List<Throwable> handled = new CopyOnWriteArrayList<>();
  private final CountDownLatch threeHandled = new CountDownLatch(3);

  @AfterEach
  void restoreTheFailureHandler() {
    TaskPools.setFailureHandler(null);
  }

  @ParameterizedTest
  @EnumSource(Fault.class)
  void aFuturesFaultFailsItUnchangedAndThePoolThreadGoesOn(Fault fault) {
    assertTimeoutPreemptively(BOUND, () -> {
      for (int i = 0; i < 3; i++) { // more than the queue holds
        Thrown.assertFailsUnchanged(tasks.thrown, tasks.fail(fault));
      }
      assertTheSameThreadGoesOn();
      assertEquals(0, pool().stats().failed(), "a failed future is its caller's, not the handler's");
      assertShutsDown();
    });
  }

  @ParameterizedTest
  @EnumSource(Fault.class)
  void aFireAndForgetFaultGoesToTheHandlerUnchangedAndThePoolThreadGoesOn(Fault fault) {
    TaskPools.setFailureHandler((task, failure) -> {
      handled.add(failure);
      threeHandled.countDown();
    });
    assertTimeoutPreemptively(BOUND, () -> {
      for (int i = 0; i < 3; i++) {
        tasks.failQuietly(fault);
      }
      assertTrue(threeHandled.await(WAIT, TimeUnit.SECONDS));
      assertSame(tasks.thrown.get(), handled.get(2));
      assertTheSameThreadGoesOn();
      assertEquals(3, pool().stats().failed());
      assertShutsDown();
    });
  }

  @ParameterizedTest
  @EnumSource(Fault.class)
  void aFailureHandlerThatRethrowsIsLoggedAndThePoolThreadGoesOn(Fault fault) {
    TaskPools.setFailureHandler((task, failure) -> {
      handled.add(failure);
      threeHandled.countDown();
      if (failure instanceof Error error) {
        throw error; // the very throwable it was given
      }
      throw new IllegalStateException("the handler failed too", failure);
    });
    assertTimeoutPreemptively(BOUND, () -> {
      try (CapturedLog log = CapturedLog.of("dev.shuttle.async")) {
        for (int i = 0; i < 3; i++) {
          tasks.failQuietly(fault);
        }
        assertTrue(threeHandled.await(WAIT, TimeUnit.SECONDS));
        assertTheSameThreadGoesOn(); // after the last handler: its log record is written
        assertEquals(3, log.thrown().size());
      }
      assertShutsDown();
    });
  }

  @Test
  void anInterruptFromOutsideFailsTheRunningTaskAndNotTheNext() {
    Blocker blocker = new Blocker();
    assertTimeoutPreemptively(BOUND, () -> {
      var held = tasks.hold(blocker);
      blocker.interruptWorker();
      assertInstanceOf(InterruptedException.class, Thrown.failureOf(held));
      assertFalse(tasks.worker().get(WAIT, TimeUnit.SECONDS).interrupted());
      assertShutsDown();
    });
  }

  @Test
  void anInterruptATaskKeptIsNotLeftForTheNextTask() {
    Blocker blocker = new Blocker();
    assertTimeoutPreemptively(BOUND, () -> {
      tasks.holdThroughInterrupt(blocker);
      var next = tasks.worker(); // queued behind it: the same thread runs it next
      blocker.interruptWorker();
      blocker.releaseOnceNoticed();
      assertFalse(next.get(WAIT, TimeUnit.SECONDS).interrupted(), "the next task started with the interrupt flag set");
      assertShutsDown();
    });
  }

  /** The thread that ran the failed tasks runs the next one: it did not die and get replaced. */
  private void assertTheSameThreadGoesOn() throws Exception {
    assertSame(tasks.thrownOn, tasks.worker().get(WAIT, TimeUnit.SECONDS).thread());
  }

  private static void assertShutsDown() throws InterruptedException {
    TaskPool pool = pool();
    pool.shutdown();
    assertTrue(pool.awaitTermination(Duration.ofSeconds(WAIT)));
  }

  private static TaskPool pool() {
    return TaskPools.shared(FaultyPools.POOL, FaultyPools.SPEC);
  }
}
