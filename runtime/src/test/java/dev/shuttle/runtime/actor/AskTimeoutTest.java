package dev.shuttle.runtime.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.runtime.testing.FakeScheduler;
import dev.shuttle.runtime.testing.ManualExecutor;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * An ask that waits at most a given time for its reply: the caller's future fails with
 * {@code TimeoutException}, and the message, once accepted, is still handled. Time is a
 * {@link FakeScheduler} the test fires, so nothing here depends on the clock.
 */
class AskTimeoutTest {
  private static final long WAIT = 5_000_000;

  private final ManualExecutor executor = new ManualExecutor();
  private final FakeScheduler timers = new FakeScheduler();
  private final CounterActor actor = new CounterActor(CounterActor.unbounded(), executor, 1) {
    @Override
    FakeScheduler clock() {
      return timers;
    }
  };

  @Test
  void aLateReplyFailsTheCallerButTheMessageIsStillHandled() {
    CompletableFuture<Long> reply = actor.echoWithin(7, WAIT);
    timers.fire(WAIT); // the actor has not run yet

    TimeoutException late = assertInstanceOf(TimeoutException.class, failureOf(reply));
    assertTrue(late.getMessage().contains("Counter") && late.getMessage().contains("PT0.005S"), late.getMessage());
    executor.runAll();
    assertEquals(1, actor.echoed, "the accepted message was handled");
    assertInstanceOf(TimeoutException.class, failureOf(reply), "and its late reply went nowhere");
  }

  @Test
  void aReplyInTimeCancelsItsTimer() throws Exception {
    CompletableFuture<Long> reply = actor.echoWithin(7, WAIT);
    assertEquals(1, timers.pending().size());
    executor.runAll();

    assertEquals(7L, reply.get());
    assertEquals(0, timers.pending().size(), "nothing left waiting on the timer thread");
  }

  @Test
  void aRefusedAskFailsAtOnceWithNoTimer() {
    actor.stop();
    executor.runAll();
    CompletableFuture<Long> reply = actor.echoWithin(7, WAIT);

    assertInstanceOf(ActorStoppedException.class, failureOf(reply));
    assertEquals(0, timers.pending().size());
  }

  @Test
  void noTimeoutSchedulesNothing() {
    actor.echoWithin(7, ActorCell.NO_TIMEOUT);
    assertEquals(0, timers.pending().size());
  }

  private static Throwable failureOf(CompletableFuture<?> future) {
    try {
      future.getNow(null);
      throw new AssertionError("not failed: " + future);
    } catch (CompletionException e) {
      return e.getCause();
    }
  }
}
