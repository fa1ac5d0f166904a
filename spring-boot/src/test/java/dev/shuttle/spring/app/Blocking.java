package dev.shuttle.spring.app;

import dev.shuttle.Async;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** An {@code @Async} task that runs until the test releases it: work a shutdown cannot finish in time. */
public class Blocking {
  @Async
  public CompletableFuture<String> awaitRelease(CountDownLatch release) {
    try {
      return CompletableFuture.completedFuture(release.await(60, TimeUnit.SECONDS) ? "released" : "never released");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return CompletableFuture.failedFuture(e);
    }
  }
}
