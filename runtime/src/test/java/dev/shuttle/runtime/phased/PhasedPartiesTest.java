package dev.shuttle.runtime.phased;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.Phased;
import dev.shuttle.runtime.WaitInterruptedException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The parties and the barrier under real threads: ordering across many rounds, the barrier action,
 * failures that break the barrier, timeouts, interrupts and cancellation. Every wait is bounded.
 */
@Timeout(120)
class PhasedPartiesTest {

  /**
   * Each party writes its slot for the current phase; after the barrier, each checks every slot:
   * a party that started phase k+1 before another finished phase k would see a stale slot.
   */
  static final class Lockstep extends PhasedParties {
    final int rounds;
    final long[][] marks; // [phase][party]
    final AtomicInteger violations = new AtomicInteger();
    final List<Integer> actions = new java.util.ArrayList<>(); // written by the action only
    int round;
    long step;

    Lockstep(int parties, int rounds) {
      super("Lockstep", parties, 1, 2, 3);
      this.rounds = rounds;
      this.marks = new long[3][parties];
    }

    @Override
    protected void round(int party, PhaseBarrier barrier) {
      for (int phase = 0; phase < 3; phase++) {
        marks[phase][party] = step;
        barrier.await();
        for (long mark : marks[phase]) {
          if (mark != step - 1) { // the action moved step on after the phase
            violations.incrementAndGet();
          }
        }
      }
    }

    @Override
    protected void afterPhase(int phase) {
      actions.add(phase);
      step++;
    }

    @Override
    protected boolean done() {
      return ++round == rounds;
    }
  }

  @Test
  void noPartyStartsAPhaseBeforeAllFinishedThePreviousOne() {
    for (int parties : new int[] {1, 2, 3, 5}) {
      Lockstep lockstep = new Lockstep(parties, 300);
      lockstep.run();
      assertEquals(0, lockstep.violations.get(), "parties=" + parties);
      assertEquals(900, lockstep.actions.size(), "the action runs once per phase");
      assertEquals(List.of(1, 2, 3, 1, 2, 3), lockstep.actions.subList(0, 6), "with the phase numbers in order");
      assertEquals(300, lockstep.round);
    }
  }

  @Test
  void aFailingPartyBreaksTheBarrierAndTheRunThrowsItUnchanged() {
    IllegalStateException boom = new IllegalStateException("boom");
    AtomicInteger reachedSecondPhase = new AtomicInteger();
    PhasedParties failing = new PhasedParties("Failing", 4, 1, 2) {
      @Override
      protected void round(int party, PhaseBarrier barrier) {
        if (party == 2) {
          throw boom;
        }
        barrier.await();
        reachedSecondPhase.incrementAndGet();
        barrier.await();
      }
    };
    IllegalStateException thrown = assertThrows(IllegalStateException.class, failing::run);
    assertSame(boom, thrown);
    assertEquals(0, reachedSecondPhase.get(), "nobody passes a broken barrier");
  }

  @Test
  void laterFailuresAreSuppressedInTheFirst() {
    CountDownLatch bothThrow = new CountDownLatch(2);
    PhasedParties failing = new PhasedParties("Failing", 2, 1) {
      @Override
      protected void round(int party, PhaseBarrier barrier) throws Exception {
        bothThrow.countDown();
        bothThrow.await(30, TimeUnit.SECONDS);
        throw new IOException("party " + party);
      }
    };
    IOException thrown = assertThrows(IOException.class, failing::run, "a checked exception, unchanged");
    assertEquals(1, thrown.getSuppressed().length);
    assertInstanceOf(IOException.class, thrown.getSuppressed()[0]);
  }

  @Test
  void aFailingActionBreaksTheBarrier() {
    AtomicInteger secondPhases = new AtomicInteger();
    PhasedParties failing = new PhasedParties("FailingAction", 3, 1, 2) {
      @Override
      protected void round(int party, PhaseBarrier barrier) {
        barrier.await();
        secondPhases.incrementAndGet();
        barrier.await();
      }

      @Override
      protected void afterPhase(int phase) {
        throw new ArithmeticException("phase " + phase);
      }
    };
    ArithmeticException thrown = assertThrows(ArithmeticException.class, failing::run);
    assertEquals("phase 1", thrown.getMessage());
    assertEquals(0, secondPhases.get());
  }

  @Test
  void aTimeoutStopsThePartiesAndThrows() throws Exception {
    CountDownLatch left = new CountDownLatch(2);
    PhasedParties stuck = new PhasedParties("Stuck", 2, 1) {
      @Override
      protected void round(int party, PhaseBarrier barrier) throws InterruptedException {
        try {
          if (party == 0) {
            Thread.sleep(TimeUnit.MINUTES.toMillis(5)); // never finishes on its own
          }
          barrier.await(); // party 1 waits here for party 0
        } finally {
          left.countDown();
        }
      }
    };
    TimeoutException timeout = assertThrows(TimeoutException.class, () -> stuck.run(Duration.ofMillis(50)));
    assertTrue(timeout.getMessage().contains("Stuck"), timeout.getMessage());
    assertTrue(left.await(30, TimeUnit.SECONDS), "both parties left: one interrupted, one released by the broken barrier");
  }

