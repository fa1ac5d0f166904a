package dev.shuttle.micrometer.app;

import dev.shuttle.Actor;

/** An actor that counts, and fails on a negative amount. */
@Actor
public class Counter {
  private long total;

  public void add(long amount) {
    if (amount < 0) {
      throw new IllegalArgumentException("negative: " + amount);
    }
    total += amount;
  }

  public long total() {
    return total;
  }
}
