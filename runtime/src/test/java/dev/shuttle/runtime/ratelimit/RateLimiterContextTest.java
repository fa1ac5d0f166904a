package dev.shuttle.runtime.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shuttle.runtime.testing.FakeTicker;
import dev.shuttle.runtime.testing.ThreadContext;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An asynchronous rate-limited call that waits for its permit runs later on the limiter's timer
 * thread, with the context its caller had when it asked; a call whose permit is free runs at once on
 * the caller's own thread, which needs no hand-over.
 */
@Timeout(30)
class RateLimiterContextTest {
  private final ThreadContext context = ThreadContext.register();
  // Its clock stands still: the first call takes the one free permit, and every later one waits for
  // its own (on the timer, which waits in real time).
  private final RateLimiter limiter = new RateLimiter(RateLimit.of(1, 20, TimeUnit.MILLISECONDS), new FakeTicker(0));

  @AfterEach
  void unregister() {
    context.close();
  }

  private CompletableFuture<String> whoAmI() {
    return limiter.whenPermitted(
        () -> CompletableFuture.completedFuture(Thread.currentThread().getName() + ":" + context.get()));
  }

  @Test
  void aCallThatWaitsForItsPermitRunsOnTheTimerWithItsCallersContext() throws Exception {
    context.set("alice");
    String inline = whoAmI().get(10, TimeUnit.SECONDS);
    CompletableFuture<String> later = whoAmI();
    context.set("bob"); // after the call was handed over
    assertEquals(Thread.currentThread().getName() + ":alice", inline);
    assertEquals("shuttle-ratelimit-timer:alice", later.get(10, TimeUnit.SECONDS));
    assertEquals(1, context.restores(), "only the call that waited was handed over");
    assertEquals(1, context.undos());

    context.close();
    assertEquals("shuttle-ratelimit-timer:null", whoAmI().get(10, TimeUnit.SECONDS),
        "the timer thread kept nothing of the call before");
  }

  @Test
  void aCallThatThrowsOnTheTimerStillPutsBackItsContext() throws Exception {
    context.set("alice");
    whoAmI().get(10, TimeUnit.SECONDS);
    CompletableFuture<String> failed = limiter.whenPermitted(() -> {
      context.set("changed by the call");
      throw new IllegalStateException("down");
    });
    assertEquals(IllegalStateException.class,
        failed.handle((value, failure) -> failure.getClass()).get(10, TimeUnit.SECONDS));
    context.close();
    assertEquals("shuttle-ratelimit-timer:null", whoAmI().get(10, TimeUnit.SECONDS));
  }
}
