package dev.shuttle.examples.race;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands in for a remote price service: answers after a latency per symbol (a slow symbol stands
 * for the service's tail), and counts calls and calls it was interrupted in.
 */
final class FakeQuoteSource {
  private final String name;
  private final long usualMillis;
  private final Map<String, Long> slowMillis;
  final AtomicInteger calls = new AtomicInteger();
  final AtomicInteger interrupted = new AtomicInteger();

  FakeQuoteSource(String name, long usualMillis, Map<String, Long> slowMillis) {
    this.name = name;
    this.usualMillis = usualMillis;
    this.slowMillis = slowMillis;
  }

  Quote quote(String symbol) throws InterruptedException {
    calls.incrementAndGet();
    try {
      Thread.sleep(slowMillis.getOrDefault(symbol, usualMillis));
    } catch (InterruptedException lost) {
      interrupted.incrementAndGet(); // the race was won elsewhere: stop working at once
      throw lost;
    }
    return new Quote(symbol, 100 + Math.floorMod(symbol.hashCode(), 50), name);
  }
}
