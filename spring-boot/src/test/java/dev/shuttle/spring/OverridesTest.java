package dev.shuttle.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shuttle.runtime.config.OverrideException;
import dev.shuttle.runtime.config.Overrides;
import dev.shuttle.spring.app.Calls;
import dev.shuttle.spring.app.ConcurrentGitHubClient;
import dev.shuttle.spring.app.GitHubClient;
import dev.shuttle.test.ManualClock;
import dev.shuttle.test.ShuttleTest;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The application's properties become the overrides of the Shuttle objects its beans are: a woven
 * rate-limited bean, on the test's manual clock, lets exactly the overridden number of calls
 * through.
 */
@ShuttleTest
class OverridesTest {
  private static final String REPO_VALUE = GitHubClient.REPO + "/value";

  private final ApplicationContextRunner runner = ShuttleContexts.runner()
      .withBean(GitHubClient.class, ConcurrentGitHubClient::new);

  @Test
  void withoutOverridesTheAnnotationsValueHolds() {
    runner.run(context -> {
      GitHubClient client = context.getBean(GitHubClient.class);
      assertThat(Calls.passing(client::repo)).isEqualTo(2);
    });
  }

  @Test
  void aBracketedShuttleOverridesEntrySetsTheRate(ManualClock clock) {
    runner.withPropertyValues("shuttle.overrides[" + REPO_VALUE + "]=5").run(context -> {
      GitHubClient client = context.getBean(GitHubClient.class);
      assertThat(Calls.passing(client::repo)).as("a burst of 5, as the rate").isEqualTo(5);
      clock.advance(Duration.ofMillis(199));
      assertThat(Calls.passing(client::repo)).isZero();
      clock.advance(Duration.ofMillis(1));
      assertThat(Calls.passing(client::repo)).as("one permit every 200 ms").isEqualTo(1);
      assertThat(Calls.passing(client::search)).as("the other method keeps its own").isEqualTo(2);
    });
  }

  @Test
  void aPropertyNamedAsTheKeySetsTheRate() {
    runner.withPropertyValues(REPO_VALUE + "=3").run(context -> {
      assertThat(Calls.passing(context.getBean(GitHubClient.class)::repo)).isEqualTo(3);
    });
  }

  @Test
  void bothFormsOfApplicationYmlSetTheRates() {
    runner.withInitializer(context -> addYaml(context, "overrides.yml")).run(context -> {
      GitHubClient client = context.getBean(GitHubClient.class);
      assertThat(Calls.passing(client::repo)).as("under shuttle.overrides, bracketed").isEqualTo(4);
      assertThat(Calls.passing(client::search)).as("a top-level key named as the override").isEqualTo(3);
    });
  }

  @Test
  void theFirstPropertySourceWithEitherFormWinsAsSpringOrdersThem() {
    runner.withInitializer(context -> addYaml(context, "overrides.yml")) // repo 4 in the map, search 3 by name
        .withPropertyValues(REPO_VALUE + "=7", "shuttle.overrides[" + GitHubClient.SEARCH + "/value]=1") // before it
        .run(context -> {
          GitHubClient client = context.getBean(GitHubClient.class);
          assertThat(Calls.passing(client::repo)).isEqualTo(7);
          assertThat(Calls.passing(client::search)).isEqualTo(1);
        });
  }

  @Test
  void aValueMayBeAPlaceholder() {
    runner.withPropertyValues("github.rate=6", "shuttle.overrides[" + REPO_VALUE + "]=${github.rate}").run(context -> {
      assertThat(Calls.passing(context.getBean(GitHubClient.class)::repo)).isEqualTo(6);
    });
  }

  @Test
  void aKeyUnderShuttleOverridesWithoutBracketsFailsStartupSayingHowToWriteIt() {
    runner.withInitializer(context -> addYaml(context, "unbracketed.yml")).run(context -> {
      assertThat(context).hasFailed();
      assertThat(rootCause(context.getStartupFailure())).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("shuttle.overrides." + REPO_VALUE)
          .hasMessageContaining("\"[" + REPO_VALUE + "]\"");
    });
  }

  @Test
  void aValueThatIsNoNumberFailsStartupNamingTheKey() {
    runner.withPropertyValues("shuttle.overrides[" + REPO_VALUE + "]=many").run(context -> {
      assertThat(context).hasFailed();
      assertThat(rootCause(context.getStartupFailure())).isInstanceOf(OverrideException.class)
          .hasMessageContaining(REPO_VALUE).hasMessageContaining("\"many\"").hasMessageContaining("Spring environment")
          .hasMessageContaining("whole number");
      OverrideException refused = (OverrideException) rootCause(context.getStartupFailure());
      assertThat(refused.key()).isEqualTo(REPO_VALUE);
    });
  }

  @Test
  void aValueTheRulesRefuseFailsStartupNamingTheKeyAndTheRule() {
    runner.withPropertyValues(REPO_VALUE + "=0").run(context -> {
      assertThat(context).hasFailed();
      assertThat(rootCause(context.getStartupFailure())).isInstanceOf(OverrideException.class)
          .hasMessageContaining(REPO_VALUE).hasMessageContaining("\"0\"").hasMessageContaining("positive number of permits");
    });
  }

  @Test
  void theSourceLeavesWithTheContext() {
    assertThat(Overrides.value(REPO_VALUE)).isNull();
    runner.withPropertyValues("shuttle.overrides[" + REPO_VALUE + "]=5").run(context -> {
      assertThat(Overrides.value(REPO_VALUE)).isEqualTo("5");
    });
    assertThat(Overrides.value(REPO_VALUE)).as("after the context closed").isNull();
  }

  @Test
  void theSourceLeavesAContextThatFailedToStart() {
    runner.withPropertyValues("shuttle.overrides[" + REPO_VALUE + "]=many").run(context -> {
      assertThat(context).hasFailed();
    });
    assertThat(Overrides.value(REPO_VALUE)).isNull();
  }

  @Test
  void aBeanMadeForABeanPostProcessorBeforeAnyOtherSingletonHasItsOverridesAlready() {
    ShuttleContexts.runner().withUserConfiguration(EarlyClient.class)
        .withPropertyValues("shuttle.overrides[" + REPO_VALUE + "]=5").run(context -> {
          GitHubClient client = context.getBean(EarlyClient.NeedsTheClient.class).client;
          assertThat(Calls.passing(client::repo)).isEqualTo(5);
        });
  }

  /** A client that a bean post-processor needs: it is made before the bean factory makes any ordinary bean. */
  @Configuration(proxyBeanMethods = false)
  static class EarlyClient {
    @Bean
    static GitHubClient earlyClient() {
      return new ConcurrentGitHubClient();
    }

    @Bean
    static NeedsTheClient needsTheClient(GitHubClient earlyClient) {
      return new NeedsTheClient(earlyClient);
    }

    /** A post-processor that processes nothing, and holds the client it was made with. */
    static final class NeedsTheClient implements BeanPostProcessor {
      final GitHubClient client;

      NeedsTheClient(GitHubClient client) {
        this.client = client;
      }
    }
  }

  private static void addYaml(ConfigurableApplicationContext context, String name) {
    try {
      for (PropertySource<?> source : new YamlPropertySourceLoader().load(name, new ClassPathResource(name))) {
        context.getEnvironment().getPropertySources().addLast(source);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The exception at the bottom of Spring's wrappers. */
  static Throwable rootCause(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
