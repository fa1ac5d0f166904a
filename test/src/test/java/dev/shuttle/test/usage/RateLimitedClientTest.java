package dev.shuttle.test.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shuttle.runtime.ratelimit.RateLimitExceededException;
import dev.shuttle.test.ManualClock;
import dev.shuttle.test.ShuttleTest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A user's test of a @RateLimited(100) client: time moves by hand, and every call's fate is exact. */
@ShuttleTest
@Timeout(60) // a bound on a hang, not a timing claim
class RateLimitedClientTest {
  private final GitHubClient client = new ConcurrentGitHubClient(); // made on the test's clock

  @Test
  void aHundredCallsPassAtOnceThenOneMoreEveryTenMilliseconds(ManualClock clock) {
    IntStream.range(0, 100).forEach(i -> client.repo("r" + i));
    RateLimitExceededException refused = assertThrows(RateLimitExceededException.class, () -> client.repo("over"));
    assertEquals(Duration.ofMillis(10), refused.retryAfter(), "the next permit is due in exactly 10 ms");

    clock.advance(Duration.ofMillis(9));
    assertThrows(RateLimitExceededException.class, () -> client.repo("still over"));
    clock.advance(Duration.ofMillis(1));
    assertEquals("repo next", client.repo("next"));
    assertThrows(RateLimitExceededException.class, () -> client.repo("over again"));

    clock.advance(Duration.ofSeconds(1)); // the bucket refills to its burst, no further
    IntStream.range(0, 100).forEach(i -> client.repo("s" + i));
    assertThrows(RateLimitExceededException.class, () -> client.repo("over the refill"));
    assertEquals(201, client.fetched.size());
  }

  @Test
  void aCallOverTheLimitWaitsUntilTheTestMovesTheClock(ManualClock clock) throws Exception {
    IntStream.range(0, 100).forEach(i -> client.issues("r" + i));
    CompletableFuture<String> waiting = CompletableFuture.supplyAsync(() -> client.issues("late"));
    clock.awaitTimers(1); // the caller sleeps on the clock

    clock.advance(Duration.ofMillis(9));
    assertFalse(waiting.isDone(), "its permit is due at 10 ms");
    assertEquals(List.of(Duration.ofMillis(1)), clock.pendingDelays());
    clock.advance(Duration.ofMillis(1));
    assertEquals("issues of late", waiting.get(30, TimeUnit.SECONDS));
    assertEquals(101, client.fetched.size());
  }

  @Test
  void maxWaitRefusesAPermitDueLaterAndWaitsForOneDueSooner(ManualClock clock) throws Exception {
    assertEquals("results for a", client.search("a")); // the one permit of this second
    assertThrows(RateLimitExceededException.class, () -> client.search("b"), "due in 1 s, later than 500 ms");

    clock.advance(Duration.ofMillis(500));
    CompletableFuture<String> waiting = CompletableFuture.supplyAsync(() -> client.search("c")); // due in 500 ms
    clock.awaitTimers(1);
    clock.advance(Duration.ofMillis(499));
    assertFalse(waiting.isDone());
    clock.advance(Duration.ofMillis(1));
    assertEquals("results for c", waiting.get(30, TimeUnit.SECONDS));
    assertEquals(List.of("a", "c"), client.fetched);
  }

  @Test
  void aNamedBucketIsFreshInEveryTest() {
    GitHubClient other = new ConcurrentGitHubClient();
    client.graphql("one");
    other.graphql("two"); // the same bucket, by name
    assertThrows(RateLimitExceededException.class, () -> client.graphql("three"));
  }

  @Test
  void theSameNamedBucketAgainInAnotherTest() {
    aNamedBucketIsFreshInEveryTest(); // would be refused at once if the bucket carried over
  }
}
