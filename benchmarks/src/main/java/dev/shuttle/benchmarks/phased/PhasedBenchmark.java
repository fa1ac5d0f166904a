package dev.shuttle.benchmarks.phased;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 200 rounds of two phases over a rod, one party per core: the generated {@code RodPhases}, the
 * same program written by hand with a {@link CyclicBarrier} and with a {@link Phaser}, and one
 * thread doing every slice. Each run starts its own threads, as a {@code @Phased} run does.
 * Small rods measure the barrier; large ones the work it orders.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PhasedBenchmark {
  private static final int ROUNDS = 200;

  @Param({"1024", "262144"})
  public int cells;

  private final int parties = RodPhases.parties();

  @Benchmark
  public double shuttlePhased() {
    Rod rod = new Rod(cells, parties, ROUNDS);
    RodPhases.run(rod);
    return rod.middle();
  }

  @Benchmark
  public double handWrittenCyclicBarrier() throws InterruptedException {
    Rod rod = new Rod(cells, parties, ROUNDS);
    int[] phase = {1};
    CyclicBarrier barrier = new CyclicBarrier(parties, () -> {
      rod.afterPhase(phase[0]);
      phase[0] = 3 - phase[0];
    });
    runParties(party -> {
      try {
        do {
          rod.relax(party);
          barrier.await();
          rod.update(party);
          barrier.await();
        } while (!rod.done());
      } catch (InterruptedException | BrokenBarrierException e) {
        throw new IllegalStateException(e);
      }
    });
    return rod.middle();
  }

  @Benchmark
  public double handWrittenPhaser() throws InterruptedException {
    Rod rod = new Rod(cells, parties, ROUNDS);
    Phaser phaser = new Phaser(parties) {
      @Override
      protected boolean onAdvance(int phase, int registeredParties) {
        rod.afterPhase(phase % 2 + 1);
        return false;
      }
    };
    runParties(party -> {
      do {
        rod.relax(party);
        phaser.arriveAndAwaitAdvance();
        rod.update(party);
        phaser.arriveAndAwaitAdvance();
      } while (!rod.done());
    });
    return rod.middle();
  }

  @Benchmark
  public double sequential() {
    Rod rod = new Rod(cells, parties, ROUNDS);
    do {
      for (int party = 0; party < parties; party++) {
        rod.relax(party);
      }
      rod.afterPhase(1);
      for (int party = 0; party < parties; party++) {
        rod.update(party);
      }
      rod.afterPhase(2);
    } while (!rod.done());
    return rod.middle();
  }

  private void runParties(java.util.function.IntConsumer party) throws InterruptedException {
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
