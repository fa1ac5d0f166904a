package dev.shuttle.benchmarks.pipeline;

import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * One thread offers {@value #BURST} elements, then polls them: what an offer-and-poll pair costs
 * in each queue, free of scheduling noise (the runtime's queues also check, with one volatile read
 * per operation, whether a thread waits to be woken; JCTools' queues do not block).
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar QueueBurstBenchmark</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@OperationsPerInvocation(QueueBurstBenchmark.BURST)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class QueueBurstBenchmark {
  static final int BURST = 100;
  private static final Object ITEM = new Object();

  @Param({"shuttleSpsc", "jctoolsSpsc", "shuttleMpsc", "jctoolsMpsc", "shuttleMpmc", "jctoolsMpmc", "arrayBlockingQueue"})
  public String queue;

  private Channel channel;

  @Setup(Level.Trial)
  public void create() {
    channel = Channel.create(queue);
  }

  @Benchmark
  public Object burst() {
    for (int i = 0; i < BURST; i++) {
      channel.offer(ITEM);
    }
    Object last = null;
    for (int i = 0; i < BURST; i++) {
      last = channel.poll();
    }
    return last;
  }
}
