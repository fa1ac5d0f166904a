package dev.shuttle.runtime.pool;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.Overflow;
import dev.shuttle.runtime.testing.FakeScheduler;
import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Races with latches instead of sleeps, and a {@link FakeScheduler} instead of a clock. */
@Timeout(30)
class RaceTest {
  private static final long HEDGE = TimeUnit.MILLISECONDS.toNanos(50);
  private static final long TIMEOUT = TimeUnit.SECONDS.toNanos(2);

  private final TaskPool pool = new TaskPool("race-test", PoolSpec.fixed(4));
  private final FakeScheduler scheduler = new FakeScheduler();
  private final CountDownLatch never = new CountDownLatch(1);

  @AfterEach
  void shutDown() {
    never.countDown();
    pool.shutdown();
  }

  private Race<String> race(RaceSettings settings) {
    return new Race<>(settings, pool, scheduler);
  }

  private static RaceSettings settings() {
    return RaceSettings.of("Quotes.quote", "primary", "mirror");
  }

  private static <T> T get(Future<T> future) throws Exception {
    return future.get(30, TimeUnit.SECONDS);
  }

  private static Throwable failureOf(Future<?> future) {
    return assertThrows(ExecutionException.class, () -> get(future)).getCause();
  }

  /** A source that blocks until interrupted (or the test ends), and says whether it was interrupted. */
  private final class Slow {
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch interrupted = new CountDownLatch(1);
    final AtomicInteger calls = new AtomicInteger();

    String call() {
      calls.incrementAndGet();
      started.countDown();
      try {
        never.await();
        return "slow";
      } catch (InterruptedException e) {
        interrupted.countDown();
        return "interrupted";
      }
    }

    void assertInterrupted() throws InterruptedException {
      assertTrue(interrupted.await(30, TimeUnit.SECONDS), "the loser was interrupted");
    }
  }

  @Test
  void theFirstSuccessWinsAndTheLoserIsInterrupted() throws Exception {
    Slow primary = new Slow();
    CompletableFuture<String> result = race(settings())
        .value(primary::call)
        .value(() -> {
          primary.started.await(); // answer while the other one runs
          return "mirror";
        })
        .start();
    assertEquals("mirror", get(result));
    primary.assertInterrupted();
  }

  @Test
  void aFastFailureDoesNotWin() throws Exception {
    CountDownLatch failed = new CountDownLatch(1);
    CompletableFuture<String> result = race(settings())
        .value(() -> {
          failed.countDown();
          throw new IOException("primary down");
        })
        .value(() -> {
          failed.await(); // answer only after the other one failed
          return "mirror";
        })
        .start();
    assertEquals("mirror", get(result));
  }

  @Test
  void whenEverySourceFailsOneExceptionCarriesThemAllInSourceOrder() throws Exception {
    IOException primary = new IOException("primary down");
    IllegalStateException mirror = new IllegalStateException("mirror down");
    CountDownLatch primaryFailed = new CountDownLatch(1);
    CompletableFuture<String> result = race(settings())
        .value(() -> {
          primaryFailed.await(); // fail second, to show the order is the sources' order
          throw primary;
        })
        .value(() -> {
          primaryFailed.countDown();
          throw mirror;
        })
        .start();
    RaceFailedException all = assertInstanceOf(RaceFailedException.class, failureOf(result));
    assertArrayEquals(new Throwable[] {primary, mirror}, all.getSuppressed());
    assertEquals("Quotes.quote: all 2 sources failed (primary: IOException, mirror: IllegalStateException)",
        all.getMessage());
  }

  @Test
  void sourcesMayReturnStagesAndALosingStageIsCancelled() throws Exception {
    CompletableFuture<String> primaryStage = new CompletableFuture<>();
    CompletableFuture<String> mirrorStage = new CompletableFuture<>();
    CountDownLatch bothCalled = new CountDownLatch(2);
    CompletableFuture<String> result = race(settings())
        .stage(() -> {
          bothCalled.countDown();
          return primaryStage;
        })
        .stage(() -> {
          bothCalled.countDown();
          return mirrorStage;
        })
        .start();
    assertTrue(bothCalled.await(30, TimeUnit.SECONDS));
    mirrorStage.completeExceptionally(new IOException("a failed stage does not win either"));
    assertFalse(result.isDone());
    primaryStage.complete("primary");
    assertEquals("primary", get(result));
  }

