package dev.shuttle.benchmarks.summary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One benchmark's result in a JMH JSON file ({@code -rf json}): which benchmark with which
 * parameters ({@link #key}), its mode, score and unit, the bytes it allocated per operation
 * ({@code -prof gc}'s {@code gc.alloc.rate.norm}; NaN without that profiler) and the JVM it ran on.
 */
record JmhResult(String key, String mode, double score, String unit, double bytesPerOp, String jvm) {
  private static final String PACKAGE = "dev.shuttle.benchmarks.";

  /**
   * The key of a benchmark: its name below {@code dev.shuttle.benchmarks.} and its parameters,
   * sorted, as in {@code "actor.ActorTellBenchmark.sender1 target=shuttle"}.
   */
  static String key(String benchmark, String... params) {
    StringBuilder key = new StringBuilder(benchmark.startsWith(PACKAGE) ? benchmark.substring(PACKAGE.length()) : benchmark);
    Stream.of(params).sorted().forEach(param -> key.append(' ').append(param));
    return key.toString();
  }

  /** Above 1, Shuttle is faster: a higher score is better only for throughput. */
  boolean higherIsBetter() {
    return mode.equals("thrpt");
  }

  static List<JmhResult> read(Path file) throws IOException {
    try {
      return parse(Files.readString(file));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  static List<JmhResult> parse(String json) {
    List<JmhResult> results = new ArrayList<>();
    for (Object element : list(Json.parse(json))) {
      Map<String, Object> run = map(element);
      Map<String, Object> primary = map(run.get("primaryMetric"));
      Map<String, Object> secondary = run.containsKey("secondaryMetrics") ? map(run.get("secondaryMetrics")) : Map.of();
      Object allocation = secondary.get("gc.alloc.rate.norm");
      results.add(new JmhResult(
          key(string(run.get("benchmark")), params(run)),
          string(run.get("mode")),
          number(primary.get("score")),
          string(primary.get("scoreUnit")),
          allocation == null ? Double.NaN : number(map(allocation).get("score")),
          string(run.get("vmName")) + " " + string(run.get("vmVersion"))));
    }
    return results;
  }

  private static String[] params(Map<String, Object> run) {
    if (!run.containsKey("params")) {
      return new String[0];
    }
    return map(run.get("params")).entrySet().stream()
        .map(p -> p.getKey() + "=" + string(p.getValue()))
        .toArray(String[]::new);
  }

  /** JMH writes NaN and infinities as strings. */
  private static double number(Object value) {
    if (value instanceof Double d) {
      return d;
    }
    if (value instanceof String s) {
      return Double.parseDouble(s);
    }
    throw new IllegalArgumentException("a number expected, found " + value);
  }

  private static String string(Object value) {
    if (value instanceof String s) {
      return s;
    }
    throw new IllegalArgumentException("a string expected, found " + value);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    if (value instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    throw new IllegalArgumentException("an object expected, found " + value);
  }

  private static List<Object> list(Object value) {
    if (value instanceof List<?> l) {
      return new ArrayList<>(l);
    }
    throw new IllegalArgumentException("an array expected, found " + value);
  }
}
