package dev.shuttle.runtime.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.FailurePolicy;
import dev.shuttle.Overflow;
import dev.shuttle.runtime.testing.ManualExecutor;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

/** {@link ActorCell#stats()} after deterministic sequences on a {@link ManualExecutor}. */
class ActorStatsTest {
  private final ManualExecutor executor = new ManualExecutor();
  private final IllegalStateException boom = new IllegalStateException("boom");

  @Test
  void countsWhatWasQueuedHandledAndFailed() {
    CounterActor actor = new CounterActor(CounterActor.settings(0, Overflow.BLOCK, FailurePolicy.RESUME, 2), executor, 1);
    assertEquals(new ActorStats("Counter", 0, 0, 0, 0, false), actor.stats());

    actor.count(0, 1);
    actor.count(0, 2);
    actor.fail(boom);
    CompletableFuture<Long> failedAsk = actor.failAsk(boom);
    actor.count(0, 3);
    assertEquals(new ActorStats("Counter", 5, 0, 0, 0, false), actor.stats());

    executor.runNext(); // throughput 2
    assertEquals(new ActorStats("Counter", 3, 2, 0, 0, false), actor.stats());

    executor.runNext();
    assertEquals(new ActorStats("Counter", 1, 4, 2, 0, false), actor.stats(), "failed handlers count as processed too");

    executor.runNext();
    assertEquals(new ActorStats("Counter", 0, 5, 2, 0, false), actor.stats());
    assertTrue(failedAsk.isCompletedExceptionally());

    actor.stop();
    executor.runAll();
    assertEquals(new ActorStats("Counter", 0, 5, 2, 0, true), actor.stats(), "the stop signal is not a message");
  }

  @Test
  void refusedSendsAreNotCounted() {
    CounterActor actor = new CounterActor(CounterActor.settings(1, Overflow.REJECT, FailurePolicy.RESUME, 0), executor, 1);
    actor.count(0, 1);
    assertThrows(MailboxFullException.class, () -> actor.count(0, 2));
    assertTrue(actor.echo(7).isCompletedExceptionally());
    assertEquals(1, actor.mailboxSize());

    executor.runAll();
    actor.stop();
    executor.runAll();
    assertThrows(ActorStoppedException.class, () -> actor.count(0, 2));
    assertEquals(new ActorStats("Counter", 0, 1, 0, 0, true), actor.stats());
  }

  @Test
  void aTellRefusedByTheExecutorIsNotCountedAsWaiting() {
    CounterActor actor = new CounterActor(CounterActor.unbounded(), executor, 1);

    executor.refuse(true);
    ActorStoppedException refused = assertThrows(ActorStoppedException.class, () -> actor.count(0, 1));
    assertInstanceOf(RejectedExecutionException.class, refused.getCause());
    assertEquals(0, actor.mailboxSize(), "the refused tell is not waiting: its sender was told");
    assertFalse(actor.stats().stopped(), "the actor itself is not stopped");

    executor.refuse(false);
    actor.count(0, 1);
    executor.runAll();
    assertEquals(1, actor.counted, "the refused tell was never handled");
    assertEquals(new ActorStats("Counter", 0, 1, 0, 0, false), actor.stats());
  }
}
