package dev.shuttle.benchmarks.pipeline;

import dev.shuttle.runtime.BoundedQueue;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jctools.queues.MpmcArrayQueue;
import org.jctools.queues.MpscArrayQueue;
import org.jctools.queues.SpscArrayQueue;
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
 * One producer thread, one consumer thread, non-blocking offer and poll on a queue of 1024: the
 * runtime's ring queues beside JCTools' array queues of the same kind and {@code ArrayBlockingQueue}.
 * The {@code poll} score is the transfer rate. (Busy-spinning: two threads on two cores.)
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
  private static final int CAPACITY = 1024;
  private static final Object ITEM = new Object();

  @Param({"shuttleSpsc", "jctoolsSpsc", "shuttleMpsc", "jctoolsMpsc", "shuttleMpmc", "jctoolsMpmc", "arrayBlockingQueue"})
  public String queue;

  private Channel channel;

  /** One interface over both APIs; each fork uses one implementation, so calls stay monomorphic. */
  private interface Channel {
    boolean offer(Object item);

    Object poll();
  }

  @Setup(Level.Trial)
  public void create() {
    channel = switch (queue) {
      case "shuttleSpsc" -> of(BoundedQueue.spsc(CAPACITY));
      case "shuttleMpsc" -> of(BoundedQueue.mpsc(CAPACITY));
      case "shuttleMpmc" -> of(BoundedQueue.mpmc(CAPACITY));
      case "jctoolsSpsc" -> of(new SpscArrayQueue<>(CAPACITY));
      case "jctoolsMpsc" -> of(new MpscArrayQueue<>(CAPACITY));
      case "jctoolsMpmc" -> of(new MpmcArrayQueue<>(CAPACITY));
      case "arrayBlockingQueue" -> of(new ArrayBlockingQueue<>(CAPACITY));
      default -> throw new IllegalArgumentException(queue);
    };
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

  private static Channel of(BoundedQueue<Object> queue) {
    return new Channel() {
      @Override
      public boolean offer(Object item) {
        return queue.offer(item);
      }

      @Override
      public Object poll() {
        return queue.poll();
      }
    };
  }

  private static Channel of(Queue<Object> queue) {
    return new Channel() {
      @Override
      public boolean offer(Object item) {
        return queue.offer(item);
      }

      @Override
      public Object poll() {
        return queue.poll();
      }
    };
  }
}
