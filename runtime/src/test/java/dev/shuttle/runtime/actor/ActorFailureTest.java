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
import dev.shuttle.runtime.testing.CapturedLog;
import dev.shuttle.runtime.testing.ManualExecutor;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/**
 * What happens when a handler throws: the exception reaches the caller unchanged (an ask) or the
 * failure handler (a tell); then the actor goes on ({@code RESUME}) or stops and refuses
 * everything still queued, loudly ({@code STOP}).
 */
class ActorFailureTest {
  private final ManualExecutor executor = new ManualExecutor();

  private CounterActor actor(FailurePolicy policy) {
    return new CounterActor(CounterActor.settings(0, Overflow.BLOCK, policy, 0), executor, 1);
  }

  @Test
  void anAskWhoseHandlerThrowsFailsWithThatException() {
    CounterActor actor = actor(FailurePolicy.RESUME);
    IllegalStateException boom = new IllegalStateException("boom");

    CompletableFuture<Long> reply = actor.failAsk(boom);
    executor.runAll();

    assertSame(boom, failureOf(reply), "the caller gets the very exception, unwrapped");
    assertEquals(List.of(), actor.failures(), "a failure the caller was told of is not reported again");
  }

  @Test
  void aTellWhoseHandlerThrowsGoesToOnFailureAndTheActorResumes() {
    CounterActor actor = actor(FailurePolicy.RESUME);
    IllegalStateException boom = new IllegalStateException("boom");

    actor.count(0, 1);
    actor.fail(boom);
    actor.count(0, 2);
    CompletableFuture<Long> reply = actor.echo(7);
    executor.runAll();

    assertEquals(List.of(boom), actor.failures());
    assertEquals(2, actor.counted, "messages after the failure are handled");
    assertEquals(7L, reply.getNow(null));
    assertFalse(actor.stats().stopped());
    assertFalse(actor.termination().isDone());
  }

  @Test
  void stopPolicyStopsAndRefusesWhatIsQueued() throws Exception {
    CounterActor actor = actor(FailurePolicy.STOP);
    IllegalStateException boom = new IllegalStateException("boom");

    actor.count(0, 1);
    actor.fail(boom);
    actor.count(0, 2);
    CompletableFuture<Long> queuedAsk = actor.echo(7);
    actor.count(0, 3);
    executor.runAll();

    assertNull(actor.termination().get(30, SECONDS), "the actor terminated normally");
    assertEquals(1, actor.counted, "nothing after the failure is handled");

    Throwable refused = failureOf(queuedAsk);
    assertInstanceOf(ActorStoppedException.class, refused);
    assertSame(boom, refused.getCause());

    List<Throwable> failures = actor.failures();
    assertEquals(3, failures.size(), "the failure, then one report per queued tell: " + failures);
    assertSame(boom, failures.get(0));
    for (Throwable deadLetter : failures.subList(1, 3)) {
      assertInstanceOf(ActorStoppedException.class, deadLetter);
      assertSame(boom, deadLetter.getCause());
    }

    ActorStats stats = actor.stats();
    assertEquals(2, stats.deadLetters());
    assertEquals(2, stats.processed());
    assertEquals(1, stats.failed());
    assertEquals(0, stats.mailboxSize());
    assertTrue(stats.stopped());

    assertThrows(ActorStoppedException.class, () -> actor.count(0, 4));
    assertInstanceOf(ActorStoppedException.class, failureOf(actor.echo(8)));
    assertSame(actor.termination(), actor.stop(), "stop() after a STOP failure is the same termination");
    assertEquals(0, executor.pending(), "a stopped actor is not scheduled again");
  }

