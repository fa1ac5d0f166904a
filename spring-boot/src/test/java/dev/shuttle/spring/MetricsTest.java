package dev.shuttle.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shuttle.micrometer.ShuttleMetrics;
import dev.shuttle.spring.app.Calls;
import dev.shuttle.spring.app.ConcurrentGitHubClient;
import dev.shuttle.spring.app.GitHubClient;
import dev.shuttle.test.ShuttleTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Shuttle's meters go to the application's MeterRegistry when there is one, and only then. */
@ShuttleTest
class MetricsTest {
  private static ApplicationContextRunner runner() {
    return ShuttleContexts.runner()
        .withConfiguration(AutoConfigurations.of(ShuttleMetricsAutoConfiguration.class))
        .withBean(GitHubClient.class, ConcurrentGitHubClient::new);
  }

  @Test
  void aRateLimitedBeansPermitsAreCountedInTheRegistry() {
    runner().withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
      MeterRegistry registry = context.getBean(MeterRegistry.class);
      double before = granted(registry); // the meters count every instance of the declaration, earlier ones too
      int passed = Calls.passing(context.getBean(GitHubClient.class)::repo);
      assertThat(granted(registry) - before).isEqualTo(passed);
    });
  }

  private static double granted(MeterRegistry registry) {
    return registry.find("shuttle.ratelimit.permits").tag("name", "GitHubClient.repo").tag("result", "granted")
        .functionCounter().count();
  }

  @Test
  void withoutAMeterRegistryNothingIsBound() {
    runner().run(context -> assertThat(context)
        .doesNotHaveBean(ShuttleMetricsAutoConfiguration.ShuttleMetricsBinding.class));
  }

  @Test
  void withoutShuttleMicrometerNothingIsBound() {
    runner().withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .withClassLoader(new FilteredClassLoader(ShuttleMetrics.class))
        .run(context -> assertThat(context)
            .doesNotHaveBean(ShuttleMetricsAutoConfiguration.ShuttleMetricsBinding.class));
  }

  @Test
  void theMetersGoWhenTheContextCloses() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    runner().withBean(MeterRegistry.class, () -> registry)
        .run(context -> assertThat(registry.find("shuttle.ratelimit.permits").meters()).isNotEmpty());
    assertThat(registry.find("shuttle.ratelimit.permits").meters()).isEmpty();
  }

  @Test
  void theyCanBeTurnedOff() {
    runner().withBean(MeterRegistry.class, SimpleMeterRegistry::new).withPropertyValues("shuttle.metrics.enabled=false")
        .run(context -> assertThat(context)
            .doesNotHaveBean(ShuttleMetricsAutoConfiguration.ShuttleMetricsBinding.class));
  }
}
