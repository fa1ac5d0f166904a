package dev.shuttle.benchmarks.async;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One caller, a round trip through a pool of {@link Work#THREADS} threads per operation, each
 * Shuttle variant beside what a careful engineer writes by hand on an identical pool:
 *
 * <ul>
 *   <li>{@code asyncShuttle}: the generated {@code @Async} override, {@code submit + join};
 *       {@code asyncSupplyAsync}: {@code CompletableFuture.supplyAsync(task, executor).join()};
 *       {@code asyncShuttleVirtual}: the same {@code @Async} method on a {@code VIRTUAL} pool (a
 *       virtual thread per call on JDK 21+), to compare with the platform pool.
 *   <li>{@code raceShuttle}: the generated {@code @Race} of two sources; {@code raceHandWritten}: both
 *       sources submitted to the executor, the first success completes a future, the loser is
 *       cancelled with an interrupt once it is decided.
 * </ul>
 *
 * <p>The {@code ...Batch} variants keep {@link #BATCH} calls in flight and then join them all, so the
 * pool never sleeps between calls: they show the per-call cost of each variant, where the single
 * round trips are dominated by waking a pool thread up and the caller back.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class AsyncRaceBenchmark {
  static final int BATCH = 64;

  private Work shuttle;
  private VirtualWork shuttleVirtual;
  private ThreadPoolExecutor executor;
  private int x;

  @Setup
  public void start() {
    shuttle = new ConcurrentWork();
    shuttleVirtual = new ConcurrentVirtualWork();
    executor = new ThreadPoolExecutor(Work.THREADS, Work.THREADS, 0, TimeUnit.NANOSECONDS, new LinkedBlockingQueue<>(),
        task -> {
          Thread thread = new Thread(task, "bench-executor");
          thread.setDaemon(true);
          return thread;
        });
  }

  @TearDown
  public void stop() {
    executor.shutdown();
  }

  @Benchmark
  public int asyncShuttle() {
    return shuttle.async(x++).join();
  }

  /** {@link #asyncShuttle} on a virtual thread per call (JDK 21+). */
  @Benchmark
  public int asyncShuttleVirtual() {
    return shuttleVirtual.async(x++).join();
  }

  @Benchmark
  public int asyncSupplyAsync() {
    int n = x++;
    return CompletableFuture.supplyAsync(() -> Work.compute(n), executor).join();
  }

  @Benchmark
  public int raceShuttle() {
    return shuttle.race(x++).join();
  }

  @Benchmark
  public int raceHandWritten() {
    return handWrittenRace(x++).join();
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public int asyncShuttleBatch() {
    CompletableFuture<Integer>[] calls = newBatch();
    for (int i = 0; i < BATCH; i++) {
      calls[i] = shuttle.async(x++);
    }
    return joinAll(calls);
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public int asyncShuttleVirtualBatch() {
    CompletableFuture<Integer>[] calls = newBatch();
    for (int i = 0; i < BATCH; i++) {
      calls[i] = shuttleVirtual.async(x++);
    }
    return joinAll(calls);
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public int asyncSupplyAsyncBatch() {
    CompletableFuture<Integer>[] calls = newBatch();
    for (int i = 0; i < BATCH; i++) {
      int n = x++;
      calls[i] = CompletableFuture.supplyAsync(() -> Work.compute(n), executor);
    }
    return joinAll(calls);
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public int raceShuttleBatch() {
    CompletableFuture<Integer>[] calls = newBatch();
    for (int i = 0; i < BATCH; i++) {
      calls[i] = shuttle.race(x++);
    }
    return joinAll(calls);
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public int raceHandWrittenBatch() {
    CompletableFuture<Integer>[] calls = newBatch();
    for (int i = 0; i < BATCH; i++) {
      calls[i] = handWrittenRace(x++);
    }
    return joinAll(calls);
  }

  @SuppressWarnings("unchecked")
  private static CompletableFuture<Integer>[] newBatch() {
    return (CompletableFuture<Integer>[]) new CompletableFuture<?>[BATCH];
  }

  private static int joinAll(CompletableFuture<Integer>[] calls) {
    int sum = 0;
    for (CompletableFuture<Integer> call : calls) {
      sum += call.join();
    }
    return sum;
  }

  /** First success wins, a failure only counts, the loser is cancelled and interrupted. */
  private CompletableFuture<Integer> handWrittenRace(int n) {
    CompletableFuture<Integer> result = new CompletableFuture<>();
    AtomicInteger failures = new AtomicInteger();
    Future<?> primary = executor.submit(() -> attempt(result, failures, () -> shuttle.primary(n)));
    Future<?> mirror = executor.submit(() -> attempt(result, failures, () -> shuttle.mirror(n)));
    result.whenComplete((value, failure) -> {
      primary.cancel(true);
      mirror.cancel(true);
    });
    return result;
  }

  private static void attempt(CompletableFuture<Integer> result, AtomicInteger failures,
      java.util.function.IntSupplier source) {
    try {
      result.complete(source.getAsInt());
    } catch (RuntimeException e) {
      if (failures.incrementAndGet() == 2) {
        result.completeExceptionally(e);
      }
    }
  }
}