  @Test
  void aStageThatALoserReturnsAfterTheRaceEndedIsCancelled() throws Exception {
    CompletableFuture<String> pending = new CompletableFuture<>();
    CompletableFuture<Void> raceOver = new CompletableFuture<>();
    CountDownLatch called = new CountDownLatch(1);
    CompletableFuture<String> result = race(settings())
        .stage(() -> {
          called.countDown();
          raceOver.join(); // deaf to the interrupt: returns its stage only after the race was decided
          return pending;
        })
        .value(() -> {
          called.await();
          return "mirror";
        })
        .start();
    assertEquals("mirror", get(result));
    raceOver.complete(null);
    assertThrows(CancellationException.class, () -> pending.get(30, TimeUnit.SECONDS));
  }

  @Test
  void aPendingStageOfALoserIsCancelled() throws Exception {
    CompletableFuture<String> pending = new CompletableFuture<>();
    CountDownLatch called = new CountDownLatch(1);
    CompletableFuture<String> result = race(settings())
        .stage(() -> {
          called.countDown();
          return pending;
        })
        .value(() -> {
          called.await();
          return "mirror";
        })
        .start();
    assertEquals("mirror", get(result));
    assertThrows(CancellationException.class, () -> pending.get(30, TimeUnit.SECONDS));
  }

  @Test
  void hedgingStartsTheSecondSourceOnlyAfterTheDelay() throws Exception {
    Slow primary = new Slow();
    AtomicInteger mirrorCalls = new AtomicInteger();
    CompletableFuture<String> result = race(settings().hedgeAfter(50, TimeUnit.MILLISECONDS))
        .value(primary::call)
        .value(() -> {
          mirrorCalls.incrementAndGet();
          return "mirror";
        })
        .start();
    assertTrue(primary.started.await(30, TimeUnit.SECONDS));
    assertEquals(1, scheduler.pending().size(), "one hedge is due");
    assertEquals(HEDGE, scheduler.pending().get(0).delayNanos());
    assertEquals(0, mirrorCalls.get(), "the second source waits for the delay");
    assertFalse(result.isDone());

    scheduler.fire(HEDGE); // 50 ms without an answer
    assertEquals("mirror", get(result));
    assertEquals(1, mirrorCalls.get());
    primary.assertInterrupted();
  }

  @Test
  void aHedgedRaceWhoseFirstSourceAnswersNeverStartsTheSecond() throws Exception {
    AtomicInteger mirrorCalls = new AtomicInteger();
    CompletableFuture<String> result = race(settings().hedgeAfter(50, TimeUnit.MILLISECONDS))
        .value(() -> "primary")
        .value(() -> {
          mirrorCalls.incrementAndGet();
          return "mirror";
        })
        .start();
    assertEquals("primary", get(result));
    assertTrue(scheduler.pending().isEmpty(), "the hedge was cancelled");
    assertEquals(0, mirrorCalls.get());
  }

  @Test
  void aHedgedRaceStartsTheNextSourceAtOnceWhenOneFails() throws Exception {
    CompletableFuture<String> result = race(settings().hedgeAfter(50, TimeUnit.MILLISECONDS))
        .value(() -> {
          throw new IOException("primary down");
        })
        .value(() -> "mirror")
        .start();
    assertEquals("mirror", get(result), "no hedge had to fire");
  }

  @Test
  void theTimeoutFailsTheRaceAndCancelsEverySource() throws Exception {
    Slow primary = new Slow();
    Slow mirror = new Slow();
    CompletableFuture<String> result = race(settings().timeout(2, TimeUnit.SECONDS))
        .value(primary::call)
        .value(mirror::call)
        .start();
    assertTrue(primary.started.await(30, TimeUnit.SECONDS));
    assertTrue(mirror.started.await(30, TimeUnit.SECONDS));
    scheduler.fire(TIMEOUT);
    TimeoutException timeout = assertInstanceOf(TimeoutException.class, failureOf(result));
    assertEquals("Quotes.quote: no source succeeded within 2000 ms", timeout.getMessage());
    primary.assertInterrupted();
    mirror.assertInterrupted();
  }

