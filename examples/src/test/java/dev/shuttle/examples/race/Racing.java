package dev.shuttle.examples.race;

import dev.shuttle.OnLimit;
import dev.shuttle.Pool;
import dev.shuttle.Race;
import dev.shuttle.RateLimited;
import dev.shuttle.Sizing;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** {@code @Race} test classes whose sources a test drives with latches. */
final class Racing {
  private Racing() {}

  /** A source the test controls: it answers, fails or hangs, and tells whether it was interrupted. */
  static final class Source {
    final String name;
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch interrupted = new CountDownLatch(1);
    final AtomicInteger calls = new AtomicInteger();
    volatile CountDownLatch go = new CountDownLatch(1);
    volatile boolean fail;

    Source(String name) {
      this.name = name;
    }

    /** Answers at once. */
    Source answering() {
      go.countDown();
      return this;
    }

    /** Fails at once. */
    Source failing() {
      fail = true;
      go.countDown();
      return this;
    }

    String call(String symbol) throws Exception {
      calls.incrementAndGet();
      started.countDown();
      try {
        go.await();
      } catch (InterruptedException e) {
        interrupted.countDown();
        throw e;
      }
      if (fail) {
        throw new IOException(name + " down");
      }
      return name + ":" + symbol;
    }
  }

  @Pool(sizing = Sizing.FIXED, threads = 4)
  abstract static class Quotes {
    final Source primary;
    final Source mirror;

    Quotes(Source primary, Source mirror) {
      this.primary = primary;
      this.mirror = mirror;
    }

    public String fromPrimary(String symbol) throws Exception {
      return primary.call(symbol);
    }

    /** A source that returns a stage: started on the pool, answered from another thread. */
    public CompletableFuture<String> fromMirror(String symbol) {
      return CompletableFuture.supplyAsync(() -> {
        try {
          return mirror.call(symbol);
        } catch (Exception e) {
          throw new java.util.concurrent.CompletionException(e);
        }
      });
    }

    public String fromPrimaryDirect(String symbol) throws Exception {
      return primary.call(symbol);
    }

    public String fromMirrorDirect(String symbol) throws Exception {
      return mirror.call(symbol);
    }

    @Race({"fromPrimaryDirect", "fromMirrorDirect"})
    public abstract CompletableFuture<String> quote(String symbol);

    @Race({"fromPrimary", "fromMirror"})
    public abstract CompletableFuture<String> quoteFromStages(String symbol);

    /** Hedged after an hour: the second source starts only when the first fails. */
    @Race(value = {"fromPrimaryDirect", "fromMirrorDirect"}, hedgeAfter = 1, unit = TimeUnit.HOURS)
    public abstract CompletableFuture<String> patientQuote(String symbol);

    /** Hedged after a millisecond: the second source starts while the first hangs. */
    @Race(value = {"fromPrimaryDirect", "fromMirrorDirect"}, hedgeAfter = 1)
    public abstract CompletableFuture<String> hedgedQuote(String symbol);

    @Race(value = {"fromPrimaryDirect", "fromMirrorDirect"}, timeout = 20)
    public abstract CompletableFuture<String> quickQuote(String symbol);
  }

  /** A rate-limited source: the race calls it through its override, so the limit applies. */
  abstract static class LimitedSources {
    final Source other = new Source("other").failing();

    @RateLimited(value = 1, unit = TimeUnit.HOURS, onLimit = OnLimit.FAIL)
    public String limited(String symbol) {
      return "limited:" + symbol;
    }

    /** Always fails: the race's outcome is then the limited source's. */
    public String unlimited(String symbol) throws Exception {
      return other.call(symbol);
    }

    @Race({"limited", "unlimited"})
    public abstract CompletableFuture<String> quote(String symbol);
  }
}
