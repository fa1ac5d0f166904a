package dev.shuttle.examples.context;

import dev.shuttle.Actor;
import dev.shuttle.Async;
import dev.shuttle.Pipeline;
import dev.shuttle.Pool;
import dev.shuttle.Race;
import dev.shuttle.RateLimited;
import dev.shuttle.Sizing;
import dev.shuttle.Stage;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.MDC;

/** Classes whose methods report the {@code requestId} of the MDC they run with, on whatever thread that is. */
final class Traced {
  private Traced() {}

  static String requestId() {
    return MDC.get("requestId");
  }

  @Pool(sizing = Sizing.FIXED, threads = 1)
  abstract static class Client {
    @Async
    public CompletableFuture<String> fetch(String url) {
      return CompletableFuture.completedFuture(url + " for " + requestId());
    }

    /** One call a millisecond: a second call at once waits for its permit, on the limiter's timer. */
    @RateLimited(value = 1_000, burst = 1)
    public CompletableFuture<String> limited() {
      return CompletableFuture.completedFuture(requestId());
    }

    public String primary() {
      return requestId();
    }

    public String mirror() {
      return requestId();
    }

    @Race({"primary", "mirror"})
    public abstract CompletableFuture<String> quote();
  }

  @Actor
  static class Session {
    private final Queue<String> told = new ConcurrentLinkedQueue<>();

    public void note(String what) {
      told.add(what + " for " + requestId());
    }

    public String notes() {
      return String.join(", ", told);
    }

    public String whoAsks() {
      return requestId();
    }
  }

  @Pipeline(bound = 8)
  static class Audit {
    final Queue<String> recorded = new ConcurrentLinkedQueue<>();

    @Stage
    String tag(String item) {
      return item + " tagged for " + requestId();
    }

    @Stage
    void record(String tagged) {
      recorded.add(tagged + ", recorded for " + requestId());
    }
  }
}
