package dev.shuttle.benchmarks.forkjoin;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Summing 10 million longs: the {@code @ForkJoin} override (a fixed threshold, and {@code AUTO}), a hand-written
 * {@code SumTask} on the same common pool with the same threshold, a parallel stream, and one
 * thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ForkJoinSumBenchmark {
  private static final int SIZE = 10_000_000;

  private long[] array;
  private BenchSums shuttle;
  private BenchSums sequential;

  @Setup
  public void setUp() {
    array = new SplittableRandom(42).longs(SIZE, -1_000_000, 1_000_000).toArray();
    shuttle = new ConcurrentBenchSums();
    sequential = new BenchSums();
  }

  @Benchmark
  public long shuttleForkJoin() {
    return shuttle.sum(array, 0, array.length);
  }

  @Benchmark
  public long shuttleForkJoinAuto() {
    return shuttle.sumAuto(array, 0, array.length);
  }

  @Benchmark
  public long handWrittenSumTask() {
    return ForkJoinPool.commonPool().invoke(new SumTask(array, 0, array.length));
  }

  @Benchmark
  public long parallelStream() {
    return Arrays.stream(array).parallel().sum();
  }

  @Benchmark
  public long sequentialLoop() {
    return sequential.sum(array, 0, array.length);
  }
}
