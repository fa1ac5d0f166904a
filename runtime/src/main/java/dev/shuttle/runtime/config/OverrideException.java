package dev.shuttle.runtime.config;

/**
 * A deploy-time override that Shuttle refused, thrown when the object it configures is created: it
 * names the key, the value and the rule the value breaks (the same rule the processor applies to
 * the annotation's value).
 */
public final class OverrideException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String key;
  private final String value;

  public OverrideException(String key, String value, String rule) {
    super("Shuttle override " + key + " = \"" + value + "\" (" + Overrides.origin(key) + ") is refused: " + rule);
    this.key = key;
    this.value = value;
  }

  /** The key, for example {@code com.example.GitHubClient/repo/RateLimited/value}. */
  public String key() {
    return key;
  }

  /** The value as the source gave it. */
  public String value() {
    return value;
  }
}
