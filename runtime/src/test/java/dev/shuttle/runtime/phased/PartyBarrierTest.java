package dev.shuttle.runtime.phased;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.Phased;
import dev.shuttle.runtime.WaitInterruptedException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The barrier on its own, and stopping a run whose party is busy in a phase (not at the barrier):
 * only an interrupt reaches that party. Every wait is bounded; nothing asserts on timing.
 */
@Timeout(60)
class PartyBarrierTest {
  private static final long BOUND_SECONDS = 10;

  @Test
  void aBarrierIsBrokenOnlyOnceBrokenAndThenRefusesEveryone() {
    PartyBarrier barrier = new PartyBarrier(2, () -> {});
    assertFalse(barrier.isBroken());
    barrier.breakBarrier();
    assertTrue(barrier.isBroken());
    assertThrows(PartyBarrier.Broken.class, () -> barrier.await(0));
  }

  @Test
  void aPartyInterruptedAtTheBarrierThrowsAndKeepsItsFlag() throws Exception {
    PartyBarrier barrier = new PartyBarrier(2, () -> {});
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicBoolean flag = new AtomicBoolean();
    Thread party = new Thread(() -> {
      try {
        barrier.await(0); // party 1 never comes
      } catch (Throwable t) {
        thrown.set(t);
        flag.set(Thread.currentThread().isInterrupted());
      }
    });
    party.setDaemon(true);
    party.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(BOUND_SECONDS);
    while (party.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
      Thread.yield(); // until it has spun and parked
    }
    party.interrupt();
    party.join(TimeUnit.SECONDS.toMillis(BOUND_SECONDS));
    assertFalse(party.isAlive());
    assertInstanceOf(WaitInterruptedException.class, thrown.get());
    assertTrue(flag.get(), "the interrupt flag is set again");
  }

  @Test
  void theMostPartiesTheAnnotationAllowsAreAccepted() {
    PhasedParties most = new PhasedParties("Most", Phased.MAX_PARTIES, 1) {
      @Override
      protected void round(int party, PhaseBarrier barrier) {}
    };
    assertEquals(Phased.MAX_PARTIES, most.parties());
  }

  @Test
  void cancellingTheFutureInterruptsAPartyBusyInAPhase() throws Exception {
    CountDownLatch started = new CountDownLatch(2);
    CountDownLatch left = new CountDownLatch(2);
    PhasedParties busy = busyParties(started, left);
    CompletableFuture<Void> future = busy.runAsync();
    assertTrue(started.await(BOUND_SECONDS, TimeUnit.SECONDS));
    future.cancel(true);
    assertTrue(left.await(BOUND_SECONDS, TimeUnit.SECONDS), "the busy party was interrupted, the waiting one released");
  }

  @Test
  void anInterruptedTimedRunStopsThePartiesAndKeepsTheCallersFlag() throws Exception {
    CountDownLatch started = new CountDownLatch(2);
    CountDownLatch left = new CountDownLatch(2);
    PhasedParties busy = busyParties(started, left);
    AtomicReference<Throwable> outcome = new AtomicReference<>();
    AtomicBoolean flag = new AtomicBoolean();
    Thread caller = new Thread(() -> {
      try {
        busy.run(Duration.ofMinutes(5));
      } catch (Throwable t) {
        outcome.set(t);
        flag.set(Thread.currentThread().isInterrupted());
      }
    });
    caller.setDaemon(true);
    caller.start();
    assertTrue(started.await(BOUND_SECONDS, TimeUnit.SECONDS));
    caller.interrupt();
    caller.join(TimeUnit.SECONDS.toMillis(BOUND_SECONDS));
    assertFalse(caller.isAlive());
    assertInstanceOf(WaitInterruptedException.class, outcome.get());
    assertEquals("Interrupted while waiting for the parties of Busy; they were stopped", outcome.get().getMessage());
    assertTrue(flag.get(), "the interrupt flag is set again");
    assertTrue(left.await(BOUND_SECONDS, TimeUnit.SECONDS), "the parties were stopped");
  }

  /** Party 0 sleeps in its phase until interrupted; party 1 waits for it at the barrier. */
  private static PhasedParties busyParties(CountDownLatch started, CountDownLatch left) {
    return new PhasedParties("Busy", 2, 1) {
      @Override
      protected void round(int party, PhaseBarrier barrier) throws InterruptedException {
        started.countDown();
        try {
          if (party == 0) {
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
          }
          barrier.await();
        } finally {
          left.countDown();
        }
      }
    };
  }
}
