package dev.shuttle.benchmarks.phased;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Phaser;
import java.util.function.IntConsumer;

/** The peers: a two-phase program wired by hand, as one would without Shuttle. */
final class HandWrittenBarriers {
  private HandWrittenBarriers() {}

  static void cyclicBarrier(TwoPhaseProgram program, int parties) throws InterruptedException {
    int[] phase = {1};
    CyclicBarrier barrier = new CyclicBarrier(parties, () -> {
      program.afterPhase(phase[0]);
      phase[0] = 3 - phase[0];
    });
    runParties(parties, party -> {
      try {
        do {
          program.phase(1, party);
          barrier.await();
          program.phase(2, party);
          barrier.await();
        } while (!program.done());
      } catch (InterruptedException | BrokenBarrierException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  static void phaser(TwoPhaseProgram program, int parties) throws InterruptedException {
    Phaser phaser = new Phaser(parties) {
      @Override
      protected boolean onAdvance(int phase, int registeredParties) {
        program.afterPhase(phase % 2 + 1);
        return false;
      }
    };
    runParties(parties, party -> {
      do {
        program.phase(1, party);
        phaser.arriveAndAwaitAdvance();
        program.phase(2, party);
        phaser.arriveAndAwaitAdvance();
      } while (!program.done());
    });
  }

  /** Every party's share of each phase in turn, on the calling thread. */
  static void sequential(TwoPhaseProgram program, int parties) {
    do {
      for (int party = 0; party < parties; party++) {
        program.phase(1, party);
      }
      program.afterPhase(1);
      for (int party = 0; party < parties; party++) {
        program.phase(2, party);
      }
      program.afterPhase(2);
    } while (!program.done());
  }

  private static void runParties(int parties, IntConsumer party) throws InterruptedException {
    Thread[] threads = new Thread[parties];
    for (int i = 0; i < parties; i++) {
      int index = i;
      threads[i] = new Thread(() -> party.accept(index), "party-" + i);
      threads[i].start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
  }
}
