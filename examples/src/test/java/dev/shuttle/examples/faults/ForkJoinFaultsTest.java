package dev.shuttle.examples.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A leaf's fault reaches the caller unchanged, from whichever worker ran it, and the pool goes on. */
class ForkJoinFaultsTest {
  private static final Duration BOUND = Duration.ofSeconds(60);
  private static final int SIZE = 64;

  private final FaultySplits.Counts counts = new ConcurrentFaultySplits_Counts();

  @ParameterizedTest
  @EnumSource(Fault.class)
  void aLeafsFaultReachesTheCallerUnchanged(Fault fault) {
    assertTimeoutPreemptively(BOUND, () -> {
      for (int i = 0; i < 3; i++) {
        Thrown.assertArrivesUnchanged(counts.thrown, () -> counts.count(fault::raise, 0, SIZE));
      }
      assertEquals(SIZE, counts.count(Work.PASS, 0, SIZE), "the pool goes on");
    });
  }

  /** An interrupt from outside reaches the leaf running then; its InterruptedException reaches the caller. */
  @Test
  void anInterruptFromOutsideFailsTheCallWhoseLeafItReaches() {
    Blocker blocker = new Blocker();
    assertTimeoutPreemptively(BOUND, () -> {
      BackgroundCall caller = BackgroundCall.start(() -> counts.count(thrown -> blocker.hold(), 0, SIZE));
      blocker.interruptWorker();
      assertInstanceOf(InterruptedException.class, caller.thrown());
      assertEquals(SIZE, counts.count(Work.PASS, 0, SIZE), "the pool goes on");
    });
  }
}
