package dev.shuttle.benchmarks.phased;

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
 * Two-phase programs, one party per core: the generated {@code FooPhases}, the same program wired
 * by hand with a {@link CyclicBarrier} and with a {@link Phaser}, and one thread doing every
 * party's share. Each run starts its own threads, as a {@code @Phased} run does.
 *
 * <ul>
 *   <li>{@code rod-N}: 200 rounds of Jacobi relaxation over N cells; memory bound, and with small
 *       N almost nothing but barriers (400 per run).
 *   <li>{@code bodies-N}: 10 rounds of an N-body step (forces, then moves); compute bound.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PhasedBenchmark {
  @Param({"rod-1024", "rod-32768", "rod-262144", "bodies-1024"})
  public String program;

  private final int parties = RodPhases.parties();

  @Benchmark
  public TwoPhaseProgram shuttlePhased() {
    TwoPhaseProgram work = newProgram();
    if (work instanceof Rod rod) {
      RodPhases.run(rod);
    } else {
      BodiesPhases.run((Bodies) work);
    }
    return work;
  }

  @Benchmark
  public TwoPhaseProgram handWrittenCyclicBarrier() throws InterruptedException {
    TwoPhaseProgram work = newProgram();
    HandWrittenBarriers.cyclicBarrier(work, parties);
    return work;
  }

  @Benchmark
  public TwoPhaseProgram handWrittenPhaser() throws InterruptedException {
    TwoPhaseProgram work = newProgram();
    HandWrittenBarriers.phaser(work, parties);
    return work;
  }

  @Benchmark
  public TwoPhaseProgram sequential() {
    TwoPhaseProgram work = newProgram();
    HandWrittenBarriers.sequential(work, parties);
    return work;
  }

  private TwoPhaseProgram newProgram() {
    int size = Integer.parseInt(program.substring(program.indexOf('-') + 1));
    return program.startsWith("rod") ? new Rod(size, parties, 200) : new Bodies(size, parties, 10);
  }
}
