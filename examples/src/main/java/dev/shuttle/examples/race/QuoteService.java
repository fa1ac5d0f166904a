package dev.shuttle.examples.race;

import dev.shuttle.Pool;
import dev.shuttle.Race;
import dev.shuttle.Sizing;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Two redundant price services. {@link #quote} asks both at once and takes the first answer;
 * {@link #hedgedQuote} asks the primary, and the mirror only if the primary has not answered in
 * 50 ms ("The Tail at Scale": a few percent more requests for a much shorter tail).
 */
@Pool(sizing = Sizing.IO_BOUND, waitRatio = 19.0)
public abstract class QuoteService {
  private final FakeQuoteSource primary;
  private final FakeQuoteSource mirror;

  protected QuoteService(FakeQuoteSource primary, FakeQuoteSource mirror) {
    this.primary = primary;
    this.mirror = mirror;
  }

  public Quote fromPrimary(String symbol) throws InterruptedException {
    return primary.quote(symbol);
  }

  public Quote fromMirror(String symbol) throws InterruptedException {
    return mirror.quote(symbol);
  }

  @Race({"fromPrimary", "fromMirror"})
  public abstract CompletableFuture<Quote> quote(String symbol);

  @Race(value = {"fromPrimary", "fromMirror"}, hedgeAfter = 50, unit = TimeUnit.MILLISECONDS, timeout = 2000)
  public abstract CompletableFuture<Quote> hedgedQuote(String symbol);
}
