package dev.shuttle.examples.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.shuttle.runtime.WaitInterruptedException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A party's fault breaks the barrier and ends the run with that fault; the next run starts afresh. */
class PhasedFaultsTest {
  private static final Duration BOUND = Duration.ofSeconds(60);

  @ParameterizedTest
  @EnumSource(Fault.class)
  void aPhasesFaultEndsTheRunAndReachesTheCallerUnchanged(Fault fault) {
    FaultyPhases.Steps steps = new FaultyPhases.Steps(fault::raise);
    assertTimeoutPreemptively(BOUND, () -> {
      Thrown.assertArrivesUnchanged(steps.thrown, () -> FaultyPhases_StepsPhases.run(steps));
      assertEquals(0, steps.secondPhases.get(), "no party went past the broken barrier");
      assertANewRunCompletes();
    });
  }

  /** An interrupt from outside reaches the phase body, whose InterruptedException ends the run. */
  @Test
  void anInterruptFromOutsideEndsTheRunWithTheBodysInterruptedException() {
    Blocker blocker = new Blocker();
    FaultyPhases.Steps steps = new FaultyPhases.Steps(thrown -> blocker.hold());
    assertTimeoutPreemptively(BOUND, () -> {
      BackgroundCall run = BackgroundCall.start(() -> FaultyPhases_StepsPhases.run(steps));
      blocker.interruptWorker();
      assertInstanceOf(InterruptedException.class, run.thrown());
      assertEquals(0, steps.secondPhases.get());
      assertANewRunCompletes();
    });
  }

  /** A party that kept its interrupt cannot wait at the barrier: it breaks it, as {@code CyclicBarrier} does. */
  @Test
  void anInterruptAPartyKeptBreaksTheBarrier() {
    Blocker blocker = new Blocker();
    FaultyPhases.Steps steps = new FaultyPhases.Steps(thrown -> blocker.holdThroughInterrupt());
    assertTimeoutPreemptively(BOUND, () -> {
      BackgroundCall run = BackgroundCall.start(() -> FaultyPhases_StepsPhases.run(steps));
      blocker.interruptWorker();
      blocker.releaseOnceNoticed();
      WaitInterruptedException broken = assertInstanceOf(WaitInterruptedException.class, run.thrown());
      assertInstanceOf(InterruptedException.class, broken.getCause());
      assertEquals(0, steps.secondPhases.get(), "no party went past the broken barrier");
      assertANewRunCompletes();
    });
  }

  private static void assertANewRunCompletes() throws InterruptedException {
    FaultyPhases.Steps next = new FaultyPhases.Steps(Work.PASS);
    FaultyPhases_StepsPhases.run(next);
    assertEquals(2, next.secondPhases.get());
    assertNull(next.thrown.get());
  }
}
