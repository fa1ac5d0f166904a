package dev.shuttle.spring;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The auto-configuration in the application contexts of the tests. */
final class ShuttleContexts {
  private ShuttleContexts() {}

  /**
   * A runner with Shuttle's auto-configuration, whose contexts do not shut Shuttle down when they
   * close: that is final for the JVM, so ShutdownLifecycleTest runs in a JVM of its own.
   */
  static ApplicationContextRunner runner() {
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ShuttleAutoConfiguration.class))
        .withPropertyValues("shuttle.shutdown.enabled=false");
  }
}
