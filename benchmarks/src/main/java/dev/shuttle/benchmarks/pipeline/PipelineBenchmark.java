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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Items per second through three stages (one thread each, queues of {@value #BOUND}), the
 * benchmark thread producing: the generated {@code ThreeStagesPipeline}, the same stages
 * hand-written on {@code ArrayBlockingQueue}s, and on the LMAX Disruptor (three chained handlers,
 * blocking wait strategy); {@code shuttle-virtual} is the generated pipeline with its stages on
 * virtual threads ({@code @Stage(virtual = true)}, JDK 21+). Each invocation submits a batch and
 * waits until all of it has come out of the last stage.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar PipelineBenchmark -prof gc</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(PipelineBenchmark.BATCH)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class PipelineBenchmark {
  static final int BOUND = 1024;
  static final int BATCH = 10_000;

  @Param({"shuttle", "arrayBlockingQueue", "disruptor", "shuttle-virtual"})
  public String pipeline;

  private final Item[] items = new Item[BATCH];
  private final Work.Sink sink = new Work.Sink();
  private ThreeStagesPipeline shuttle;
  private VirtualThreeStagesPipeline shuttleVirtual;
  private BlockingQueuePipeline blockingQueues;
  private DisruptorPipeline disruptor;

  @Setup(Level.Trial)
  public void start() {
    for (int i = 0; i < BATCH; i++) {
      items[i] = new Item();
    }
    switch (pipeline) {
      case "shuttle" -> shuttle = ThreeStagesPipeline.start(new ThreeStages(sink));
      case "shuttle-virtual" -> shuttleVirtual = VirtualThreeStagesPipeline.start(new VirtualThreeStages(sink));
      case "arrayBlockingQueue" -> blockingQueues = new BlockingQueuePipeline(sink);
      case "disruptor" -> disruptor = new DisruptorPipeline(sink);
      default -> throw new IllegalArgumentException(pipeline);
    }
  }

  @TearDown(Level.Trial)
  public void stop() {
    if (shuttle != null) {
      shuttle.close().join();
    }
    if (shuttleVirtual != null) {
      shuttleVirtual.close().join();
    }
    if (blockingQueues != null) {
      blockingQueues.stop();
    }
    if (disruptor != null) {
      disruptor.stop();
    }
  }

  @Benchmark
  public long batch() throws InterruptedException {
    sink.expect(BATCH);
    switch (pipeline) {
      case "shuttle" -> {
        for (Item item : items) {
          shuttle.submit(item);
        }
      }
      case "shuttle-virtual" -> {
        for (Item item : items) {
          shuttleVirtual.submit(item);
        }
      }
      case "arrayBlockingQueue" -> {
        for (Item item : items) {
          blockingQueues.submit(item);
        }
      }
      default -> {
        for (Item item : items) {
          disruptor.submit(item);
        }
      }
    }
    sink.await();
    return sink.checksum();
  }
}
