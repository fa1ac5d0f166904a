package dev.shuttle.spring;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ClassUtils;

/**
 * Shuttle in a Spring Boot application: the {@code shuttle.overrides} and properties named as
 * override keys configure every Shuttle object the application creates; the application context's
 * close runs {@code Shuttle.shutdown} (unless {@code shuttle.shutdown.enabled=false}); {@code
 * shuttle.context.mdc=true} carries SLF4J's MDC with the work handed to other threads. See
 * {@link ShuttleProperties}.
 */
@AutoConfiguration
@EnableConfigurationProperties(ShuttleProperties.class)
public class ShuttleAutoConfiguration {
  /** Static: a bean factory post-processor, made before the configuration class itself. */
  @Bean
  static OverrideSourceRegistration shuttleOverrideSource(ConfigurableEnvironment environment) {
    return new OverrideSourceRegistration(environment);
  }

  @Bean
  UnreadOverridesWarning shuttleUnreadOverridesWarning() {
    return new UnreadOverridesWarning();
  }

  @Bean
  @ConditionalOnBooleanProperty(name = "shuttle.shutdown.enabled", matchIfMissing = true)
  ShutdownLifecycle shuttleShutdown(ShuttleProperties properties) {
    return new ShutdownLifecycle(properties.getShutdown().getTimeout());
  }

  /**
   * @throws IllegalStateException if shuttle-mdc is not on the class path: the property would
   *     otherwise do nothing, silently
   */
  @Bean
  @ConditionalOnBooleanProperty("shuttle.context.mdc")
  MdcInstallation shuttleMdc(ApplicationContext context) {
    if (!ClassUtils.isPresent(MdcInstallation.MDC_CONTEXT, context.getClassLoader())) {
      throw new IllegalStateException("shuttle.context.mdc=true needs dev.shuttle:shuttle-mdc on the class path");
    }
    return new MdcInstallation();
  }
}
