package dev.shuttle.benchmarks.actor;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ask round trip from one thread into an otherwise idle counter: send the ask, block on the
 * reply. This is mostly the cost of waking the counter's thread and then the caller's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ActorAskBenchmark {

  /**
   * pekko: the reply is a {@code CompletableFuture} inside the message; pekko-askpattern:
   * {@code AskPattern.ask} with a reply-to {@code ActorRef}, the idiomatic Pekko way.
   */
  @Param({"shuttle", "pekko", "pekko-askpattern", "executor"})
  public String target;

  private CounterTarget counter;

  @Setup(Level.Trial)
  public void start() {
    counter = CounterTarget.create(target);
  }

  @TearDown(Level.Trial)
  public void stop() throws Exception {
    counter.close();
  }

  @Benchmark
  @Threads(1)
  public long roundTrip() throws Exception {
    return counter.get().get();
  }
}
