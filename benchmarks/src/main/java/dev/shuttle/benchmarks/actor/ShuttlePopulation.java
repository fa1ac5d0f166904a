package dev.shuttle.benchmarks.actor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Generated actors of one class on the default pool, seen through method references (generated
 * actors share no type). The factories make every behaviour up front, so the heap measured around
 * {@link #spawn} holds the actors' own bytes only.
 */
final class ShuttlePopulation<A> extends ScalePopulation {
  /** Tells per actor in the contenders' measured step; one ask follows them. */
  static final int TELLS = 10;

  /** What {@link #use} sends one actor, and what its reply must be. */
  record Use<A>(String description, int messages, Send<A> send, Predicate<Object> expected) {}

  private final IntFunction<A> spawn;
  private final Function<A, CompletableFuture<?>> ping;
  private final Function<A, CompletableFuture<Void>> stopOne;
  private final Use<A> use;
  private final List<A> actors;

  private ShuttlePopulation(int size, IntFunction<A> spawn, Function<A, CompletableFuture<?>> ping,
      Function<A, CompletableFuture<Void>> stop, Use<A> use) {
    this.spawn = spawn;
    this.ping = ping;
    this.stopOne = stop;
    this.use = use;
    this.actors = new ArrayList<>(size);
  }

  /** The contender: {@link Counter}s, sent {@value #TELLS} tells and one ask each. */
  static ShuttlePopulation<CounterActor> counters(int size) {
    List<Counter> counters = make(size, Counter::new);
    return new ShuttlePopulation<>(size, i -> CounterActor.spawn(counters.get(i)), CounterActor::get,
        CounterActor::stop, new Use<>(TELLS + " tells + 1 ask", TELLS + 1, (actor, i) -> {
          for (int tell = 0; tell < TELLS; tell++) {
            actor.add(1);
          }
          return actor.get();
        }, reply -> reply.equals((long) TELLS)));
  }

  static ShuttlePopulation<ScaleActors_TimedActor> timers(int size) {
    List<ScaleActors.Timed> timed = make(size, ScaleActors.Timed::new);
    return new ShuttlePopulation<>(size, i -> ScaleActors_TimedActor.spawn(timed.get(i)),
        ScaleActors_TimedActor::ping, ScaleActors_TimedActor::stop,
        new Use<>("one Actors.startTimer, 1 h away", 1, (actor, i) -> actor.arm(), Boolean.TRUE::equals));
  }

  /**
   * {@code RESTART} actors spawn from a factory: this one hands out behaviours made up front, two
   * per actor (its first, and the one it restarts with).
   */
  static ShuttlePopulation<ScaleActors_FragileActor> restarts(int size) {
    List<ScaleActors.Fragile> fragile = make(2 * size, ScaleActors.Fragile::new);
    AtomicInteger made = new AtomicInteger();
    Supplier<ScaleActors.Fragile> factory = () -> fragile.get(made.getAndIncrement());
    return new ShuttlePopulation<>(size, i -> ScaleActors_FragileActor.spawn(factory),
        ScaleActors_FragileActor::ping, ScaleActors_FragileActor::stop,
        new Use<>("1 failed tell (a restart), then 1 ask", 2, (actor, i) -> {
          actor.fail();
          return actor.ping().thenApply(answered -> answered && actor.stats().failed() == 1);
        }, Boolean.TRUE::equals));
  }

  /** Each parent adopts a child spawned up front, so the child's own bytes are not counted. */
  static ShuttlePopulation<ScaleActors_ParentActor> parents(int size) {
    List<ScaleActors.Parent> parents = make(size, ScaleActors.Parent::new);
    List<CounterActor> children = make(size, () -> CounterActor.spawn(new Counter()));
    return new ShuttlePopulation<>(size, i -> ScaleActors_ParentActor.spawn(parents.get(i)),
        ScaleActors_ParentActor::ping, ScaleActors_ParentActor::stop,
        new Use<>("one Actors.child (the child spawned beforehand)", 1,
            (actor, i) -> actor.adopt(children.get(i)), Boolean.TRUE::equals));
  }

  /** Counters asked once through a view made by {@code withAskTimeout}, which the caller keeps. */
  static ShuttlePopulation<CounterActor> askTimeouts(int size) {
    List<Counter> counters = make(size, Counter::new);
    CounterActor[] views = new CounterActor[size];
    return new ShuttlePopulation<>(size, i -> CounterActor.spawn(counters.get(i)), CounterActor::get,
        CounterActor::stop, new Use<>("1 ask through withAskTimeout(10 min), the view kept", 1,
            (actor, i) -> (views[i] = actor.withAskTimeout(Duration.ofMinutes(10))).get(),
            reply -> reply.equals(0L)));
  }

  static ShuttlePopulation<ScaleActors_SelfAwareActor> selves(int size) {
    List<ScaleActors.SelfAware> selves = make(size, ScaleActors.SelfAware::new);
    return new ShuttlePopulation<>(size, i -> ScaleActors_SelfAwareActor.spawn(selves.get(i)),
        ScaleActors_SelfAwareActor::ping, ScaleActors_SelfAwareActor::stop,
        new Use<>("self() kept in a field", 1, (actor, i) -> actor.remember(), Boolean.TRUE::equals));
  }

  private static <T> List<T> make(int size, Supplier<T> make) {
    List<T> made = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      made.add(make.get());
    }
    return made;
  }

  @Override
  void spawn(int from, int to) {
    if (from != actors.size()) {
      throw new IllegalArgumentException("spawn in order: next is " + actors.size() + ", not " + from);
    }
    for (int i = from; i < to; i++) {
      actors.add(spawn.apply(i));
    }
  }

  @Override
  int touch(int from, int to) throws Exception {
    return sendAndAwait(actors, from, to, (actor, i) -> ping.apply(actor), Objects::nonNull);
  }

  @Override
  int use(int from, int to) throws Exception {
    return sendAndAwait(actors, from, to, use.send(), use.expected());
  }

  @Override
  int messagesPerUse() {
    return use.messages();
  }

  @Override
  String describeUse() {
    return use.description();
  }

  @Override
  void stop() throws Exception {
    CompletableFuture.allOf(actors.stream().map(stopOne).toArray(CompletableFuture<?>[]::new)).get(300, TimeUnit.SECONDS);
  }
}
