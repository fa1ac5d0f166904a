package dev.shuttle.runtime.actor;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.FailurePolicy;
import dev.shuttle.Overflow;
import dev.shuttle.runtime.testing.ManualExecutor;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

/**
 * {@link ActorCell#stop()}: every message is either handled or refused to its sender, never both
 * and never neither, even while senders race with the stop.
 */
class ActorStopTest {
  private static final int ROUNDS = 50;
  private static final int SENDERS = 3;

  @Test
  void stopWhileSendersAreSendingHandlesExactlyWhatWasAccepted() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      // One message per turn (the stop signal often lands mid-turn) or the default; an unbounded
      // mailbox, or a small one whose senders block for room while the actor stops.
      int throughput = round % 2 == 0 ? 1 : 0;
      int mailbox = round % 4 < 2 ? 0 : 64;
      stopRound(round, CounterActor.settings(mailbox, Overflow.BLOCK, FailurePolicy.RESUME, throughput));
    }
  }

  private static void stopRound(int round, ActorSettings settings) throws Exception {
    CounterActor actor = new CounterActor(settings, Actors.defaultExecutor(), SENDERS);
    RacingSenders senders = new RacingSenders(actor, SENDERS, "stop-round-" + round);

    senders.awaitWarmedUp();
    CompletableFuture<Void> termination = actor.stop();
    termination.get(30, SECONDS);
    senders.awaitRefused();

    String inRound = "round " + round + ": ";
    assertEquals(senders.acceptedTells(), actor.counted, inRound + "handled tells vs accepted tells");
    senders.assertEveryAskAnsweredOrRefused();
    assertEquals(0, actor.outOfOrder, inRound + "tells handled out of order");
    assertEquals(0, actor.overlaps(), inRound + "handlers ran at once");
    assertEquals(0, actor.stats().mailboxSize(), inRound + "refused messages are not waiting");
    assertSame(termination, actor.stop(), "stop() is idempotent");
  }

  @Test
  void tellsAfterStopThrowAndAsksFail() throws Exception {
    CounterActor actor = new CounterActor(CounterActor.unbounded(), Actors.defaultExecutor(), 1);
    actor.count(0, 1);
    CompletableFuture<Long> before = actor.echo(7);
    CompletableFuture<Void> termination = actor.stop();

    assertThrows(ActorStoppedException.class, () -> actor.count(0, 2));
    CompletableFuture<Long> after = actor.echo(8);
    assertTrue(after.isCompletedExceptionally(), "an ask after stop() is refused at once");
    assertInstanceOf(ActorStoppedException.class, assertThrows(ExecutionException.class, after::get).getCause());

    assertSame(termination, actor.stop());
    assertSame(termination, actor.termination());
    termination.get(30, SECONDS);
    assertEquals(7L, before.get(30, SECONDS), "an ask accepted before stop() is answered");
    assertEquals(1, actor.counted, "a tell accepted before stop() is handled");
    assertTrue(actor.stats().stopped());
    assertThrows(ActorStoppedException.class, () -> actor.count(0, 2));
    assertSame(termination, actor.stop());
  }

  @Test
  void stopDrainsWhatWasQueuedBeforeIt() {
    ManualExecutor executor = new ManualExecutor();
    CounterActor actor = new CounterActor(CounterActor.unbounded(), executor, 1);
    for (int seq = 1; seq <= 5; seq++) {
      actor.count(0, seq);
    }
    CompletableFuture<Long> reply = actor.echo(42);
    CompletableFuture<Void> termination = actor.stop();
    assertFalse(termination.isDone(), "five tells and an ask are still queued");
    assertTrue(actor.stats().stopped(), "no longer accepting");

    executor.runAll();

    assertTrue(termination.isDone());
    assertFalse(termination.isCompletedExceptionally());
    assertEquals(5, actor.counted);
    assertEquals(42L, reply.getNow(null));
    assertEquals(0, executor.pending());
  }

  @Test
  void anExecutorThatRefusesTheNextTurnStopsTheActorLoudly() throws Exception {
    ManualExecutor executor = new ManualExecutor();
    CounterActor actor = new CounterActor(CounterActor.settings(0, Overflow.BLOCK, FailurePolicy.RESUME, 1), executor, 1);
    actor.count(0, 1);
    CompletableFuture<Long> reply = actor.echo(7);
    actor.count(0, 2);

    executor.refuse(true);
    executor.runNext(); // handles one message, then cannot re-submit itself: nobody would run the rest

    assertEquals(1, actor.counted);
    assertNull(actor.termination().get(30, SECONDS));
    Throwable refused = assertThrows(ExecutionException.class, () -> reply.get(30, SECONDS)).getCause();
    assertInstanceOf(ActorStoppedException.class, refused);
    assertInstanceOf(RejectedExecutionException.class, refused.getCause());
    List<Throwable> failures = actor.failures();
    assertEquals(1, failures.size(), "the queued tell is reported: " + failures);
    assertInstanceOf(ActorStoppedException.class, failures.get(0));
    assertEquals(new ActorStats("Counter", 0, 1, 0, 1, true), actor.stats());
  }
}
