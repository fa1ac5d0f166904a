package dev.shuttle.examples.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.examples.InterruptedCall;
import dev.shuttle.runtime.ratelimit.RateLimitExceededException;
import dev.shuttle.runtime.WaitInterruptedException;
import dev.shuttle.test.ManualClock;
import dev.shuttle.test.ShuttleTest;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the woven classes the processor generated for {@link Limited}, each test on a clock of its own. */
@ShuttleTest
class GeneratedRateLimitTest {

  @Test
  void failRefusesAtOnceWithTheWaitAndNeverRunsTheMethod() {
    Limited.Api api = new ConcurrentLimited_Api();
    assertEquals("ok:a", api.failFast("a"));
    RateLimitExceededException refused = assertThrows(RateLimitExceededException.class, () -> api.failFast("b"));
    assertEquals(Duration.ofHours(1), refused.retryAfter(), "no time has passed on the test's clock");
    assertTrue(refused.getMessage().contains("Api.failFast"), refused.getMessage());
    assertEquals(1, api.calls.get());
  }

  @Test
  void maxWaitGivesUpWhenThePermitIsFurtherAway() {
    Limited.Api api = new ConcurrentLimited_Api();
    assertEquals("ok", api.waitBriefly());
    assertThrows(RateLimitExceededException.class, api::waitBriefly);
    assertEquals(1, api.calls.get());
  }

  @Test
  void aWaitingCallerCanBeInterrupted() throws Exception {
    Limited.Api api = new ConcurrentLimited_Api();
    api.waitForever();
    InterruptedCall call = InterruptedCall.interrupt(api::waitForever);
    assertInstanceOf(WaitInterruptedException.class, call.thrown());
    assertTrue(call.flagSetAgain(), "the interrupt flag is set again");
    assertEquals(1, api.calls.get());
  }

  @Test
  void anAsyncMethodNeverThrowsItFailsItsFuture() throws Exception {
    Limited.Api api = new ConcurrentLimited_Api();
    assertEquals("async ok", api.asyncFailFast().get(30, TimeUnit.SECONDS));
    CompletableFuture<String> refused = api.asyncFailFast(); // no exception here
    ExecutionException failure = assertThrows(ExecutionException.class, () -> refused.get(30, TimeUnit.SECONDS));
    assertInstanceOf(RateLimitExceededException.class, failure.getCause());
    assertEquals(1, api.calls.get());
  }

  @Test
  void anAsyncCallOverTheLimitRunsWhenItsPermitComesDue(ManualClock clock) throws Exception {
    Limited.Api api = new ConcurrentLimited_Api();
    CompletableFuture<String> first = api.asyncWait(1);
    CompletableFuture<String> second = api.asyncWait(2); // burst 1: due 1 ms later, on the clock
    CompletableFuture<String> failing = api.asyncWait(-1); // due 2 ms later
    assertEquals("n=1", first.get(30, TimeUnit.SECONDS));
    assertEquals(1, api.calls.get(), "the others wait for their permits");
    clock.advance(Duration.ofMillis(1));
    assertEquals("n=2", second.get(30, TimeUnit.SECONDS));
    assertFalse(failing.isDone());
    clock.advance(Duration.ofMillis(1));
    ExecutionException failure = assertThrows(ExecutionException.class, () -> failing.get(30, TimeUnit.SECONDS));
    assertInstanceOf(IllegalArgumentException.class, failure.getCause(), "the method's own exception, unchanged");
    assertEquals(3, api.calls.get());
  }

  @Test
  void eachKeyHasItsOwnBucket() {
    Limited.Api api = new ConcurrentLimited_Api();
    assertEquals("hello alice", api.perUser("alice"));
    assertEquals("hello bob", api.perUser("bob"));
    assertThrows(RateLimitExceededException.class, () -> api.perUser("alice"));
  }

  @Test
  void aNamedBucketIsSharedAcrossInstancesAndClassesAndAClashIsRefused() {
    Limited.SearchA a = new ConcurrentLimited_SearchA();
    Limited.SearchB b = new ConcurrentLimited_SearchB();
    assertEquals("a", a.search());
    assertThrows(RateLimitExceededException.class, b::search);
    IllegalStateException clash = assertThrows(IllegalStateException.class, ConcurrentLimited_Clashing::new);
    assertTrue(clash.getMessage().contains("\"test-search\""), clash.getMessage());
  }

  @Test
  void selfCallsAreLimitedToo() {
    Limited.SelfCalling self = new ConcurrentLimited_SelfCalling();
    // outer() takes the class bucket's only permit, then its call to inner() needs another.
    assertThrows(RateLimitExceededException.class, self::outer);
  }

  @Test
  void eachInstanceHasItsOwnBucketByDefault() {
    Limited.Api first = new ConcurrentLimited_Api();
    Limited.Api second = new ConcurrentLimited_Api();
    assertEquals("ok:x", first.failFast("x"));
    assertEquals("ok:y", second.failFast("y"));
  }
}
