package dev.shuttle.runtime.actor;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.runtime.testing.FakeScheduler;
import dev.shuttle.runtime.testing.ManualExecutor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Timers that deliver a message to their actor ({@link Actors#startTimer}): time is a
 * {@link FakeScheduler} the test fires and the actor runs on a {@link ManualExecutor}, so every
 * case is deterministic.
 */
class ActorTimersTest {
  private static final Duration SECOND = Duration.ofSeconds(1);
  private static final long SECOND_NANOS = SECOND.toNanos();
  private static final Duration MINUTE = Duration.ofMinutes(1);

  private final ManualExecutor executor = new ManualExecutor();
  private final FakeScheduler clock = new FakeScheduler();
  private final List<String> ran = new ArrayList<>();
  private final TurnActor actor = new TurnActor(ActorSettings.of("Timed"), executor) {
    @Override
    FakeScheduler clock() {
      return clock;
    }
  };

  /** Runs {@code action} as the actor's next message, now. */
  private void inTurn(Runnable action) {
    actor.run(action);
    executor.runAll();
  }

  private Runnable record(String name) {
    return () -> {
      actor.enter();
      ran.add(name);
      actor.exit();
    };
  }

  @Test
  void aTimerRunsOnceAsAMessageOfItsActor() {
    inTurn(() -> Actors.startTimer("reminder", SECOND, record("reminder")));
    assertEquals(List.of(), ran, "nothing before the time comes");

    clock.fire(SECOND_NANOS);
    assertEquals(List.of(), ran, "the timer thread only queues the message");
    executor.runAll();

    assertEquals(List.of("reminder"), ran);
    assertEquals(0, actor.violations(), "it ran in the actor's turn, alone");
    AtomicBoolean active = new AtomicBoolean(true);
    inTurn(() -> active.set(Actors.isTimerActive("reminder")));
    assertFalse(active.get());
    assertEquals(List.of(), clock.pending());
  }

  @Test
  void aReplacedTimerNeverRuns() {
    inTurn(() -> Actors.startTimer("k", SECOND, record("replaced")));
    inTurn(() -> Actors.startTimer("k", MINUTE, record("replacement")));
    assertEquals(1, clock.pending().size(), "the replaced timer left the timer thread");

    clock.fire(MINUTE.toNanos());
    executor.runAll();
    assertEquals(List.of("replacement"), ran);
  }

  @Test
  void aTimerReplacedAfterItFiredButBeforeItsTurnDoesNotRun() {
    inTurn(() -> Actors.startTimer("k", SECOND, record("old")));
    actor.run(() -> Actors.startTimer("k", MINUTE, record("new"))); // queued first
    clock.fire(SECOND_NANOS); // old's tick queued behind the replacement
    executor.runAll();

    assertEquals(List.of(), ran, "old's tick found it replaced");
    assertEquals(1, clock.pending().size());
  }

  @Test
  void timersUnderDifferentKeysAreIndependentWhicheverStartedFirst() {
    inTurn(() -> {
      Actors.startTimer("a", SECOND, record("a"));
      Actors.startTimer("b", SECOND, record("b"));
      Actors.startTimer("c", MINUTE, record("c"));
    });
    inTurn(() -> Actors.cancelTimer("a")); // the first key goes; the later ones stay
    inTurn(() -> Actors.startTimer("b", MINUTE, record("b again")));
    AtomicBoolean[] active = {new AtomicBoolean(), new AtomicBoolean(), new AtomicBoolean()};
    inTurn(() -> {
      active[0].set(Actors.isTimerActive("a"));
      active[1].set(Actors.isTimerActive("b"));
      active[2].set(Actors.isTimerActive("c"));
    });
    assertFalse(active[0].get());
    assertTrue(active[1].get());
    assertTrue(active[2].get());

    clock.fire(MINUTE.toNanos()); // c, started first
    clock.fire(MINUTE.toNanos()); // b again
    executor.runAll();
    assertEquals(List.of("b again", "c"), ran.stream().sorted().toList());
    inTurn(() -> Actors.startTimer("d", SECOND, record("d"))); // after every key has gone
    clock.fire(SECOND_NANOS);
    executor.runAll();
    assertEquals(List.of("b again", "c", "d"), ran.stream().sorted().toList());
    assertEquals(List.of(), clock.pending());
  }

  @Test
  void aCancelledTimerNeverRuns() {
    inTurn(() -> Actors.startTimer("k", SECOND, record("cancelled")));
    inTurn(() -> Actors.cancelTimer("k"));

    assertEquals(List.of(), clock.pending(), "it left the timer thread");
    assertEquals(List.of(), ran);
  }

  @Test
  void aCancelQueuedAheadOfAFiredTickWins() {
    inTurn(() -> Actors.startTimer("k", SECOND, record("late")));
    actor.run(() -> Actors.cancelTimer("k"));
    clock.fire(SECOND_NANOS); // too late: the cancel is ahead of it
    executor.runAll();

    assertEquals(List.of(), ran);
  }

  @Test
  void aPeriodicTimerRunsAgainAnIntervalAfterEachRunUntilCancelled() {
    inTurn(() -> Actors.startPeriodicTimer("tick", SECOND, record("tick")));
    for (int i = 0; i < 3; i++) {
      clock.fire(SECOND_NANOS);
      executor.runAll();
    }
    assertEquals(List.of("tick", "tick", "tick"), ran);
    assertEquals(1, clock.pending().size(), "one next tick waiting, never more");

    inTurn(() -> Actors.cancelTimer("tick"));
    assertEquals(List.of(), clock.pending());
  }

  @Test
  void timersDieWithTheActor() throws Exception {
    inTurn(() -> {
      Actors.startPeriodicTimer("tick", SECOND, record("tick"));
      Actors.startTimer("once", MINUTE, record("once"));
    });
    CompletableFuture<Void> stopped = actor.stop();
    executor.runAll();
    stopped.get(1, SECONDS);

    assertEquals(List.of(), clock.pending(), "both left the timer thread");
    assertEquals(List.of(), ran);
    assertEquals(0, actor.stats().deadLetters(), "a timer is no accepted work: nothing lost");
  }

  @Test
  void aTickThatFiresWhileTheActorStopsIsDroppedQuietly() throws Exception {
    inTurn(() -> Actors.startTimer("k", SECOND, record("k")));
    CompletableFuture<Void> stopped = actor.stop();
    clock.fire(SECOND_NANOS); // fires after the stop signal: refused
    executor.runAll();
    stopped.get(1, SECONDS);

    assertEquals(List.of(), ran);
    assertEquals(0, actor.stats().deadLetters());
  }

  @Test
  void onTheSharedTimerThreadAPeriodicTimerKeepsTicking() throws Exception {
    TurnActor real = new TurnActor(ActorSettings.of("Ticking"), Actors.defaultExecutor());
    CountDownLatch fiveTicks = new CountDownLatch(5);
    real.run(() -> Actors.startPeriodicTimer("tick", Duration.ofMillis(1), () -> {
      real.enter();
      real.total++;
      real.exit();
      fiveTicks.countDown();
    }));
    assertTrue(fiveTicks.await(30, SECONDS), "ticks kept coming");
    real.run(() -> Actors.cancelTimer("tick"));
    real.stop().get(30, SECONDS);

    assertTrue(real.total >= 5);
    assertEquals(0, real.violations(), "each tick ran in the actor's turn, alone");
  }

  @Test
  void timersAreForAnActorsOwnTurnAndTakeSaneDurations() {
    assertThrows(IllegalStateException.class, () -> Actors.startTimer("k", SECOND, () -> {}));
    assertThrows(IllegalStateException.class, () -> Actors.cancelTimer("k"));
    List<Throwable> refused = new ArrayList<>();
    inTurn(() -> {
      for (Runnable bad : List.<Runnable>of(
          () -> Actors.startTimer("k", Duration.ofNanos(-1), () -> {}),
          () -> Actors.startPeriodicTimer("k", Duration.ZERO, () -> {}),
          () -> Actors.startTimer(null, SECOND, () -> {}))) {
        try {
          bad.run();
        } catch (RuntimeException e) {
          refused.add(e);
        }
      }
    });
    assertEquals(3, refused.size());
    assertTrue(refused.get(0) instanceof IllegalArgumentException);
    assertTrue(refused.get(1) instanceof IllegalArgumentException);
    assertTrue(refused.get(2) instanceof NullPointerException);
    assertEquals(List.of(), clock.pending(), "nothing half-started");
  }
}
