package dev.shuttle.benchmarks.pipeline;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Control;

/**
 * One producer thread and one consumer thread, busy-spinning on non-blocking offer and poll of a
 * queue of 1024: the runtime's ring queues beside JCTools' array queues of the same kind and
 * {@code ArrayBlockingQueue}. The {@code poll} score is the transfer rate. It needs two idle cores
 * to mean anything; {@link QueueBurstBenchmark} measures the operations' own cost.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar QueueBenchmark</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Group)
public class QueueBenchmark {
  private static final Object ITEM = new Object();

  @Param({"shuttleSpsc", "jctoolsSpsc", "shuttleMpsc", "jctoolsMpsc", "shuttleMpmc", "jctoolsMpmc", "arrayBlockingQueue"})
  public String queue;

  private Channel channel;

  @Setup(Level.Trial)
  public void create() {
    channel = Channel.create(queue);
  }

  @Benchmark
  @Group("transfer")
  @GroupThreads(1)
  public void offer(Control control) {
    while (!channel.offer(ITEM) && !control.stopMeasurement) {
      Thread.onSpinWait();
    }
  }

  @Benchmark
  @Group("transfer")
  @GroupThreads(1)
  public Object poll(Control control) {
    Object item;
    while ((item = channel.poll()) == null && !control.stopMeasurement) {
      Thread.onSpinWait();
    }
    return item;
  }
}
