package dev.shuttle.benchmarks.actor;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The actors one {@link ActorScale} run measures, by index: everything they need that is not the
 * actor itself (behaviours, the arrays that hold them) is made by the constructor, before the
 * heap is first measured, so that the bytes counted are the actors' own. Each step works on a
 * range of indices, so that a run can warm up on the first ones and measure the rest.
 */
abstract class ScalePopulation {
  private static final long REPLY_WAIT_SECONDS = 300;

  /** The names {@code --population} takes: the two contenders, then Shuttle's features. */
  static final List<String> NAMES = List.of("shuttle", "pekko", "timer", "restart", "child", "ask-timeout", "self");

  /** Spawns actors {@code from} to {@code to - 1}; returns when every one of them has started. */
  abstract void spawn(int from, int to) throws Exception;

  /** Sends each actor one ask that changes nothing; returns how many answered. */
  abstract int touch(int from, int to) throws Exception;

  /** Sends each actor the messages this population is measured by; returns how many answered as expected. */
  abstract int use(int from, int to) throws Exception;

  /** How many messages {@link #use} sends each actor. */
  abstract int messagesPerUse();

  /** How {@link #use} uses the actors, for the table. */
  abstract String describeUse();

  /** Stops every actor spawned, and waits until they have. */
  abstract void stop() throws Exception;

  static ScalePopulation create(String name, int size) {
    return switch (name) {
      case "shuttle" -> ShuttlePopulation.counters(size);
      case "pekko" -> new PekkoPopulation(size);
      case "timer" -> ShuttlePopulation.timers(size);
      case "restart" -> ShuttlePopulation.restarts(size);
      case "child" -> ShuttlePopulation.parents(size);
      case "ask-timeout" -> ShuttlePopulation.askTimeouts(size);
      case "self" -> ShuttlePopulation.selves(size);
      default -> throw new IllegalArgumentException("unknown population " + name + ", expected one of " + NAMES);
    };
  }

  /** One ask (with whatever goes before it) to one actor. */
  interface Send<A> {
    CompletableFuture<?> to(A actor, int index);
  }

  /**
   * Sends to {@code actors} from {@code from} to {@code to - 1}, all before waiting for any reply,
   * then waits for every reply; returns how many passed {@code expected}.
   */
  static <A> int sendAndAwait(List<A> actors, int from, int to, Send<A> send, Predicate<Object> expected)
      throws Exception {
    CompletableFuture<?>[] replies = new CompletableFuture<?>[to - from];
    for (int i = from; i < to; i++) {
      replies[i - from] = send.to(actors.get(i), i);
    }
    int answered = 0;
    for (CompletableFuture<?> reply : replies) {
      if (expected.test(reply.get(REPLY_WAIT_SECONDS, TimeUnit.SECONDS))) {
        answered++;
      }
    }
    return answered;
  }
}
