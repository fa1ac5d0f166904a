package dev.shuttle.spring;

import dev.shuttle.runtime.config.OverrideSource;
import dev.shuttle.runtime.config.Overrides;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Adds the application's {@link EnvironmentOverrideSource} to {@link Overrides} while the bean
 * factory is being post-processed: Shuttle objects read their overrides when they are created, and
 * no singleton, not even a bean post-processor or a bean one of them needs, is created before
 * that. Removes the source when the context closes, or fails to start.
 */
final class OverrideSourceRegistration implements BeanFactoryPostProcessor, PriorityOrdered, DisposableBean {
  private final ConfigurableEnvironment environment;
  private volatile OverrideSource source;

  OverrideSourceRegistration(ConfigurableEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    OverrideSource added = EnvironmentOverrideSource.of(environment);
    Overrides.addSource(added);
    source = added;
  }

  @Override
  public void destroy() {
    OverrideSource added = source;
    if (added != null) {
      Overrides.removeSource(added);
    }
  }

  /** First among the post-processors, before any that might create a bean early. */
  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }
}
