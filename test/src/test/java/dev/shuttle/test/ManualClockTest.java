package dev.shuttle.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60) // a bound on a hang, not a timing claim
class ManualClockTest {
  private final ManualClock clock = new ManualClock();
  private final List<String> ran = new ArrayList<>();

  @Test
  void advanceRunsWhatComesDueInOrderEachAtItsOwnTime() {
    clock.schedule(() -> ran.add("b@" + clock.now().toMillis()), TimeUnit.MILLISECONDS.toNanos(20));
    clock.schedule(() -> ran.add("a@" + clock.now().toMillis()), TimeUnit.MILLISECONDS.toNanos(10));
    clock.schedule(() -> ran.add("c@" + clock.now().toMillis()), TimeUnit.MILLISECONDS.toNanos(30));
    clock.advance(Duration.ofMillis(25));
    assertEquals(List.of("a@10", "b@20"), ran);
    assertEquals(Duration.ofMillis(25), clock.now());
    assertEquals(List.of(Duration.ofMillis(5)), clock.pendingDelays());
  }

  @Test
  void actionsDueAtOnceRunInTheOrderTheyWereScheduledAndMayScheduleMore() {
    clock.schedule(() -> {
      ran.add("first");
      clock.schedule(() -> ran.add("scheduled by first, due on the way"), TimeUnit.MILLISECONDS.toNanos(5));
    }, 0);
    clock.schedule(() -> ran.add("second"), 0);
    clock.advance(Duration.ofMillis(5));
    assertEquals(List.of("first", "second", "scheduled by first, due on the way"), ran);
  }

  @Test
  void aCancelledActionNeverRunsAndIsNotPending() {
    Future<?> cancelled = clock.schedule(() -> ran.add("cancelled"), 10);
    clock.schedule(() -> ran.add("kept"), 20);
    assertTrue(cancelled.cancel(false));
    assertEquals(1, clock.pendingTimers());
    clock.advance(Duration.ofNanos(20));
    assertEquals(List.of("kept"), ran);
    assertEquals(0, clock.pendingTimers());
  }

  @Test
  void advanceToNextTimerMovesExactlyToIt() {
    assertEquals(Optional.empty(), clock.nextTimer());
    assertThrows(IllegalStateException.class, clock::advanceToNextTimer);
    clock.schedule(() -> ran.add("due"), TimeUnit.SECONDS.toNanos(3));
    assertEquals(Duration.ofSeconds(3), clock.advanceToNextTimer());
    assertEquals(List.of("due"), ran);
    assertEquals(TimeUnit.SECONDS.toNanos(3), clock.nanoTime());
  }

  @Test
  void timeOnlyMovesForward() {
    assertThrows(IllegalArgumentException.class, () -> clock.advance(Duration.ofNanos(-1)));
    clock.advance(0, TimeUnit.SECONDS);
    assertEquals(Duration.ZERO, clock.now());
  }

  @Test
  void aFailingActionFailsTheAdvance() {
    IllegalArgumentException thrown = new IllegalArgumentException("broken timer");
    clock.schedule(() -> {
      throw thrown;
    }, 1);
    IllegalStateException failed = assertThrows(IllegalStateException.class, () -> clock.advance(Duration.ofNanos(1)));
    assertSame(thrown, failed.getCause());
  }

  @Test
  void aTimerThatReschedulesItselfWithNoDelayIsStopped() {
    Runnable[] forever = new Runnable[1];
    forever[0] = () -> clock.schedule(forever[0], 0);
    clock.schedule(forever[0], 0);
    assertThrows(IllegalStateException.class, () -> clock.advance(Duration.ZERO));
  }

  @Test
  void aSleeperWakesWhenTheTestAdvancesPastItsTime() throws Exception {
    CompletableFuture<Void> sleeper = CompletableFuture.runAsync(() -> {
      try {
        clock.sleepNanos(TimeUnit.SECONDS.toNanos(10));
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    clock.awaitTimers(1);
    clock.advance(Duration.ofSeconds(9));
    assertFalse(sleeper.isDone());
    clock.advance(Duration.ofSeconds(1));
    sleeper.get(30, TimeUnit.SECONDS);
  }

  @Test
  void anInterruptedSleeperThrowsAndLeavesNoTimer() throws Exception {
    CompletableFuture<Boolean> interrupted = new CompletableFuture<>();
    Thread sleeper = new Thread(() -> {
      try {
        clock.sleepNanos(TimeUnit.HOURS.toNanos(1));
        interrupted.complete(false);
      } catch (InterruptedException expected) {
        interrupted.complete(!Thread.currentThread().isInterrupted());
      }
    });
    sleeper.start();
    clock.awaitTimers(1);
    sleeper.interrupt();
    assertTrue(interrupted.get(30, TimeUnit.SECONDS), "thrown, with the flag cleared as Thread.sleep does");
    sleeper.join();
    assertEquals(0, clock.pendingTimers());
  }

  @Test
  void awaitTimersFailsWhenNoWaitStarts() {
    AssertionError none = assertThrows(AssertionError.class, () -> clock.awaitTimers(1, Duration.ofMillis(1)));
    assertTrue(none.getMessage().contains("0 are pending"), none.getMessage());
  }

  @Test
  void aSleepOfNothingReturnsAtOnce() throws InterruptedException {
    clock.sleepNanos(0);
    assertEquals(0, clock.pendingTimers());
  }

  @Test
  void aFailureStopsTheClockAtTheFailingActionsTime() {
    clock.schedule(() -> {
      throw new IllegalStateException("first");
    }, 1);
    clock.schedule(() -> ran.add("after"), 2);
    assertThrows(IllegalStateException.class, () -> clock.advance(Duration.ofNanos(5)));
    assertEquals(Duration.ofNanos(1), clock.now());
    assertEquals(List.of(), ran, "what comes after a failure waits for the next advance");
    clock.advance(Duration.ofNanos(1));
    assertEquals(List.of("after"), ran);
  }

  @Test
  void aTimersFutureIsDoneOnceItRan() throws Exception {
    Future<?> timer = clock.schedule(() -> ran.add("ran"), 1);
    assertFalse(timer.isDone());
    clock.advance(Duration.ofNanos(1));
    assertTrue(timer.isDone());
    assertEquals(null, timer.get());
    assertFalse(timer.cancel(false), "too late to cancel");
  }
}
