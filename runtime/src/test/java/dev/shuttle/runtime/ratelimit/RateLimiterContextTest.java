package dev.shuttle.runtime.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.shuttle.runtime.testing.FakeScheduler;
import dev.shuttle.runtime.testing.ThreadContext;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An asynchronous rate-limited call that waits for its permit runs later, when its clock's timer
 * fires, with the context its caller had when it asked; a call whose permit is free runs at once on
 * the caller's own thread, which needs no hand-over. The clock stands still: the first call takes
 * the one free permit, and the next waits for its own, due 20 ms on, until the test fires it.
 */
@Timeout(30)
class RateLimiterContextTest {
  private static final long PERMIT_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

  private final ThreadContext context = ThreadContext.register();
  private final FakeScheduler clock = new FakeScheduler();
  private final RateLimiter limiter = new RateLimiter(RateLimit.of(1, 20, TimeUnit.MILLISECONDS), clock);

  @AfterEach
  void unregister() {
    context.close();
  }

  private CompletableFuture<String> whoAmI() {
    return limiter.whenPermitted(() -> CompletableFuture.completedFuture(String.valueOf(context.get())));
  }

  @Test
  void aCallThatWaitsForItsPermitRunsWithItsCallersContext() {
    context.set("alice");
    assertEquals("alice", whoAmI().getNow(null), "a free permit: run at once, on the caller's thread");
    CompletableFuture<String> later = whoAmI();
    context.set("bob"); // after the call was handed over
    assertFalse(later.isDone());
    clock.fire(PERMIT_NANOS);
    assertEquals("alice", later.getNow(null));
    assertEquals("bob", context.get(), "the thread that ran the call got its own context back");
    assertEquals(1, context.restores(), "only the call that waited was handed over");
    assertEquals(1, context.undos());
  }

  @Test
  void aCallThatThrowsStillPutsBackItsContext() {
    context.set("alice");
    whoAmI();
    CompletableFuture<String> failed = limiter.whenPermitted(() -> {
      context.set("changed by the call");
      throw new IllegalStateException("down");
    });
    context.set("bob");
    clock.fire(PERMIT_NANOS);
    assertEquals(IllegalStateException.class, failed.handle((value, failure) -> failure.getClass()).getNow(null));
    assertEquals("bob", context.get());
    assertEquals(1, context.undos());
  }
}
