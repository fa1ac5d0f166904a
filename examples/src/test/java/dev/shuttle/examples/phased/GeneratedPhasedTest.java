package dev.shuttle.examples.phased;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Runs the {@code FooPhases} classes the processor generated for {@link Recorded} and {@link HeatRod}. */
@Timeout(120)
class GeneratedPhasedTest {

  @Test
  void noPartyStartsAPhaseBeforeEveryPartyFinishedThePreviousOne() {
    Recorded.Steps steps = new Recorded.Steps();
    Recorded_StepsPhases.run(steps);

    List<String> log = new ArrayList<>(steps.log);
    int expectedPerRound = 3 * 2 + 3 * 2 + 3 * 2 + 3; // each party starts and ends 3 phases; 3 barrier actions
    assertEquals(50 * expectedPerRound, log.size());
    int position = 0;
    for (int round = 0; round < 50; round++) {
      for (int phase : new int[] {10, 20, 30}) {
        List<String> events = log.subList(position, position + 6);
        for (String event : events) {
          assertTrue(event.startsWith("start " + phase) || event.startsWith("end " + phase),
              "round " + round + ", phase " + phase + ": " + events);
        }
        assertEquals("after " + phase, log.get(position + 6), "the action runs once, after the whole phase");
        position += 7;
      }
    }
    assertEquals(150, steps.afterPhases.size());
    assertEquals(List.of(10, 20, 30, 10, 20, 30), steps.afterPhases.subList(0, 6), "told each phase's number");
  }

  @Test
  void untilRepeatsRoundsUntilItSaysStop() {
    Recorded.Steps steps = new Recorded.Steps();
    Recorded_StepsPhases.run(steps);
    assertEquals(50, steps.rounds);
  }

  @Test
  void aFailingPartyBreaksTheBarrierAndRunThrowsItsException() {
    Recorded.Breaking breaking = new Recorded.Breaking();
    IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> Recorded_BreakingPhases.run(breaking));
    assertSame(breaking.failure, thrown);
    assertEquals(List.of(0, 1, 2), List.copyOf(breaking.rounds), "nobody started round 3");
  }

  @Test
  void laterFailuresAreSuppressedAndCheckedOnesAreDeclared() {
    IOException thrown = assertThrows(IOException.class, () -> Recorded_BothFailPhases.run(new Recorded.BothFail()));
    assertEquals(1, thrown.getSuppressed().length);
    assertInstanceOf(IOException.class, thrown.getSuppressed()[0]);
  }

  @Test
  void runAsyncFailsItsFutureWithTheFirstFailure() throws Exception {
    Recorded.Breaking breaking = new Recorded.Breaking();
    CompletableFuture<Void> future = Recorded_BreakingPhases.runAsync(breaking);
    ExecutionException failure = assertThrows(ExecutionException.class, () -> future.get(60, TimeUnit.SECONDS));
    assertSame(breaking.failure, failure.getCause());
  }

  @Test
  void oneThreadPerPartyAndOnePartyPerCoreByDefault() {
    Recorded.Switch hello = new Recorded.Switch();
    Recorded_SwitchPhases.run(hello);
    assertEquals(Runtime.getRuntime().availableProcessors(), Recorded_SwitchPhases.parties());
    assertEquals(IntStream.range(0, Recorded_SwitchPhases.parties()).boxed().toList(),
        hello.parties.stream().sorted().toList());
  }

  @Test
  void theHeatRodConvergesToAStraightLine() throws Exception {
    HeatRod rod = new HeatRod(20, HeatRodPhases.parties(), 1e-10);
    HeatRodPhases.run(rod, Duration.ofSeconds(60));
    for (int i = 0; i < rod.cells(); i++) {
      assertEquals(100.0 - 100.0 * i / 19, rod.temperature(i), 1e-6, "cell " + i);
    }
  }
}
