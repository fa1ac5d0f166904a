package dev.shuttle.runtime.config;

import java.util.Set;

/**
 * Where deploy-time overrides come from, besides system properties and environment variables:
 * the seam to bridge any configuration library ({@code Overrides.addSource(key ->
 * config.getString(key, null))}).
 */
@FunctionalInterface
public interface OverrideSource {
  /** The value of an override key (for example {@code com.example.GitHubClient/repo/RateLimited/value}), or null. */
  String value(String key);

  /**
   * The keys this source holds, when it can list them: Shuttle warns once about a listed key that
   * names an attribute no annotation has (a typo). Sources that cannot list their keys return the
   * default, an empty set.
   */
  default Set<String> keys() {
    return Set.of();
  }
}
