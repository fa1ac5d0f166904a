package dev.shuttle.runtime.actor;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.FailurePolicy;
import dev.shuttle.Overflow;
import dev.shuttle.runtime.testing.ManualExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * {@link Actors#pipeToSelf}: a stage's completion comes back as a message of the actor that asked,
 * one at a time with its other messages, never on the thread that completed the stage.
 */
class PipeToSelfTest {
  private final ManualExecutor executor = new ManualExecutor();

  private TurnActor actor(ActorSettings settings) {
    return new TurnActor(settings, executor);
  }

  @Test
  void theContinuationRunsAsALaterMessageNotOnTheCompletingThread() {
    TurnActor actor = actor(ActorSettings.of("Turn"));
    CompletableFuture<Long> reply = new CompletableFuture<>();
    AtomicReference<Thread> ranOn = new AtomicReference<>();
    actor.run(() -> Actors.pipeToSelf(reply, (value, failure) -> {
      actor.enter();
      actor.total += value;
      ranOn.set(Thread.currentThread());
      actor.exit();
    }));
    executor.runAll();

    Thread completer = new Thread(() -> reply.complete(5L));
    completer.start();
    joinQuietly(completer);
    assertEquals(0, actor.total, "nothing ran on the completing thread");
    assertEquals(1, executor.pending(), "the continuation was queued and the actor scheduled");

    executor.runAll();
    assertEquals(5, actor.total);
    assertSame(Thread.currentThread(), ranOn.get(), "it ran in the actor's turn, on the executor's thread");
    assertEquals(0, actor.violations());
  }

  @Test
  void aFailureArrivesUnwrapped() {
    TurnActor actor = actor(ActorSettings.of("Turn"));
    IllegalStateException boom = new IllegalStateException("boom");
    AtomicReference<Throwable> seen = new AtomicReference<>();
    actor.run(() -> Actors.pipeToSelf(
        CompletableFuture.supplyAsync(() -> { throw boom; }, Runnable::run), (value, failure) -> seen.set(failure)));
    executor.runAll();

    assertSame(boom, seen.get());
  }

  @Test
  void anAlreadyCompletedStageStillWaitsForItsOwnMessage() {
    TurnActor actor = actor(ActorSettings.of("Turn"));
    List<String> order = new ArrayList<>();
    actor.run(() -> {
      Actors.pipeToSelf(CompletableFuture.completedFuture("reply"), (value, failure) -> order.add(value));
      order.add("asked");
    });
    actor.run(() -> order.add("next message"));
    executor.runAll();

    assertEquals(List.of("asked", "next message", "reply"), order, "queued behind what was already there");
  }

  @Test
  void aContinuationThatThrowsFailsLikeATell() {
    List<Throwable> failures = new ArrayList<>();
    TurnActor actor = new TurnActor(ActorSettings.of("Turn"), executor) {
      @Override
      protected void onFailure(Throwable failure) {
        failures.add(failure);
      }
    };
    IllegalArgumentException boom = new IllegalArgumentException("boom");
    actor.run(() -> Actors.pipeToSelf(CompletableFuture.completedFuture(1), (value, failure) -> { throw boom; }));
    executor.runAll();

    assertEquals(List.of(boom), failures);
    assertEquals(1, actor.stats().failed());
  }

  @Test
  void aContinuationTakesNoRoomInAFullMailbox() {
    TurnActor actor = actor(ActorSettings.of("Turn").mailbox(1, Overflow.REJECT));
    CompletableFuture<Integer> reply = new CompletableFuture<>();
    actor.run(() -> Actors.pipeToSelf(reply, (value, failure) -> actor.total += value));
    executor.runAll();
    actor.run(() -> {}); // fills the one slot

    reply.complete(3); // must neither wait nor be refused
    assertThrows(MailboxFullException.class, () -> actor.run(() -> {}), "the slot is still the sender's");
    executor.runAll();

    assertEquals(3, actor.total);
    actor.run(() -> {}); // and the room the handled message took is back, exactly once
    assertThrows(MailboxFullException.class, () -> actor.run(() -> {}));
  }

  @Test
  void aContinuationAfterTheActorStoppedIsADeadLetter() throws Exception {
    TurnActor actor = actor(ActorSettings.of("Turn"));
    CompletableFuture<Integer> reply = new CompletableFuture<>();
    actor.run(() -> Actors.pipeToSelf(reply, (value, failure) -> actor.total += value));
    CompletableFuture<Void> stopped = actor.stop();
    executor.runAll();
    stopped.get(1, SECONDS);

    reply.complete(3);
    executor.runAll();

    assertEquals(0, actor.total);
    assertEquals(1, actor.stats().deadLetters());
  }

  @Test
  void outsideATurnItIsRefused() {
    IllegalStateException refused = assertThrows(IllegalStateException.class,
        () -> Actors.pipeToSelf(CompletableFuture.completedFuture(1), (value, failure) -> {}));
    assertTrue(refused.getMessage().contains("Actors.pipeToSelf"), refused.getMessage());
  }

  @Test
  void manyAsAskingManyBsNeverRunAContinuationOutsideTheirTurn() throws Exception {
    int actors = 8;
    int asksEach = 2_000;
    List<TurnActor> as = new ArrayList<>();
    List<TurnActor> bs = new ArrayList<>();
    for (int i = 0; i < actors; i++) {
      as.add(new TurnActor(ActorSettings.of("A").throughput(3), Actors.defaultExecutor()));
      bs.add(new TurnActor(ActorSettings.of("B").onFailure(FailurePolicy.RESUME), Actors.defaultExecutor()));
    }
    for (int round = 0; round < asksEach; round++) {
      for (int i = 0; i < actors; i++) {
        TurnActor a = as.get(i);
        TurnActor b = bs.get((i + round) % actors);
        a.run(() -> {
          a.enter();
          CompletableFuture<Long> reply = new CompletableFuture<>();
          b.run(() -> reply.complete(1L)); // B replies on B's thread
          Actors.pipeToSelf(reply, (value, failure) -> {
            a.enter();
            a.total += value; // a plain field: safe only inside A's turn
            a.exit();
          });
          a.exit();
        });
      }
    }
    for (TurnActor a : as) {
      awaitTotal(a, asksEach);
    }
    for (TurnActor b : bs) {
      b.stop().get(30, SECONDS);
    }
    for (TurnActor a : as) {
      a.stop().get(30, SECONDS);
      assertEquals(asksEach, a.total, "every reply counted once");
      assertEquals(0, a.violations(), "no continuation ran outside its actor's turn or beside another");
      assertFalse(a.stats().deadLetters() > 0);
    }
  }

  /** The replies arrive after the asks were handled: wait for them, bounded, by asking A itself. */
  private static void awaitTotal(TurnActor a, long expected) throws Exception {
    for (int attempt = 0; attempt < 3_000; attempt++) {
      CompletableFuture<Long> total = new CompletableFuture<>();
      a.run(() -> total.complete(a.total));
      if (total.get(30, SECONDS) == expected) {
        return;
      }
      Thread.sleep(10);
    }
  }

  private static void joinQuietly(Thread thread) {
    try {
      thread.join(30_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
