package dev.shuttle.runtime.config;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * Deploy-time overrides of annotation values: each numeric attribute a deployment tunes can be
 * set without recompiling, and the annotation's value is the default.
 *
 * <h2>Keys</h2>
 *
 * A key names the annotated class (its canonical name), the method when the annotation is on a
 * method, the annotation's simple name and the attribute, separated by {@code /}:
 * <pre>
 * com.example.GitHubClient/repo/RateLimited/value      &#64;RateLimited on method repo
 * com.example.GitHubClient/RateLimited/burst           &#64;RateLimited on the class
 * com.example.Ingest/parse/Stage/workers               &#64;Stage on method parse of &#64;Pipeline Ingest
 * com.example.Account/Actor/mailbox                    &#64;Actor on class Account
 * </pre>
 * What is shared by name is configured by name: {@code RateLimited/<name>/value} for the bucket
 * {@code @RateLimited(name = ...)} (whoever uses it), {@code Pool/<name>/threads} for a pool
 * (a class's own pool is named after the class: {@code Pool/com.example.Thumbnailer/threads}).
 * Overloads of one method share their keys. {@code docs/configuration.md} lists every attribute.
 *
 * <h2>Where values come from</h2>
 *
 * The first of: a system property named as the key; an environment variable named as the key, or
 * as {@link #environmentVariable(String) the key in capitals with every other character an
 * underscore}; the {@linkplain #addSource added sources}, in the order they were added.
 *
 * <h2>When values are read</h2>
 *
 * When the object they configure is created: a rate limiter when its woven instance is
 * constructed, a pool when it is first used, an actor's settings at its type's first spawn. A bad
 * value fails that creation with an {@link OverrideException} naming the key, the value and the
 * rule; nothing is read on a call's path. Values read are kept until a source is added or removed
 * or {@link #refresh()} is called (say, after setting system properties in a test).
 */
public final class Overrides {
  private static final System.Logger LOG = System.getLogger("dev.shuttle.config");
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^A-Za-z0-9]");
  private static final List<OverrideSource> SOURCES = new CopyOnWriteArrayList<>();
  private static final Set<String> READ = ConcurrentHashMap.newKeySet();
  private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();
  private static volatile long version;

  private Overrides() {}

  /** Adds a source, consulted after system properties, environment variables and earlier sources. */
  public static void addSource(OverrideSource source) {
    SOURCES.add(Objects.requireNonNull(source, "source"));
    refresh();
  }

  /** Removes a source added before; returns whether it was there. */
  public static boolean removeSource(OverrideSource source) {
    boolean removed = SOURCES.remove(source);
    refresh();
    return removed;
  }

  /**
   * Forgets the values read so far: objects created from now on read their overrides again.
   * Objects already created keep theirs (a rate limiter's rate changes with
   * {@code RateLimiter.setLimit}).
   */
  public static void refresh() {
    version++;
  }

  /** The value of {@code key}, or null when no source sets it. */
  public static String value(String key) {
    READ.add(key);
    String value = System.getProperty(key);
    if (value == null) {
      value = environment(key);
    }
    for (int i = 0; value == null && i < SOURCES.size(); i++) {
      value = SOURCES.get(i).value(key);
    }
    return value == null ? null : value.strip();
  }

  /**
   * The environment variable a key is also read from: {@code
   * COM_EXAMPLE_GITHUBCLIENT_REPO_RATELIMITED_VALUE} for {@code
   * com.example.GitHubClient/repo/RateLimited/value}.
   */
  public static String environmentVariable(String key) {
    return NOT_ALPHANUMERIC.matcher(key).replaceAll("_").toUpperCase(Locale.ROOT);
  }

  /**
   * The keys of system properties, environment variables and listing sources that look like
   * Shuttle keys (one of Shuttle's annotations, then an attribute) and that no object created so
   * far has read: typos, or overrides for classes not used yet. A framework calls this once its
   * application has started (the Spring Boot module warns about each).
   */
  public static Set<String> unread() {
    Set<String> unread = new TreeSet<>();
    for (String key : listedKeys()) {
      if (OverrideKeys.looksLikeKey(key) && !READ.contains(key)) {
        unread.add(key);
      }
    }
    return unread;
  }

  /** Version of the sources, to tell a value read earlier from a stale one. */
  static long version() {
    return version;
  }

  /** Where the value of {@code key} comes from, for messages. */
  static String origin(String key) {
    if (System.getProperty(key) != null) {
      return "system property";
    }
    if (System.getenv(key) != null) {
      return "environment variable " + key;
    }
    if (System.getenv(environmentVariable(key)) != null) {
      return "environment variable " + environmentVariable(key);
    }
    for (OverrideSource source : SOURCES) {
      if (source.value(key) != null) {
        return "override source " + source;
      }
    }
    return "no source";
  }

  /** Every key the listable sources hold: system properties, environment names as given, sources' keys. */
  static Set<String> listedKeys() {
    Set<String> keys = new TreeSet<>(System.getProperties().stringPropertyNames());
    keys.addAll(System.getenv().keySet());
    for (OverrideSource source : SOURCES) {
      keys.addAll(source.keys());
    }
    return keys;
  }

  /** Logs, once per key, an override nothing reads. */
  static void warnOnce(String key, String why) {
    if (WARNED.add(key)) {
      LOG.log(System.Logger.Level.WARNING, () -> "Shuttle override " + key + " is ignored: " + why);
    }
  }

  private static String environment(String key) {
    Map<String, String> env = System.getenv();
    String value = env.get(key);
    return value != null ? value : env.get(environmentVariable(key));
  }
}
