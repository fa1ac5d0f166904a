package dev.shuttle.runtime.config;

import java.util.Map;
import java.util.Set;

/** The attributes each annotation lets a deployment override: what a key may end with. */
final class OverrideKeys {
  private static final Map<String, Set<String>> ATTRIBUTES = Map.of(
      "RateLimited", Set.of("value", "period", "burst", "maxWait"),
      "Pool", Set.of("threads", "maxThreads", "waitRatio", "queue"),
      "Actor", Set.of("mailbox", "throughput", "maxRestarts", "restartWithinSeconds", "restartBackoffMillis"),
      "Race", Set.of("hedgeAfter", "timeout"),
      "Pipeline", Set.of("bound"),
      "Stage", Set.of("workers", "bound"),
      "ForkJoin", Set.of("threshold", "parallelism"),
      "Phased", Set.of("parties"));
  /** Every annotation of Shuttle's that a key could name, with attributes to override or without. */
  private static final Set<String> ANNOTATIONS = Set.of("RateLimited", "Pool", "Actor", "Race", "Pipeline", "Stage",
      "ForkJoin", "Phased", "Async", "ReadMostly");

  private OverrideKeys() {}

  /** The attributes of {@code annotation} (a simple name) that can be overridden; empty if none. */
  static Set<String> attributes(String annotation) {
    return ATTRIBUTES.getOrDefault(annotation, Set.of());
  }

  /** Whether {@code name} is the simple name of one of Shuttle's annotations. */
  static boolean isAnnotation(String name) {
    return ANNOTATIONS.contains(name);
  }

  /** Whether {@code key} has the shape {@code .../Annotation/attribute} for one of Shuttle's annotations. */
  static boolean looksLikeKey(String key) {
    int last = key.lastIndexOf('/');
    if (last <= 0) {
      return false;
    }
    int previous = key.lastIndexOf('/', last - 1);
    return ANNOTATIONS.contains(key.substring(previous + 1, last));
  }
}
