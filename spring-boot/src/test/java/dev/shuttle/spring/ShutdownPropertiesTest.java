package dev.shuttle.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What the shutdown properties decide before any context closes (closing one with the shutdown on
 * is final for the JVM: ShutdownLifecycleTest, in a JVM of its own).
 */
class ShutdownPropertiesTest {
  @Test
  void disabledThereIsNoShutdownLifecycle() {
    ShuttleContexts.runner().run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context).doesNotHaveBean(ShutdownLifecycle.class);
    });
  }

  @Test
  void aNegativeTimeoutFailsStartupNamingTheProperty() {
    ShuttleContexts.runner().withPropertyValues("shuttle.shutdown.enabled=true", "shuttle.shutdown.timeout=-1s")
        .run(context -> {
          assertThat(context).hasFailed();
          assertThat(OverridesTest.rootCause(context.getStartupFailure()))
              .hasMessage("shuttle.shutdown.timeout must not be negative, but is PT-1S");
        });
  }
}
