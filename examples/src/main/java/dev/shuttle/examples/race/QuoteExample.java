package dev.shuttle.examples.race;

import java.util.Map;

/**
 * Races two slow fake price services through {@code ConcurrentQuoteService}. The primary usually
 * answers in 20 ms but takes 300 ms for one symbol in five (its tail); the mirror always takes
 * 80 ms. The plain race prints which source won each symbol and how long it took; the hedged one
 * shows how rarely the mirror is needed, and that the slow tail is cut to about the hedge delay
 * plus the mirror's time.
 */
public final class QuoteExample {
  static final String[] SYMBOLS = {"ACME", "BOLT", "CRUX", "DYNE", "EPIC", "FLUX", "GRIT", "HALO", "IONS", "JADE"};

  public static void main(String[] args) throws Exception {
    Map<String, Long> tail = Map.of("ACME", 300L, "FLUX", 300L);
    FakeQuoteSource primary = new FakeQuoteSource("primary", 20, tail);
    FakeQuoteSource mirror = new FakeQuoteSource("mirror", 80, Map.of());
    QuoteService quotes = new ConcurrentQuoteService(primary, mirror);

    for (String symbol : new String[] {"ACME", "BOLT"}) {
      long start = System.nanoTime();
      Quote quote = quotes.quote(symbol).join();
      System.out.printf("race: %s %.0f won by %s in %d ms (primary %s, mirror 80 ms)%n", symbol, quote.price(),
          quote.source(), (System.nanoTime() - start) / 1_000_000, tail.containsKey(symbol) ? "300 ms" : "20 ms");
    }

    int mirrorCallsBefore = mirror.calls.get();
    long slowest = 0;
    int wonByMirror = 0;
    for (String symbol : SYMBOLS) {
      long start = System.nanoTime();
      Quote quote = quotes.hedgedQuote(symbol).join();
      slowest = Math.max(slowest, System.nanoTime() - start);
      wonByMirror += quote.source().equals("mirror") ? 1 : 0;
    }
    int hedges = mirror.calls.get() - mirrorCallsBefore;
    System.out.printf("race: hedged after 50 ms: %d quotes, the mirror was asked %d times and won %d; slowest quote "
        + "%d ms (the primary's tail is 300 ms)%n", SYMBOLS.length, hedges, wonByMirror, slowest / 1_000_000);
    System.out.printf("race: losers interrupted so far: primary %d, mirror %d%n",
        primary.interrupted.get(), mirror.interrupted.get());
  }

  private QuoteExample() {}
}
