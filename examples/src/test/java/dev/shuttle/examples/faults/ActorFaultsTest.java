package dev.shuttle.examples.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.runtime.actor.ActorStats;
import dev.shuttle.runtime.actor.ActorStoppedException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A fault in an actor's handler reaches the asker or the failure handler, and the actor goes on. */
class ActorFaultsTest {
  private static final Duration BOUND = Duration.ofSeconds(60);
  private static final long WAIT = 30;

  @ParameterizedTest
  @EnumSource(Fault.class)
  void anAsksFaultFailsItsFutureUnchangedAndTheActorGoesOn(Fault fault) {
    FaultyActors.Worker worker = new FaultyActors.Worker();
    FaultyActors_WorkerActor actor = FaultyActors_WorkerActor.spawn(worker);
    assertTimeoutPreemptively(BOUND, () -> {
      for (int i = 0; i < 3; i++) { // more than the mailbox holds: each failed message gave its room back
        Thrown.assertFailsUnchanged(worker.thrown, actor.fail(fault));
      }
      assertFalse(actor.interrupted().get(WAIT, TimeUnit.SECONDS), "no interrupt is left for the next message");
      actor.stop().get(WAIT, TimeUnit.SECONDS);
      assertStats(actor.stats(), 4, 3);
      assertEquals(List.of(), worker.failures, "an ask's failure is its caller's, not the handler's");
    });
  }

  @ParameterizedTest
  @EnumSource(Fault.class)
  void aTellsFaultGoesToOnFailureUnchangedAndTheActorGoesOn(Fault fault) {
    FaultyActors.Worker worker = new FaultyActors.Worker();
    FaultyActors_WorkerActor actor = FaultyActors_WorkerActor.spawn(worker);
    assertTimeoutPreemptively(BOUND, () -> {
      for (int i = 0; i < 3; i++) {
        actor.failQuietly(fault);
      }
      List<Throwable> failures = actor.failures().get(WAIT, TimeUnit.SECONDS);
      assertEquals(3, failures.size());
      assertSame(worker.thrown.get(), failures.get(2));
      assertFalse(actor.interrupted().get(WAIT, TimeUnit.SECONDS), "no interrupt is left for the next message");
      actor.stop().get(WAIT, TimeUnit.SECONDS);
      assertStats(actor.stats(), 5, 3);
    });
  }

  @ParameterizedTest
  @EnumSource(Fault.class)
  void aFailureHandlerThatFailsTooIsLoggedAndTheActorGoesOn(Fault fault) {
    assertAFailingFailureHandlerIsLogged(fault, false);
  }

  @ParameterizedTest
  @EnumSource(Fault.class)
  void aFailureHandlerThatRethrowsItsFailureIsLoggedAndTheActorGoesOn(Fault fault) {
    assertAFailingFailureHandlerIsLogged(fault, true);
  }

  private static void assertAFailingFailureHandlerIsLogged(Fault fault, boolean rethrow) {
    FaultyActors.Clumsy clumsy = new FaultyActors.Clumsy();
    clumsy.rethrow = rethrow;
    FaultyActors_ClumsyActor actor = FaultyActors_ClumsyActor.spawn(clumsy);
    assertTimeoutPreemptively(BOUND, () -> {
      try (CapturedLog log = CapturedLog.of("dev.shuttle.actor")) {
        actor.failQuietly(fault);
        assertTrue(actor.alive().get(WAIT, TimeUnit.SECONDS));
        actor.stop().get(WAIT, TimeUnit.SECONDS);
        assertEquals(List.of(clumsy.thrownByHandler.get()), log.thrown());
      }
      assertStats(actor.stats(), 2, 1);
    });
  }

  /** {@code onFailure = STOP} stops at the fault, whatever it is; what was queued behind it is refused loudly. */
  @ParameterizedTest
  @EnumSource(Fault.class)
  void aStoppingActorStopsAtTheFaultAndRefusesWhatFollows(Fault fault) {
    FaultyActors.Fragile fragile = new FaultyActors.Fragile();
    FaultyActors_FragileActor actor = FaultyActors_FragileActor.spawn(fragile);
    assertTimeoutPreemptively(BOUND, () -> {
      actor.failQuietly(fault);
      boolean refusedAtOnce = Thrown.byOrNull(actor::pass) instanceof ActorStoppedException;
      assertInstanceOf(ActorStoppedException.class, Thrown.failureOf(actor.answer()));
      actor.termination().get(WAIT, TimeUnit.SECONDS);
      assertSame(fragile.thrown.get(), fragile.failures.get(0));
      // The tell behind the fault was refused to its sender, or reported as a dead letter: never dropped.
      assertEquals(refusedAtOnce ? 1 : 2, fragile.failures.size());
      assertEquals(refusedAtOnce ? 0 : 1, actor.stats().deadLetters());
    });
  }

  /** An interrupt from outside reaches the handler running then, and it alone. */
  @Test
  void anInterruptFromOutsideFailsTheRunningAskAndNotTheNextMessage() {
    FaultyActors_WorkerActor actor = FaultyActors_WorkerActor.spawn(new FaultyActors.Worker());
    Blocker blocker = new Blocker();
    assertTimeoutPreemptively(BOUND, () -> {
      var held = actor.hold(blocker);
      blocker.interruptWorker();
      assertInstanceOf(InterruptedException.class, Thrown.failureOf(held));
      assertFalse(actor.interrupted().get(WAIT, TimeUnit.SECONDS));
      actor.stop().get(WAIT, TimeUnit.SECONDS);
    });
  }

  /** A handler that cannot stop keeps the interrupt for itself: the next message starts without it. */
  @Test
  void anInterruptAHandlerKeptIsNotLeftForTheNextMessage() {
    FaultyActors_WorkerActor actor = FaultyActors_WorkerActor.spawn(new FaultyActors.Worker());
    Blocker blocker = new Blocker();
    assertTimeoutPreemptively(BOUND, () -> {
      actor.holdThroughInterrupt(blocker);
      var next = actor.interrupted(); // queued behind the held message: handled in the same turn, on the same thread
      blocker.interruptWorker();
      blocker.releaseOnceNoticed();
      assertFalse(next.get(WAIT, TimeUnit.SECONDS), "the next message started with the interrupt flag set");
      actor.stop().get(WAIT, TimeUnit.SECONDS);
    });
  }

  private static void assertStats(ActorStats stats, long processed, long failed) {
    assertEquals(processed, stats.processed());
    assertEquals(failed, stats.failed());
    assertEquals(0, stats.mailboxSize());
    assertEquals(0, stats.deadLetters());
    assertTrue(stats.stopped());
  }
}
