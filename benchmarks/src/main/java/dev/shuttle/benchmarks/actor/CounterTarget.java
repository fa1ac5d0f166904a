package dev.shuttle.benchmarks.actor;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.javadsl.AskPattern;
import org.apache.pekko.actor.typed.javadsl.Behaviors;

/**
 * One counter behind one of the contenders, so that every benchmark drives each of them through
 * the same two calls. JMH forks a fresh JVM per {@code @Param} value, so only one subclass is ever
 * loaded in a measured JVM and these calls inline like direct ones.
 */
abstract class CounterTarget {

  /** Tell: queue {@code count += amount} and return at once. */
  abstract void add(long amount);

  /** Ask: queue a read of the count; the future completes on the counter's thread. */
  abstract Future<Long> get();

  /** Stops the counter after it has handled everything sent before. */
  abstract void close() throws Exception;

  static CounterTarget create(String name) {
    return switch (name) {
      case "shuttle" -> new Shuttle();
      case "pekko" -> new Pekko(false);
      case "pekko-askpattern" -> new Pekko(true);
      case "executor" -> new SingleThread();
      default -> throw new IllegalArgumentException("unknown target " + name);
    };
  }

  /** The generated {@code CounterActor} on the default actor pool. */
  static final class Shuttle extends CounterTarget {
    private final CounterActor actor = CounterActor.spawn(new Counter());

    @Override
    void add(long amount) {
      actor.add(amount);
    }

    @Override
    Future<Long> get() {
      return actor.get();
    }

    @Override
    void close() throws Exception {
      actor.stop().get(30, TimeUnit.SECONDS);
    }
  }

  /**
   * A generated actor of the throughput sweep, seen through method references (every generated
   * actor has the same {@code add}/{@code get}/{@code stop}, but no common type).
   */
  static final class SweepShuttle extends CounterTarget {
    private final LongConsumer add;
    private final Supplier<CompletableFuture<Long>> get;
    private final Supplier<CompletableFuture<Void>> stop;

    SweepShuttle(LongConsumer add, Supplier<CompletableFuture<Long>> get, Supplier<CompletableFuture<Void>> stop) {
      this.add = add;
      this.get = get;
      this.stop = stop;
    }

    static CounterTarget withThroughput(int throughput) {
      switch (throughput) {
        case 1: {
          var a = SweepCounters_Throughput1Actor.spawn(new SweepCounters.Throughput1());
          return new SweepShuttle(a::add, a::get, a::stop);
        }
        case 5: {
          var a = SweepCounters_Throughput5Actor.spawn(new SweepCounters.Throughput5());
          return new SweepShuttle(a::add, a::get, a::stop);
        }
        case 16: {
          var a = SweepCounters_Throughput16Actor.spawn(new SweepCounters.Throughput16());
          return new SweepShuttle(a::add, a::get, a::stop);
        }
        case 64: {
          var a = SweepCounters_Throughput64Actor.spawn(new SweepCounters.Throughput64());
          return new SweepShuttle(a::add, a::get, a::stop);
        }
        case 256: {
          var a = SweepCounters_Throughput256Actor.spawn(new SweepCounters.Throughput256());
          return new SweepShuttle(a::add, a::get, a::stop);
        }
        default:
          throw new IllegalArgumentException("no @Actor(throughput = " + throughput + ") class in SweepCounters");
      }
    }

    @Override
    void add(long amount) {
      add.accept(amount);
    }

    @Override
    Future<Long> get() {
      return get.get();
    }

    @Override
    void close() throws Exception {
      stop.get().get(30, TimeUnit.SECONDS);
    }
  }

  /**
   * {@link PekkoCounter} spawned under a plain {@link ActorSystem} with Pekko's default
   * configuration (default dispatcher: a FIFO fork-join pool of at least 8 threads, throughput 5).
   */
  static final class Pekko extends CounterTarget {
    private static final Duration ASK_TIMEOUT = Duration.ofSeconds(30);

    private final boolean askPattern;
    private final ActorSystem<Void> system;
    private final ActorRef<PekkoCounter.Command> counter;

    Pekko(boolean askPattern) {
      this.askPattern = askPattern;
      CompletableFuture<ActorRef<PekkoCounter.Command>> spawned = new CompletableFuture<>();
      this.system = ActorSystem.create(
          Behaviors.setup(context -> {
            spawned.complete(context.spawn(PekkoCounter.create(), "counter"));
            return Behaviors.empty();
          }),
          "bench");
      this.counter = spawned.join();
    }

    @Override
    void add(long amount) {
      counter.tell(new PekkoCounter.Add(amount));
    }

    @Override
    Future<Long> get() {
      if (askPattern) {
        return AskPattern.<PekkoCounter.Command, Long>ask(
                counter, PekkoCounter.Get::new, ASK_TIMEOUT, system.scheduler())
            .toCompletableFuture();
      }
      CompletableFuture<Long> reply = new CompletableFuture<>();
      counter.tell(new PekkoCounter.GetInto(reply));
      return reply;
    }

    @Override
    void close() throws Exception {
      system.terminate();
      system.getWhenTerminated().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
  }

  /** The hand-written baseline: one thread owns the count; tells are tasks, asks are callables. */
  static final class SingleThread extends CounterTarget {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
      Thread thread = new Thread(task, "bench-single-thread");
      thread.setDaemon(true);
      return thread;
    });
    private long count; // touched by the executor's thread only

    @Override
    void add(long amount) {
      executor.execute(() -> count += amount);
    }

    @Override
    Future<Long> get() {
      return executor.submit(() -> count);
    }

    @Override
    void close() throws Exception {
      executor.shutdown();
      if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("single-thread executor did not drain in 30 s");
      }
    }
  }
}