  @Test
  void theTimeoutOfAHedgedRaceAlsoStopsTheHedges() throws Exception {
    Slow primary = new Slow();
    Slow mirror = new Slow();
    CompletableFuture<String> result = race(settings().hedgeAfter(50, TimeUnit.MILLISECONDS)
        .timeout(2, TimeUnit.SECONDS)).value(primary::call).value(mirror::call).start();
    assertTrue(primary.started.await(30, TimeUnit.SECONDS));
    scheduler.fire(TIMEOUT);
    assertInstanceOf(TimeoutException.class, failureOf(result));
    assertTrue(scheduler.pending().isEmpty(), "the hedge was cancelled");
    assertEquals(0, mirror.calls.get());
    primary.assertInterrupted();
  }

  @Test
  void theCallerCancellingTheRaceStopsTheSources() throws Exception {
    Slow primary = new Slow();
    Slow mirror = new Slow();
    CompletableFuture<String> result = race(settings()).value(primary::call).value(mirror::call).start();
    assertTrue(primary.started.await(30, TimeUnit.SECONDS));
    assertTrue(mirror.started.await(30, TimeUnit.SECONDS));
    assertTrue(result.cancel(true));
    primary.assertInterrupted();
    mirror.assertInterrupted();
  }

  @Test
  void aSourceThePoolRefusesCountsAsFailed() throws Exception {
    TaskPool full = new TaskPool("race-full", PoolSpec.fixed(1).withQueue(1, Overflow.REJECT));
    CountDownLatch release = new CountDownLatch(1);
    try {
      CountDownLatch running = new CountDownLatch(1);
      full.execute("blocker", () -> {
        running.countDown();
        release.await();
      });
      assertTrue(running.await(30, TimeUnit.SECONDS));
      IOException queuedFailure = new IOException("queued, then failed");
      CompletableFuture<String> result = new Race<String>(settings(), full, scheduler)
          .value(() -> {
            throw queuedFailure;
          })
          .value(() -> "refused: the queue's one place is taken")
          .start();
      assertFalse(result.isDone(), "the queued source has not run yet");
      release.countDown();
      RaceFailedException all = assertInstanceOf(RaceFailedException.class, failureOf(result));
      assertSame(queuedFailure, all.getSuppressed()[0]);
      assertInstanceOf(RejectedExecutionException.class, all.getSuppressed()[1]);
    } finally {
      release.countDown();
      full.shutdown();
    }
  }

  @Test
  void interruptsNeverLeakIntoTheNextTaskOnTheSameThread() throws Exception {
    TaskPool single = new TaskPool("race-single", PoolSpec.fixed(1));
    try {
      for (int i = 0; i < 200; i++) {
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<String> result = new Race<String>(settings(), single, scheduler)
            .value(() -> {
              started.countDown();
              Thread.sleep(TimeUnit.SECONDS.toMillis(30));
              return "slow";
            })
            .value(() -> "never runs first")
            .start();
        assertTrue(started.await(30, TimeUnit.SECONDS));
        result.complete("decided elsewhere");
        Boolean interruptedLater = single.submit(() -> CompletableFuture.completedFuture(
            Thread.currentThread().isInterrupted())).get(30, TimeUnit.SECONDS);
        assertFalse(interruptedLater, "round " + i);
      }
    } finally {
      single.shutdown();
    }
  }

  @Test
  void aRaceNeedsExactlyItsSources() {
    assertThrows(IllegalStateException.class, () -> race(settings()).value(() -> "one").start());
    assertThrows(IllegalStateException.class,
        () -> race(settings()).value(() -> "a").value(() -> "b").value(() -> "c"));
    assertThrows(IllegalArgumentException.class, () -> RaceSettings.of("Quotes.quote", "only"));
    assertThrows(IllegalArgumentException.class,
        () -> settings().timeout(50, TimeUnit.MILLISECONDS).hedgeAfter(50, TimeUnit.MILLISECONDS));
  }

  @Test
  void theWinnerIsTheValueItself() throws Exception {
    Object quote = new Object();
    CompletableFuture<Object> result = new Race<Object>(settings(), pool, scheduler)
        .value(() -> quote)
        .value(() -> {
          never.await();
          return "late";
        })
        .start();
    assertSame(quote, get(result));
  }
}
