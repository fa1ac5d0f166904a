package dev.shuttle.benchmarks.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;

/** The catalog against the benchmarks JMH's generator listed for this module. */
class CatalogTest {
  /** Benchmark name below dev.shuttle.benchmarks. to its parameters and their values. */
  private static final Map<String, Map<String, String[]>> BENCHMARKS = benchmarks();
  private static final List<Contender> CONTENDERS =
      Catalog.all().stream().flatMap(p -> p.contenders().stream()).toList();

  @Test
  void everyContenderSelectsSomeBenchmark() {
    for (Contender contender : CONTENDERS) {
      assertTrue(BENCHMARKS.keySet().stream().anyMatch(b -> selects(contender, b)), contender.toString());
    }
  }

  @Test
  void everyResultAComparisonNeedsComesFromExactlyOneContenderOfItsPattern() {
    for (dev.shuttle.benchmarks.summary.Pattern pattern : Catalog.all()) {
      assertFalse(pattern.comparisons().isEmpty(), pattern.id());
      for (Comparison comparison : pattern.comparisons()) {
        for (String key : List.of(comparison.shuttleKey(), comparison.peerKey())) {
          assertEquals(1, pattern.contenders().stream().filter(c -> produces(c, key)).count(), key);
          assertEquals(1, CONTENDERS.stream().filter(c -> produces(c, key)).count(), key);
        }
      }
    }
  }

  @Test
  void contenderAndPatternIdsAreUniqueAndComparisonsTooWithinAPattern() {
    assertEquals(CONTENDERS.size(), CONTENDERS.stream().map(Contender::id).distinct().count());
    assertEquals(Catalog.all().size(), Catalog.all().stream().map(p -> p.id()).distinct().count());
    for (dev.shuttle.benchmarks.summary.Pattern pattern : Catalog.all()) {
      Set<String> labels = new HashSet<>();
      pattern.comparisons().forEach(c -> assertTrue(labels.add(c.label()), c.label()));
    }
  }

  @Test
  void onlySelectsPatternsByIdAndRejectsUnknownOnes() {
    assertEquals(List.of("phased", "actor"),
        Catalog.select("phased, actor").stream().map(p -> p.id()).toList());
    assertEquals(Catalog.all(), Catalog.select(""));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Catalog.select("actors"));
    assertTrue(e.getMessage().contains("actor-peers"), "lists the ids: " + e.getMessage());
  }

  /**
   * Whether the contender's run writes a result with this key: it selects the benchmark, fixes
   * the key's parameters or runs the key's value among the benchmark's own, and the key names
   * every parameter the benchmark has (JMH's results always do).
   */
  private static boolean produces(Contender contender, String key) {
    String[] parts = key.split(" ");
    String benchmark = parts[0];
    Map<String, String[]> params = BENCHMARKS.get(benchmark);
    if (params == null || !selects(contender, benchmark)) {
      return false;
    }
    Map<String, String> keyParams = new HashMap<>();
    Arrays.stream(parts).skip(1).forEach(p -> keyParams.put(p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1)));
    assertEquals(params.keySet(), keyParams.keySet(), "the parameters of " + key);
    Map<String, String> fixed = contender.params().stream()
        .collect(Collectors.toMap(p -> p.substring(0, p.indexOf('=')), p -> p.substring(p.indexOf('=') + 1)));
    for (Map.Entry<String, String> param : keyParams.entrySet()) {
      String value = fixed.get(param.getKey());
      boolean runs = value == null
          ? Arrays.asList(params.get(param.getKey())).contains(param.getValue())
          : value.equals(param.getValue());
      if (!runs) {
        return false;
      }
    }
    return true;
  }

  private static boolean selects(Contender contender, String benchmark) {
    return Pattern.compile(contender.include()).matcher("dev.shuttle.benchmarks." + benchmark).find();
  }

  private static Map<String, Map<String, String[]>> benchmarks() {
    Map<String, Map<String, String[]>> benchmarks = new HashMap<>();
    for (BenchmarkListEntry entry : BenchmarkList.defaultList().getAll(null, List.of())) {
      benchmarks.put(JmhResult.key(entry.getUsername()), entry.getParams().orElse(Map.of()));
    }
    assertTrue(benchmarks.containsKey("actor.ActorTellBenchmark.sender1"), "read JMH's benchmark list");
    return benchmarks;
  }
}
