package dev.shuttle.spring;

import dev.shuttle.runtime.config.OverrideSource;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;

/**
 * The deploy-time overrides of a Spring application: an entry of the map {@code shuttle.overrides}
 * (its key in brackets), or a property named exactly as the key ({@code
 * --com.example.GitHubClient/repo/RateLimited/value=200} on the command line, a line of {@code
 * application.properties}). Both forms follow Spring's order of property sources: the first
 * source that has either wins, so a command-line argument beats {@code application.yml} whichever
 * form each uses. Values are looked up when an object reads them; the keys, for Shuttle's checks
 * of misspelt ones, are listed once, when the source is made.
 */
final class EnvironmentOverrideSource implements OverrideSource {
  static final String PREFIX = "shuttle.overrides";

  private final ConfigurableEnvironment environment;
  private final Set<String> keys;

  private EnvironmentOverrideSource(ConfigurableEnvironment environment, Set<String> keys) {
    this.environment = environment;
    this.keys = Set.copyOf(keys);
  }

  /**
   * The overrides of {@code environment}.
   *
   * @throws IllegalStateException if a key under {@code shuttle.overrides} is written without
   *     brackets: Spring's binding of the map would drop its {@code /} and capitals
   */
  static EnvironmentOverrideSource of(ConfigurableEnvironment environment) {
    Set<String> keys = new TreeSet<>();
    for (PropertySource<?> source : environment.getPropertySources()) {
      if (source instanceof EnumerablePropertySource<?> enumerable) {
        for (String name : enumerable.getPropertyNames()) {
          String key = name.startsWith(PREFIX) ? bracketedKey(source, name) : null;
          if (key != null) {
            keys.add(key);
          } else if (name.indexOf('/') >= 0 && !name.startsWith(PREFIX)) {
            keys.add(name);
          }
        }
      }
    }
    return new EnvironmentOverrideSource(environment, keys);
  }

  @Override
  public String value(String key) {
    String bracketed = PREFIX + "[" + key + "]"; // as in a properties file or on the command line
    String nested = PREFIX + ".[" + key + "]"; // as YAML's nesting flattens it
    for (PropertySource<?> source : environment.getPropertySources()) {
      if (ConfigurationPropertySources.isAttachedConfigurationPropertySource(source)) {
        continue; // a view of all the others, blind to names such as the key's
      }
      Object value = source.getProperty(bracketed);
      value = value != null ? value : source.getProperty(nested);
      value = value != null ? value : source.getProperty(key);
      if (value != null) {
        return environment.resolveRequiredPlaceholders(value.toString());
      }
    }
    return null;
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

  /** The override key of a property under {@code shuttle.overrides}, or null for one that holds none. */
  private static String bracketedKey(PropertySource<?> source, String name) {
    String rest = name.substring(PREFIX.length());
    rest = rest.startsWith(".") ? rest.substring(1) : rest;
    if (rest.startsWith("[") && rest.endsWith("]")) {
      return rest.substring(1, rest.length() - 1);
    }
    if (rest.indexOf('/') >= 0) {
      throw new IllegalStateException("Shuttle override " + name + " (" + source.getName() + ") has its key"
          + " without brackets, where Spring's binding drops the '/' and the capitals of a map key: write "
          + PREFIX + "[" + rest + "] in a properties file, or \"[" + rest + "]\" under " + PREFIX + " in YAML");
    }
    return null;
  }
}
