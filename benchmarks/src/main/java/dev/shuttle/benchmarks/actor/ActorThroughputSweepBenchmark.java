package dev.shuttle.benchmarks.actor;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The sweep that picks {@code ActorSettings.DEFAULT_THROUGHPUT}: the tell benchmark of
 * {@link ActorTellBenchmark}, Shuttle only, with one generated actor per
 * {@code @Actor(throughput = N)} value (see {@link SweepCounters}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ActorThroughputSweepBenchmark {

  @Param({"1", "5", "16", "64", "256"})
  public int throughput;

  private CounterTarget counter;
  private final LongAdder tellsSent = new LongAdder();

  @Setup(Level.Trial)
  public void start() {
    counter = CounterTarget.SweepShuttle.withThroughput(throughput);
  }

  @TearDown(Level.Trial)
  public void stop() throws Exception {
    SenderWindow.checkNothingLost(counter, tellsSent);
    counter.close();
  }

  @Benchmark
  @Threads(1)
  @OperationsPerInvocation(SenderWindow.BATCH + 1)
  public void sender1(SenderWindow window) throws Exception {
    window.send(counter, tellsSent);
  }

  @Benchmark
  @Threads(4)
  @OperationsPerInvocation(SenderWindow.BATCH + 1)
  public void senders4(SenderWindow window) throws Exception {
    window.send(counter, tellsSent);
  }
}
