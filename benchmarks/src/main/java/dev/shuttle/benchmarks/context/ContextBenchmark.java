package dev.shuttle.benchmarks.context;

import dev.shuttle.benchmarks.actor.Counter;
import dev.shuttle.benchmarks.actor.CounterActor;
import dev.shuttle.benchmarks.async.ConcurrentWork;
import dev.shuttle.benchmarks.async.Work;
import dev.shuttle.runtime.context.ContextDecorator;
import dev.shuttle.runtime.context.ContextScope;
import dev.shuttle.runtime.context.ContextSnapshot;
import dev.shuttle.runtime.context.Contexts;
import dev.shuttle.runtime.internal.ContextHandoff;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * The cost of context propagation per piece of work handed over, by what is registered:
 *
 * <ul>
 *   <li>{@code none}: no decorator, the default;
 *   <li>{@code idle}: one decorator whose capture has nothing to carry (returns {@code null}), as a
 *       tracing decorator with no span active;
 *   <li>{@code trivial}: one that carries a constant snapshot whose restore returns a constant scope:
 *       capture, restore and undo run, and allocate nothing.
 * </ul>
 *
 * <p>Each on three paths: {@code actorTell}, a tell to the generated {@code CounterActor} on an
 * executor that runs the turn on the sender's thread, so one operation is the send, the turn and the
 * handler with no thread hand-off to drown the difference; {@code asyncBatch}, {@code @Async} calls
 * to the generated {@code ConcurrentWork} on its pool with {@link #BATCH} in flight; and
 * {@code handOver}, the lines a pool task adds alone (capture on submit, restore and undo around the
 * body). The cost of a decorator is the difference to {@code none} on the same path, in the same
 * run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
public class ContextBenchmark {
  static final int BATCH = 64;

  private static final ContextScope NOTHING_TO_UNDO = () -> {};
  private static final ContextSnapshot CONSTANT = () -> NOTHING_TO_UNDO;

  @Param({"none", "idle", "trivial"})
  public String decorator;

  private ContextDecorator registered;
  private CounterActor actor;
  private Work work;
  private final Callable<Integer> body = () -> 42;
  private int x;

  @Setup
  public void start() {
    registered = switch (decorator) {
      case "none" -> null;
      case "idle" -> () -> null;
      case "trivial" -> () -> CONSTANT;
      default -> throw new IllegalArgumentException("unknown decorator " + decorator);
    };
    if (registered != null) {
      Contexts.register(registered);
    }
    actor = CounterActor.spawn(new Counter(), Runnable::run);
    work = new ConcurrentWork();
  }

  @TearDown
  public void stop() {
    actor.stop().join();
    if (registered != null) {
      Contexts.unregister(registered);
    }
  }

  @Benchmark
  public void actorTell() {
    actor.add(1);
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public int asyncBatch() {
    @SuppressWarnings("unchecked")
    CompletableFuture<Integer>[] calls = new CompletableFuture[BATCH];
    for (int i = 0; i < BATCH; i++) {
      calls[i] = work.async(x++);
    }
    int sum = 0;
    for (CompletableFuture<Integer> call : calls) {
      sum += call.join();
    }
    return sum;
  }

  @Benchmark
  public int handOver() throws Exception {
    ContextSnapshot context = Contexts.capture(); // what a task takes when it is submitted
    return ContextHandoff.call(context, body); // and what the worker runs it in
  }
}
