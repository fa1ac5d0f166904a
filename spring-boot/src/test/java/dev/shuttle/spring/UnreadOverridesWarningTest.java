package dev.shuttle.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shuttle.spring.app.ConcurrentGitHubClient;
import dev.shuttle.spring.app.GitHubClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Once the application is ready, an override that no object has read is warned about: typos show. */
@ExtendWith(OutputCaptureExtension.class)
class UnreadOverridesWarningTest {
  /** A misspelt method: no object reads this key. */
  private static final String TYPO = "dev.shuttle.spring.app.GitHubClient/repos/RateLimited/value";

  @Test
  void anOverrideNoObjectReadIsWarnedAboutOnceTheApplicationIsReady(CapturedOutput output) {
    ShuttleContexts.runner().withBean(GitHubClient.class, ConcurrentGitHubClient::new)
        .withPropertyValues("shuttle.overrides[" + TYPO + "]=5", "shuttle.overrides[" + GitHubClient.SEARCH + "/value]=3")
        .run(context -> {
          assertThat(output).as("not before it is ready").doesNotContain(TYPO);
          ready(context);
          assertThat(output).contains("Shuttle override " + TYPO + " is set, but no Shuttle object has read it");
          assertThat(output).as("a key the client read").doesNotContain(GitHubClient.SEARCH + "/value is set");
        });
  }

  @Test
  void withEveryOverrideReadNothingIsWarned(CapturedOutput output) {
    ShuttleContexts.runner().withBean(GitHubClient.class, ConcurrentGitHubClient::new)
        .withPropertyValues("shuttle.overrides[" + GitHubClient.REPO + "/burst]=3")
        .run(context -> {
          ready(context);
          assertThat(output).doesNotContain("Shuttle override");
        });
  }

  private static void ready(AssertableApplicationContext context) {
    context.publishEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0],
        context.getSourceApplicationContext(), Duration.ZERO));
  }
}
