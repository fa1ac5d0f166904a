package dev.shuttle.runtime.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shuttle.FailurePolicy;
import dev.shuttle.Overflow;
import dev.shuttle.runtime.testing.ManualExecutor;
import org.junit.jupiter.api.Test;

/**
 * Scheduling on a {@link ManualExecutor}, where each submitted turn is visible: an actor is
 * submitted once when mail arrives, handles at most {@code throughput} messages per turn, and
 * re-submits itself while mail is left, so other actors on the executor get their turn.
 */
class ActorThroughputTest {
  private final ManualExecutor executor = new ManualExecutor();

  @Test
  void aTurnHandlesAtMostThroughputMessagesThenResubmits() {
    CounterActor actor = new CounterActor(CounterActor.settings(0, Overflow.BLOCK, FailurePolicy.RESUME, 3), executor, 1);
    for (int seq = 1; seq <= 7; seq++) {
      actor.count(0, seq);
    }
    assertEquals(1, executor.submitted(), "an actor with mail is submitted once, not once per message");

    executor.runNext();
    assertEquals(3, actor.counted);
    assertEquals(2, executor.submitted(), "mail left: the turn re-submitted the actor");

    executor.runNext();
    assertEquals(6, actor.counted);
    assertEquals(3, executor.submitted());

    executor.runNext();
    assertEquals(7, actor.counted);
    assertEquals(3, executor.submitted(), "no mail left: the actor went idle without re-submitting");
    assertEquals(0, executor.pending());

    actor.count(0, 8);
    assertEquals(4, executor.submitted(), "an idle actor is submitted again when mail arrives");
    executor.runAll();
    assertEquals(8, actor.counted);
    assertEquals(0, actor.outOfOrder);
  }

  @Test
  void twoActorsOnOneExecutorTakeTurns() {
    CounterActor first = new CounterActor(CounterActor.settings(0, Overflow.BLOCK, FailurePolicy.RESUME, 2), executor, 1);
    CounterActor second = new CounterActor(CounterActor.settings(0, Overflow.BLOCK, FailurePolicy.RESUME, 2), executor, 1);
    for (int seq = 1; seq <= 6; seq++) {
      first.count(0, seq);
      second.count(0, seq);
    }

    executor.runNext(); // first's turn
    executor.runNext(); // second's turn: first re-submitted itself behind it
    assertEquals(2, first.counted);
    assertEquals(2, second.counted);
    executor.runNext();
    executor.runNext();
    assertEquals(4, first.counted);
    assertEquals(4, second.counted);
    executor.runAll();
    assertEquals(6, first.counted);
    assertEquals(6, second.counted);
  }

  @Test
  void zeroThroughputMeansTheDefault() {
    ActorSettings settings = CounterActor.settings(0, Overflow.BLOCK, FailurePolicy.RESUME, 0);
    assertEquals(ActorSettings.DEFAULT_THROUGHPUT, settings.throughput());

    CounterActor actor = new CounterActor(settings, executor, 1);
    for (int seq = 1; seq <= ActorSettings.DEFAULT_THROUGHPUT + 1; seq++) {
      actor.count(0, seq);
    }
    executor.runNext();
    assertEquals(ActorSettings.DEFAULT_THROUGHPUT, actor.counted);
    assertEquals(1, executor.pending());
  }
}
