package dev.shuttle.test.usage;

import dev.shuttle.Async;
import dev.shuttle.Race;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;

/** A user's hedged quote service: each source answers when the test completes its stage. */
public abstract class Quotes {
  final CompletableFuture<String> primary = new CompletableFuture<>();
  final CompletableFuture<String> mirror = new CompletableFuture<>();
  final ConcurrentLinkedQueue<String> started = new ConcurrentLinkedQueue<>();

  public CompletableFuture<String> fromPrimary(String symbol) {
    started.add("primary");
    return primary;
  }

  public CompletableFuture<String> fromMirror(String symbol) {
    started.add("mirror");
    return mirror;
  }

  /** The mirror starts if the primary has not answered within 50 ms; no answer within 2 s fails. */
  @Race(value = {"fromPrimary", "fromMirror"}, hedgeAfter = 50, timeout = 2000)
  public abstract CompletableFuture<String> quote(String symbol);

  @Async
  public CompletableFuture<String> warmUp(String symbol) {
    started.add("warm-up " + symbol);
    return CompletableFuture.completedFuture("warm " + symbol);
  }
}
