package dev.shuttle.benchmarks.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.Behaviors;

/**
 * The Pekko contender: typed counters spawned the idiomatic way, by the guardian's
 * {@code context.spawn}, under a plain {@link ActorSystem} with Pekko's default configuration.
 * Each counter is a {@code Behaviors.receive} behaviour over a {@link Counter} of its own, built
 * up front like Shuttle's behaviours, and wrapped in a {@code Behaviors.setup} that counts the
 * actor as started when Pekko runs it. Asks carry a {@code CompletableFuture} the actor completes
 * (the fastest request/reply from outside the actor system; {@code AskPattern} would spawn a
 * temporary actor per ask).
 */
final class PekkoPopulation extends ScalePopulation {
  sealed interface Command permits Add, GetInto {}

  record Add(long amount) implements Command {}

  record GetInto(CompletableFuture<Long> reply) implements Command {}

  /** What the guardian is asked: spawn counters {@code from} to {@code to - 1}, then complete {@code spawned}. */
  record SpawnAll(int from, int to, CompletableFuture<Void> spawned) {}

  private final List<Behavior<Command>> behaviours;
  private final List<ActorRef<Command>> counters;
  private volatile CountDownLatch started = new CountDownLatch(0);
  private final ActorSystem<SpawnAll> system;

  PekkoPopulation(int size) {
    this.behaviours = new ArrayList<>(size);
    this.counters = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      Behavior<Command> counter = counter(new Counter());
      behaviours.add(Behaviors.setup(context -> {
        started.countDown();
        return counter;
      }));
    }
    this.system = ActorSystem.create(guardian(), "scale");
  }

  private static Behavior<Command> counter(Counter counter) {
    return Behaviors.receive(Command.class)
        .onMessage(Add.class, add -> {
          counter.add(add.amount());
          return Behaviors.same();
        })
        .onMessage(GetInto.class, get -> {
          get.reply().complete(counter.get());
          return Behaviors.same();
        })
        .build();
  }

  /** Spawns what it is asked to, in index order, into {@link #counters}; read once {@code spawned} completes. */
  private Behavior<SpawnAll> guardian() {
    return Behaviors.setup(context -> Behaviors.receive(SpawnAll.class)
        .onMessage(SpawnAll.class, spawn -> {
          for (int i = spawn.from(); i < spawn.to(); i++) {
            counters.add(context.spawn(behaviours.get(i), "counter-" + i));
          }
          spawn.spawned().complete(null);
          return Behaviors.same();
        })
        .build());
  }

  @Override
  void spawn(int from, int to) throws Exception {
    if (from != counters.size()) {
      throw new IllegalArgumentException("spawn in order: next is " + counters.size() + ", not " + from);
    }
    started = new CountDownLatch(to - from);
    long begin = System.nanoTime();
    CompletableFuture<Void> spawned = new CompletableFuture<>();
    system.tell(new SpawnAll(from, to, spawned));
    spawned.get(300, TimeUnit.SECONDS);
    long refs = System.nanoTime() - begin;
    if (!started.await(300, TimeUnit.SECONDS)) {
      throw new IllegalStateException(started.getCount() + " Pekko actors did not start in 300 s");
    }
    System.err.printf("pekko: the guardian spawned %,d actors in %.0f ms; all had started after %.0f ms%n",
        to - from, refs / 1e6, (System.nanoTime() - begin) / 1e6);
  }

  @Override
  int touch(int from, int to) throws Exception {
    return sendAndAwait(counters, from, to, (counter, i) -> get(counter), Objects::nonNull);
  }

  @Override
  int use(int from, int to) throws Exception {
    return sendAndAwait(counters, from, to, (counter, i) -> {
      for (int tell = 0; tell < ShuttlePopulation.TELLS; tell++) {
        counter.tell(new Add(1));
      }
      return get(counter);
    }, reply -> reply.equals((long) ShuttlePopulation.TELLS));
  }

  private static CompletableFuture<Long> get(ActorRef<Command> counter) {
    CompletableFuture<Long> reply = new CompletableFuture<>();
    counter.tell(new GetInto(reply));
    return reply;
  }

  @Override
  int messagesPerUse() {
    return ShuttlePopulation.TELLS + 1;
  }

  @Override
  String describeUse() {
    return ShuttlePopulation.TELLS + " tells + 1 ask";
  }

  @Override
  void stop() throws Exception {
    system.terminate();
    system.getWhenTerminated().toCompletableFuture().get(300, TimeUnit.SECONDS);
  }
}