  @Test
  void stopPolicyWhileSendersAreSendingAccountsForEveryAcceptedTell() throws Exception {
    int senderCount = 3;
    for (int round = 0; round < 20; round++) {
      // A bounded mailbox keeps the backlog (and so the dead letters) small, and has senders
      // blocked for room when the actor stops: stopping must release them.
      int throughput = round % 2 == 0 ? 1 : 0;
      CounterActor actor = new CounterActor(
          CounterActor.settings(256, Overflow.BLOCK, FailurePolicy.STOP, throughput), Actors.defaultExecutor(), senderCount);
      RacingSenders senders = new RacingSenders(actor, senderCount, "stop-policy-round-" + round);
      IllegalStateException boom = new IllegalStateException("boom in round " + round);

      senders.awaitWarmedUp();
      actor.fail(boom);
      actor.termination().get(30, SECONDS);
      senders.awaitRefused();

      String inRound = "round " + round + ": ";
      ActorStats stats = actor.stats();
      assertEquals(senders.acceptedTells(), actor.counted + stats.deadLetters(),
          inRound + "every accepted tell is handled or a dead letter");
      senders.assertEveryAskAnsweredOrRefused();
      List<Throwable> failures = actor.failures();
      assertSame(boom, failures.get(0), inRound + "the failure is reported first");
      assertEquals(1 + stats.deadLetters(), failures.size(), inRound + "then one report per dead letter");
      assertEquals(1, stats.failed(), inRound);
      assertEquals(0, stats.mailboxSize(), inRound + "refused messages are not waiting");
      assertEquals(0, actor.outOfOrder, inRound);
      assertEquals(0, actor.overlaps(), inRound);
    }
  }

  @Test
  void stopPolicyDoesNotStopOnAFailedAsk() {
    // The caller of an ask was told; only a failure nobody was told of stops the actor.
    CounterActor actor = actor(FailurePolicy.STOP);
    IllegalStateException boom = new IllegalStateException("boom");

    CompletableFuture<Long> failed = actor.failAsk(boom);
    actor.count(0, 1);
    executor.runAll();

    assertSame(boom, failureOf(failed));
    assertEquals(1, actor.counted);
    assertFalse(actor.stats().stopped());
  }

  @Test
  void aFailingFailureHandlerIsLoggedAndTheActorResumes() {
    IllegalStateException boom = new IllegalStateException("boom");
    IllegalArgumentException handlerFailure = new IllegalArgumentException("the handler failed too");
    CounterActor actor =
        new CounterActor(CounterActor.settings(0, Overflow.BLOCK, FailurePolicy.RESUME, 0), executor, 1) {
          @Override
          protected void onFailure(Throwable failure) {
            throw handlerFailure;
          }
        };

    List<LogRecord> logged = captureActorLog(() -> {
      actor.fail(boom);
      actor.count(0, 1);
      executor.runAll();
    });

    assertEquals(1, actor.counted);
    assertEquals(1, actor.stats().failed());
    assertEquals(1, logged.size(), "the handler's own failure is logged");
    assertSame(handlerFailure, logged.get(0).getThrown());
    assertEquals(List.of(boom), List.of(handlerFailure.getSuppressed()), "with the original failure attached");
  }

  /** Rethrowing what it was given is the handler's own failure too: logged once, and the actor goes on. */
  @Test
  void aFailureHandlerThatRethrowsItsFailureIsLoggedAndTheActorResumes() {
    IllegalStateException boom = new IllegalStateException("boom");
    CounterActor actor =
        new CounterActor(CounterActor.settings(0, Overflow.BLOCK, FailurePolicy.RESUME, 0), executor, 1) {
          @Override
          protected void onFailure(Throwable failure) {
            throw (RuntimeException) failure;
          }
        };

    List<LogRecord> logged = captureActorLog(() -> {
      actor.fail(boom);
      actor.count(0, 1);
      executor.runAll();
    });

    assertEquals(1, actor.counted, "the message after the failure was handled");
    assertEquals(1, logged.size());
    assertSame(boom, logged.get(0).getThrown());
    assertEquals(0, boom.getSuppressed().length, "nothing suppressed in itself");
  }

  /** What the actor runtime logged while {@code body} ran, off the console. */
  private static List<LogRecord> captureActorLog(Runnable body) {
    return CapturedLog.capture("dev.shuttle.actor", body::run);
  }

  /** The failure of a future that must already be failed. */
  private static Throwable failureOf(CompletableFuture<?> future) {
    assertTrue(future.isCompletedExceptionally(), "expected a failed future, got " + future);
    return assertThrows(ExecutionException.class, () -> future.get(30, SECONDS)).getCause();
  }
}
