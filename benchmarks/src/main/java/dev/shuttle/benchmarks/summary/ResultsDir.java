package dev.shuttle.benchmarks.summary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What {@code compare-all.sh} writes: {@code round1/}, {@code round2/}, ... each holding one JMH
 * JSON file per contender.
 */
final class ResultsDir {
  /** Every round's results by key, in round order. */
  static List<Map<String, JmhResult>> read(Path dir) throws IOException {
    List<Path> roundDirs;
    try (Stream<Path> children = Files.list(dir)) {
      roundDirs = children
          .filter(p -> Files.isDirectory(p) && p.getFileName().toString().matches("round[0-9]+"))
          .sorted(Comparator.comparingInt(p -> Integer.parseInt(p.getFileName().toString().substring(5))))
          .toList();
    }
    if (roundDirs.isEmpty()) {
      throw new IllegalArgumentException(dir + " has no round directories (round1, round2, ...)");
    }
    List<Map<String, JmhResult>> rounds = new ArrayList<>();
    for (Path roundDir : roundDirs) {
      rounds.add(readRound(roundDir));
    }
    return rounds;
  }

  private static Map<String, JmhResult> readRound(Path roundDir) throws IOException {
    List<Path> files;
    try (Stream<Path> children = Files.list(roundDir)) {
      files = children.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    Map<String, JmhResult> results = new LinkedHashMap<>();
    for (Path file : files) {
      for (JmhResult result : JmhResult.read(file)) {
        if (results.put(result.key(), result) != null) {
          throw new IllegalArgumentException(roundDir + ": two results for " + result.key());
        }
      }
    }
    return results;
  }

  private ResultsDir() {}
}
