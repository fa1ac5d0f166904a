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
 * Tell throughput into ONE counter from 1, 2 and 4 sender threads: messages handled per second
 * (the score is summed over the sender threads). Each sender keeps a bounded window of tells in
 * flight, see {@link SenderWindow}; the three targets do the same work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ActorTellBenchmark {

  /** shuttle: generated CounterActor; pekko: typed actor; executor: single-thread executor. */
  @Param({"shuttle", "pekko", "executor"})
  public String target;

  private CounterTarget counter;
  private final LongAdder tellsSent = new LongAdder();

  @Setup(Level.Trial)
  public void start() {
    counter = CounterTarget.create(target);
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
  @Threads(2)
  @OperationsPerInvocation(SenderWindow.BATCH + 1)
  public void senders2(SenderWindow window) throws Exception {
    window.send(counter, tellsSent);
  }

  @Benchmark
  @Threads(4)
  @OperationsPerInvocation(SenderWindow.BATCH + 1)
  public void senders4(SenderWindow window) throws Exception {
    window.send(counter, tellsSent);
  }
}
