package golden;

import dev.shuttle.Pool;
import dev.shuttle.Race;
import dev.shuttle.Sizing;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/** The quote service: sources returning values or stages, a plain race and a hedged one with a timeout. */
@Pool(sizing = Sizing.VIRTUAL, waitRatio = 19.0)
public abstract class Quotes {
  protected Quotes() {}

  public Quote fromPrimary(String symbol) { return new Quote(symbol, 1.0, "primary"); }

  public CompletableFuture<Quote> fromMirror(String symbol) {
    return CompletableFuture.completedFuture(new Quote(symbol, 1.0, "mirror"));
  }

  Quote fromCache(String symbol) { return new Quote(symbol, 0.9, "cache"); }

  @Race({"fromPrimary", "fromMirror"})
  public abstract CompletableFuture<Quote> quote(String symbol);

  @Race(value = {"fromPrimary", "fromMirror", "fromCache"}, hedgeAfter = 50, unit = TimeUnit.MILLISECONDS, timeout = 2000)
  public abstract CompletionStage<Quote> hedgedQuote(String symbol);
}
