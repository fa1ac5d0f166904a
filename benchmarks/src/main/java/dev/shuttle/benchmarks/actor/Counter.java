package dev.shuttle.benchmarks.actor;

import dev.shuttle.Actor;

/**
 * The work every actor benchmark does: add to a counter (a tell) and read it back (an ask).
 * The benchmarks drive the generated {@code CounterActor}, exactly as a user would.
 */
@Actor
public class Counter {
  private long count;

  /** Tell: {@code CounterActor.add} returns at once. */
  public void add(long amount) {
    count += amount;
  }

  /** Ask: {@code CounterActor.get} returns a {@code CompletableFuture<Long>}. */
  public long get() {
    return count;
  }
}