  @Test
  void anInterruptedCallerStopsThePartiesAndKeepsItsFlag() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch left = new CountDownLatch(1);
    PhasedParties stuck = new PhasedParties("Stuck", 1, 1) {
      @Override
      protected void round(int party, PhaseBarrier barrier) {
        started.countDown();
        try {
          Thread.sleep(TimeUnit.MINUTES.toMillis(5));
        } catch (InterruptedException e) {
          left.countDown();
        }
      }
    };
    AtomicReference<Throwable> outcome = new AtomicReference<>();
    AtomicReference<Boolean> flag = new AtomicReference<>();
    Thread caller = new Thread(() -> {
      try {
        stuck.run();
      } catch (Throwable t) {
        outcome.set(t);
        flag.set(Thread.currentThread().isInterrupted());
      }
    });
    caller.start();
    assertTrue(started.await(30, TimeUnit.SECONDS));
    caller.interrupt();
    caller.join(TimeUnit.SECONDS.toMillis(30));
    assertFalse(caller.isAlive());
    assertInstanceOf(WaitInterruptedException.class, outcome.get());
    assertTrue(flag.get(), "the interrupt flag is set again");
    assertTrue(left.await(30, TimeUnit.SECONDS), "the party was interrupted");
  }

  @Test
  void aPartyInterruptedAtTheBarrierFailsTheRun() {
    ConcurrentLinkedQueue<Thread> waiting = new ConcurrentLinkedQueue<>();
    PhasedParties run = new PhasedParties("Interrupted", 2, 1) {
      @Override
      protected void round(int party, PhaseBarrier barrier) throws InterruptedException {
        if (party == 1) {
          waiting.add(Thread.currentThread());
          barrier.await(); // party 0 never comes: it interrupts us instead
        } else {
          while (waiting.isEmpty()) {
            Thread.sleep(1);
          }
          Thread other = waiting.peek();
          while (other.getState() != Thread.State.WAITING && other.isAlive()) {
            Thread.sleep(1); // until it parks at the barrier
          }
          other.interrupt();
          other.join(TimeUnit.SECONDS.toMillis(30)); // it fails, which breaks the barrier...
          barrier.await(); // ...so this throws, and party 0 leaves too
        }
      }
    };
    CompletableFuture<Void> future = run.runAsync();
    ExecutionException failure = assertThrows(ExecutionException.class, () -> {
      try {
        future.get(30, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        throw new AssertionError("the run should have failed", e);
      }
    });
    assertInstanceOf(WaitInterruptedException.class, failure.getCause());
  }

  /**
   * A party that reaches the barrier with its interrupt flag still set (its phase kept the
   * interrupt) fails the run, also when it is the last to arrive and would not have waited.
   */
  @Test
  void aPartyArrivingInterruptedFailsTheRunAndNoPartyGoesOn() throws Exception {
    CountDownLatch otherWaits = new CountDownLatch(1);
    AtomicInteger secondPhases = new AtomicInteger();
    PhasedParties run = new PhasedParties("KeptInterrupt", 2, 1, 2) {
      @Override
      protected void round(int party, PhaseBarrier barrier) throws InterruptedException {
        if (party == 0) {
          assertTrue(otherWaits.await(30, TimeUnit.SECONDS));
          Thread.currentThread().interrupt(); // an interrupt from outside that the phase kept
        } else {
          otherWaits.countDown();
        }
        barrier.await();
        secondPhases.incrementAndGet();
        barrier.await();
      }
    };
    ExecutionException failure =
        assertThrows(ExecutionException.class, () -> run.runAsync().get(30, TimeUnit.SECONDS));
    assertInstanceOf(WaitInterruptedException.class, failure.getCause());
    assertEquals(0, secondPhases.get());
  }

  @Test
  void cancellingTheFutureStopsTheParties() throws Exception {
    CountDownLatch started = new CountDownLatch(2);
    CountDownLatch left = new CountDownLatch(2);
    PhasedParties endless = new PhasedParties("Endless", 2, 1) {
      @Override
      protected void round(int party, PhaseBarrier barrier) {
        started.countDown();
        try {
          barrier.await();
        } finally {
          left.countDown();
        }
      }

      @Override
      protected boolean done() {
        return false;
      }
    };
    CompletableFuture<Void> future = endless.runAsync();
    assertTrue(started.await(30, TimeUnit.SECONDS));
    future.cancel(true);
    assertTrue(left.await(30, TimeUnit.SECONDS), "the broken barrier let both parties go");
  }

  @Test
  void partyThreadsAreNamedAfterTheTypeAndAreDaemons() {
    ConcurrentLinkedQueue<String> names = new ConcurrentLinkedQueue<>();
    PhasedParties named = new PhasedParties("Simulation", 2, 1) {
      @Override
      protected void round(int party, PhaseBarrier barrier) {
        assertTrue(Thread.currentThread().isDaemon());
        names.add(Thread.currentThread().getName());
        barrier.await();
      }
    };
    named.run();
    assertEquals(List.of("shuttle-Simulation-party-0", "shuttle-Simulation-party-1"),
        names.stream().sorted().toList());
  }

  @Test
  void refusesMorePartiesThanTheAnnotationAllows() {
    IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class,
        () -> new Lockstep(Phased.MAX_PARTIES + 1, 1));
    assertEquals("parties must be 1 to 32767, was 32768", tooMany.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Lockstep(0, 1));
  }
}
