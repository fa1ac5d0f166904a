package dev.shuttle.examples.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shuttle.runtime.ratelimit.RateLimitExceededException;
import dev.shuttle.test.ManualClock;
import dev.shuttle.test.ShuttleTest;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application as it starts, application.yml and all: its client's rate is the one the file
 * gives, on the test's manual clock, so every call's fate is exact.
 */
@ShuttleTest
class GitHubApplicationTest {
  @Test
  void theRateInApplicationYmlIsInForce(ManualClock clock) {
    try (ConfigurableApplicationContext context = start()) {
      GitHubClient client = context.getBean(GitHubClient.class);
      IntStream.range(0, 5).forEach(i -> client.repo("octocat/r" + i)); // 5, not the annotation's 10
      RateLimitExceededException refused = assertThrows(RateLimitExceededException.class, () -> client.repo("over"));
      assertEquals(Duration.ofMillis(200), refused.retryAfter(), "5 a second: one permit every 200 ms");

      clock.advance(Duration.ofMillis(200));
      assertEquals("{\"path\":\"/repos/octocat/next\"}", client.repo("octocat/next"));
      assertThrows(RateLimitExceededException.class, () -> client.repo("over again"));
    }
  }

  @Test
  void aCommandLineArgumentBeatsApplicationYml() {
    try (ConfigurableApplicationContext context = start(
        "--dev.shuttle.examples.spring.GitHubClient/repo/RateLimited/value=2")) {
      GitHubClient client = context.getBean(GitHubClient.class);
      client.repo("octocat/a");
      client.repo("octocat/b");
      assertThrows(RateLimitExceededException.class, () -> client.repo("octocat/c"));
    }
  }

  /**
   * The application, with Shuttle's shutdown off when it closes: that would be final for this
   * JVM, which runs the other test next.
   */
  private static ConfigurableApplicationContext start(String... args) {
    return new SpringApplicationBuilder(GitHubApplication.class).properties("shuttle.shutdown.enabled=false").run(args);
  }
}
