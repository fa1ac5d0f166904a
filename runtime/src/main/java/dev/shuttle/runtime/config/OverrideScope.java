package dev.shuttle.runtime.config;

import dev.shuttle.runtime.InternalApi;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The overrides of one annotation on one element, for the runtime type that the annotation
 * configures: it reads each attribute's key, parses it, and turns a value that the settings'
 * own checks refuse into an {@link OverrideException} naming the key.
 *
 * <pre>
 * OverrideScope scope = OverrideScope.of("com.example.GitHubClient/repo/RateLimited");
 * long permits = scope.longValue("value", declaredPermits);
 * return scope.build(() -&gt; new RateLimit(permits, ...));
 * </pre>
 */
@InternalApi
public final class OverrideScope {
  private static final Pattern DURATION = Pattern.compile("(\\d[\\d_]*)\\s*(ns|us|µs|ms|s|m|min|h|d)");
  private static final Map<String, TimeUnit> UNITS = Map.of(
      "ns", TimeUnit.NANOSECONDS, "us", TimeUnit.MICROSECONDS, "µs", TimeUnit.MICROSECONDS,
      "ms", TimeUnit.MILLISECONDS, "s", TimeUnit.SECONDS, "m", TimeUnit.MINUTES, "min", TimeUnit.MINUTES,
      "h", TimeUnit.HOURS, "d", TimeUnit.DAYS);

  /** The version of the sources at which each path's keys were last checked for unknown attributes. */
  private static final ConcurrentHashMap<String, Long> CHECKED = new ConcurrentHashMap<>();

  private final String path;
  private final Map<String, String> overridden = new LinkedHashMap<>();

  private OverrideScope(String path) {
    this.path = path;
  }

  /**
   * The scope of the keys {@code path/attribute}, where {@code path} ends with the annotation's
   * simple name ({@code com.example.GitHubClient/repo/RateLimited}) or, for what is shared by
   * name, starts with it ({@code RateLimited/search}). Warns once about each key under it that
   * names no attribute of that annotation.
   */
  public static OverrideScope of(String path) {
    Long checked = CHECKED.get(path);
    long version = Overrides.version();
    if (checked == null || checked != version) { // each path's keys are listed once per version of the sources
      warnAboutUnknownAttributes(path);
      CHECKED.put(path, version);
    }
    return new OverrideScope(path);
  }

  private static void warnAboutUnknownAttributes(String path) {
    String last = path.substring(path.lastIndexOf('/') + 1);
    String annotation = OverrideKeys.isAnnotation(last) ? last : path.substring(0, path.indexOf('/'));
    Set<String> attributes = OverrideKeys.attributes(annotation);
    String prefix = path + "/";
    String envPrefix = Overrides.environmentVariable(prefix);
    for (String key : Overrides.listedKeys()) {
      String attribute = key.startsWith(prefix) ? key.substring(prefix.length())
          : key.startsWith(envPrefix) ? key.substring(envPrefix.length()) : null;
      if (attribute != null && !containsIgnoringCase(attributes, attribute, key.startsWith(prefix))) {
        Overrides.warnOnce(key, "@" + annotation + " has no attribute '" + attribute + "' that can be overridden"
            + (attributes.isEmpty() ? "" : "; those that can are " + new TreeSet<>(attributes)));
      }
    }
  }

  /**
   * The version of the override sources: settings read at one version are current until it
   * changes (a source added or removed, {@link Overrides#refresh()}).
   */
  public static long version() {
    return Overrides.version();
  }

  /** The key of {@code attribute} in this scope. */
  public String key(String attribute) {
    return path + "/" + attribute;
  }

  /** The attribute's override as a whole number, or {@code declared}. */
  public long longValue(String attribute, long declared) {
    String text = read(attribute);
    if (text == null) {
      return declared;
    }
    try {
      return parseWhole(text);
    } catch (NumberFormatException e) {
      throw new OverrideException(key(attribute), text, "it must be a whole number");
    }
  }

