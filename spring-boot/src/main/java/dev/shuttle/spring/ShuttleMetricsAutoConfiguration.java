package dev.shuttle.spring;

import dev.shuttle.micrometer.ShuttleMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Shuttle's meters ({@code shuttle-micrometer}) in the application's {@code MeterRegistry}, when
 * both are there and {@code shuttle.metrics.enabled} is not {@code false}. After Spring Boot's own
 * metrics auto-configurations, which make the registry.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnClass(name = {"io.micrometer.core.instrument.MeterRegistry", "dev.shuttle.micrometer.ShuttleMetrics"})
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnBooleanProperty(name = "shuttle.metrics.enabled", matchIfMissing = true)
public class ShuttleMetricsAutoConfiguration {
  @Bean
  ShuttleMetricsBinding shuttleMetrics(MeterRegistry registry) {
    return new ShuttleMetricsBinding(registry);
  }

  /**
   * Binds the meters for the context's life. Not itself a {@code MeterBinder} bean, which Spring
   * Boot's actuator would bind a second time.
   */
  static final class ShuttleMetricsBinding implements DisposableBean {
    private final ShuttleMetrics metrics = new ShuttleMetrics();

    ShuttleMetricsBinding(MeterRegistry registry) {
      metrics.bindTo(registry);
    }

    @Override
    public void destroy() {
      metrics.close();
    }
  }
}
