package dev.shuttle.spring;

import dev.shuttle.runtime.config.OverrideSource;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;

/**
 * The deploy-time overrides of a Spring application: the map {@code shuttle.overrides} (its keys
 * in brackets), then a property named exactly as the key ({@code
 * --com.example.GitHubClient/repo/RateLimited/value=200} on the command line, or a line of
 * {@code application.properties}). The map is bound once, when the source is made; properties
 * named as keys are looked up in the environment when an object reads them.
 */
final class EnvironmentOverrideSource implements OverrideSource {
  static final String PREFIX = "shuttle.overrides";

  private final ConfigurableEnvironment environment;
  private final Map<String, String> overrides;
  private final Set<String> keys;

  private EnvironmentOverrideSource(ConfigurableEnvironment environment, Map<String, String> overrides,
      Set<String> keys) {
    this.environment = environment;
    this.overrides = Map.copyOf(overrides);
    this.keys = Set.copyOf(keys);
  }

  /**
   * The overrides of {@code environment} as they are now.
   *
   * @throws IllegalStateException if a key under {@code shuttle.overrides} is written without
   *     brackets: Spring's binding would drop its {@code /} and capitals, so no object would read it
   */
  static EnvironmentOverrideSource of(ConfigurableEnvironment environment) {
    Set<String> keys = new TreeSet<>();
    for (PropertySource<?> source : environment.getPropertySources()) {
      if (source instanceof EnumerablePropertySource<?> enumerable) {
        for (String name : enumerable.getPropertyNames()) {
          if (name.startsWith(PREFIX + ".") && name.indexOf('/') >= 0 && name.charAt(PREFIX.length() + 1) != '[') {
            throw unbracketed(source, name);
          }
          if (name.indexOf('/') >= 0 && !name.startsWith(PREFIX)) {
            keys.add(name);
          }
        }
      }
    }
    Map<String, String> overrides = Binder.get(environment)
        .bind(PREFIX, Bindable.mapOf(String.class, String.class))
        .orElse(Map.of());
    keys.addAll(overrides.keySet());
    return new EnvironmentOverrideSource(environment, overrides, keys);
  }

  @Override
  public String value(String key) {
    String value = overrides.get(key);
    return value != null ? value : environment.getProperty(key);
  }

  @Override
  public Set<String> keys() {
    return keys;
  }

  /** Where a refused value came from, in an {@code OverrideException}'s message. */
  @Override
  public String toString() {
    return "of the Spring environment: " + PREFIX + "[key], or a property named as the key";
  }

  private static IllegalStateException unbracketed(PropertySource<?> source, String name) {
    String key = name.substring(PREFIX.length() + 1);
    return new IllegalStateException("Shuttle override " + name + " (" + source.getName() + ") has its key without"
        + " brackets, where Spring's binding drops the '/' and the capitals of a map key: write it as "
        + PREFIX + "[" + key + "] in a properties file, or under " + PREFIX + " in YAML as \"[" + key + "]\"");
  }
}