  /** The attribute's override as an {@code int}, or {@code declared}. */
  public int intValue(String attribute, int declared) {
    long value = longValue(attribute, declared);
    if (value != (int) value) {
      throw new OverrideException(key(attribute), overridden.get(key(attribute)),
          "it must be a whole number of at most " + Integer.MAX_VALUE);
    }
    return (int) value;
  }

  /** The attribute's override as a decimal number, or {@code declared}. */
  public double doubleValue(String attribute, double declared) {
    String text = read(attribute);
    if (text == null) {
      return declared;
    }
    try {
      double value = Double.parseDouble(text);
      if (Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new OverrideException(key(attribute), text, "it must be a finite decimal number");
  }

  /**
   * The attribute's override as a duration in nanoseconds, or {@code declared} (in {@code unit}).
   * The override is a number in {@code unit} (the annotation's own), a number with a unit
   * ({@code 250ms}, {@code 2s}, {@code 1h}: ns, us, ms, s, m, h, d) or an ISO-8601 duration
   * ({@code PT0.25S}).
   */
  public long nanos(String attribute, long declared, TimeUnit unit) {
    String text = read(attribute);
    return text == null ? unit.toNanos(declared) : parseNanos(attribute, text, unit);
  }

  /** As {@link #nanos(String, long, TimeUnit)}, for a duration whose override must name its unit. */
  public long nanos(String attribute, long declaredNanos) {
    String text = read(attribute);
    return text == null ? declaredNanos : parseNanos(attribute, text, null);
  }

  private long parseNanos(String attribute, String text, TimeUnit plainUnit) {
    try {
      if (text.startsWith("P") || text.startsWith("p") || text.startsWith("-P")) {
        return Duration.parse(text).toNanos();
      }
      Matcher matcher = DURATION.matcher(text.toLowerCase(Locale.ROOT));
      if (matcher.matches()) {
        return saturatedNanos(parseWhole(matcher.group(1)), UNITS.get(matcher.group(2)), text, attribute);
      }
      if (plainUnit != null) {
        return saturatedNanos(parseWhole(text), plainUnit, text, attribute);
      }
    } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
      // refused below
    }
    String plain = plainUnit == null ? "" : "a whole number of " + plainUnit.name().toLowerCase(Locale.ROOT) + ", ";
    throw new OverrideException(key(attribute), text,
        "it must be a duration: " + plain + "a number with a unit (250ms, 2s, 1h) or ISO-8601 (PT0.25S)");
  }

  private static long parseWhole(String text) {
    return Long.parseLong(text.replace("_", ""));
  }

  /**
   * Builds the settings from the values read, turning the {@code IllegalArgumentException} of
   * their own checks into an {@link OverrideException} naming the overridden keys.
   */
  public <T> T build(Supplier<T> settings) {
    try {
      return settings.get();
    } catch (OverrideException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      if (overridden.isEmpty()) {
        throw e;
      }
      Map.Entry<String, String> first = overridden.entrySet().iterator().next();
      String others = overridden.size() == 1 ? "" : " (together with " + String.join(", ",
          overridden.keySet().stream().skip(1).toList()) + ")";
      throw new OverrideException(first.getKey(), first.getValue(), e.getMessage() + others);
    }
  }

  /** Whether any attribute of this scope was overridden. */
  public boolean isOverridden() {
    return !overridden.isEmpty();
  }

  private String read(String attribute) {
    String key = key(attribute);
    String text = Overrides.value(key);
    if (text != null) {
      overridden.put(key, text);
    }
    return text;
  }

  private long saturatedNanos(long amount, TimeUnit unit, String text, String attribute) {
    long nanos = unit.toNanos(amount);
    if (nanos == Long.MAX_VALUE && unit.convert(nanos, TimeUnit.NANOSECONDS) != amount) {
      throw new OverrideException(key(attribute), text, "it is longer than 292 years");
    }
    return nanos;
  }

  private static boolean containsIgnoringCase(Set<String> attributes, String attribute, boolean exact) {
    if (exact) {
      return attributes.contains(attribute);
    }
    return attributes.stream().anyMatch(a -> Overrides.environmentVariable(a).equals(attribute));
  }
}
