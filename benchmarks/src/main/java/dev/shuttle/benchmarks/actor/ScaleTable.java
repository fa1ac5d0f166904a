package dev.shuttle.benchmarks.actor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The BENCHMARKS.md tables from {@link ScaleResult} lines: every number is the median over runs
 * with the range in brackets. Ratios pair each contender's k-th run with the other's k-th, which
 * {@code actor-scale.sh} runs in the same round, and take the median of those ratios.
 */
final class ScaleTable {
  private ScaleTable() {}

  static String render(List<String> lines) {
    Map<String, List<ScaleResult>> runs = new LinkedHashMap<>();
    for (String line : lines) {
      if (ScaleResult.isResult(line)) {
        ScaleResult result = ScaleResult.parse(line);
        runs.computeIfAbsent(result.population(), population -> new ArrayList<>()).add(result);
      }
    }
    StringBuilder out = new StringBuilder();
    List<ScaleResult> shuttle = runs.getOrDefault("shuttle", List.of());
    List<ScaleResult> pekko = runs.getOrDefault("pekko", List.of());
    if (!shuttle.isEmpty() && !pekko.isEmpty()) {
      contenders(out, shuttle, pekko);
    }
    features(out, runs);
    return out.toString();
  }

  private static void contenders(StringBuilder out, List<ScaleResult> shuttle, List<ScaleResult> pekko) {
    out.append(String.format(Locale.ROOT, "| %,d actors, %d / %d runs | Shuttle | Pekko | Pekko / Shuttle |%n",
        shuttle.get(0).actors(), shuttle.size(), pekko.size()));
    out.append("|---|---:|---:|---:|\n");
    row(out, "bytes per idle actor", shuttle, pekko, ScaleResult::idleBytes, true);
    row(out, "spawn all, ms", shuttle, pekko, ScaleResult::spawnMillis, true);
    row(out, "ns per message (" + shuttle.get(0).use() + " to each)", shuttle, pekko,
        ScaleResult::nanosPerMessage, true);
    row(out, "bytes per actor more after its first ask", shuttle, pekko, ScaleResult::touchedBytes, false);
    row(out, "bytes per actor more after the messages", shuttle, pekko, ScaleResult::usedBytes, false);
    out.append(String.format(Locale.ROOT, "| replies as expected (fewest in a run) | %,d | %,d | – |%n%n",
        fewestAnswered(shuttle), fewestAnswered(pekko)));
  }

  private static void row(StringBuilder out, String name, List<ScaleResult> shuttle, List<ScaleResult> pekko,
      ToDoubleFunction<ScaleResult> value, boolean ratio) {
    String ratios = "–";
    if (ratio) {
      List<Double> perRound = new ArrayList<>();
      for (int k = 0; k < Math.min(shuttle.size(), pekko.size()); k++) {
        perRound.add(value.applyAsDouble(pekko.get(k)) / value.applyAsDouble(shuttle.get(k)));
      }
      ratios = spread(perRound, "%.1f");
    }
    out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s |%n",
        name, spread(values(shuttle, value), "%.0f"), spread(values(pekko, value), "%.0f"), ratios));
  }

  private static void features(StringBuilder out, Map<String, List<ScaleResult>> runs) {
    StringBuilder rows = new StringBuilder();
    for (Map.Entry<String, List<ScaleResult>> feature : runs.entrySet()) {
      if (feature.getKey().equals("shuttle") || feature.getKey().equals("pekko")) {
        continue;
      }
      List<ScaleResult> results = feature.getValue();
      rows.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %,d of %,d |%n", feature.getKey(),
          results.get(0).use(), spread(values(results, ScaleResult::usedBytes), "%.0f"),
          spread(values(results, ScaleResult::idleBytes), "%.0f"), fewestAnswered(results),
          results.get(0).actors()));
    }
    if (rows.length() > 0) {
      out.append("| Shuttle feature | each actor was sent | bytes per actor more than idle | idle, same run"
          + " | replies as expected (fewest in a run) |\n");
      out.append("|---|---|---:|---:|---:|\n").append(rows).append('\n');
    }
  }

  private static List<Double> values(List<ScaleResult> results, ToDoubleFunction<ScaleResult> value) {
    return results.stream().map(value::applyAsDouble).toList();
  }

  private static int fewestAnswered(List<ScaleResult> results) {
    return results.stream().mapToInt(ScaleResult::answered).min().orElse(0);
  }

  /** {@code median [min .. max]}, or the one value when there is one. */
  static String spread(List<Double> values, String format) {
    List<Double> sorted = values.stream().sorted().toList();
    int size = sorted.size();
    double median = size % 2 == 1 ? sorted.get(size / 2) : (sorted.get(size / 2 - 1) + sorted.get(size / 2)) / 2;
    String one = String.format(Locale.ROOT, format, median);
    if (size == 1) {
      return one;
    }
    return one + String.format(Locale.ROOT, " [" + format + " .. " + format + "]", sorted.get(0), sorted.get(size - 1));
  }
}
