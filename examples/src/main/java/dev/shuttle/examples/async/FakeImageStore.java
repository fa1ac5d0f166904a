package dev.shuttle.examples.async;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Stands in for a remote image store: each call waits {@code latencyMillis}, as a network round trip would. */
public final class FakeImageStore {
  private final long latencyMillis;
  private final Map<String, int[]> stored = new ConcurrentHashMap<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger mostInFlight = new AtomicInteger();

  public FakeImageStore(long latencyMillis) {
    this.latencyMillis = latencyMillis;
  }

  int[] fetch(String name) throws InterruptedException {
    roundTrip();
    int[] pixels = new int[4096];
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = name.hashCode() * 31 + i;
    }
    return pixels;
  }

  void put(String name, int[] pixels) throws InterruptedException {
    roundTrip();
    stored.put(name, pixels);
  }

  private void roundTrip() throws InterruptedException {
    mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    try {
      Thread.sleep(latencyMillis);
    } finally {
      inFlight.decrementAndGet();
    }
  }

  int stored() {
    return stored.size();
  }

  /** The most requests that were waiting on the store at once. */
  int mostInFlight() {
    return mostInFlight.get();
  }
}
