package dev.shuttle.benchmarks.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The rows of the summary, from the results of every round; fails on anything missing or odd. */
final class Summary {
  static List<Row> rows(List<Pattern> patterns, List<Map<String, JmhResult>> rounds) {
    if (rounds.isEmpty()) {
      throw new IllegalArgumentException("no rounds to summarize");
    }
    List<Row> rows = new ArrayList<>();
    for (Pattern pattern : patterns) {
      for (Comparison comparison : pattern.comparisons()) {
        List<Double> ratios = new ArrayList<>();
        List<Double> shuttleBytes = new ArrayList<>();
        List<Double> peerBytes = new ArrayList<>();
        for (int round = 0; round < rounds.size(); round++) {
          JmhResult shuttle = result(rounds.get(round), comparison.shuttleKey(), round);
          JmhResult peer = result(rounds.get(round), comparison.peerKey(), round);
          ratios.add(ratio(shuttle, peer));
          shuttleBytes.add(shuttle.bytesPerOp());
          peerBytes.add(peer.bytesPerOp());
        }
        rows.add(new Row(pattern, comparison, ratios, Row.median(shuttleBytes), Row.median(peerBytes)));
      }
    }
    return rows;
  }

  /** Shuttle's speed over the peer's: above 1, Shuttle is faster, whether the score is a rate or a time. */
  static double ratio(JmhResult shuttle, JmhResult peer) {
    if (!shuttle.mode().equals(peer.mode()) || !shuttle.unit().equals(peer.unit())) {
      throw new IllegalArgumentException(shuttle.key() + " (" + shuttle.mode() + ", " + shuttle.unit() + ") and "
          + peer.key() + " (" + peer.mode() + ", " + peer.unit() + ") are not measured alike");
    }
    return shuttle.higherIsBetter() ? shuttle.score() / peer.score() : peer.score() / shuttle.score();
  }

  private static JmhResult result(Map<String, JmhResult> round, String key, int index) {
    JmhResult result = round.get(key);
    if (result == null) {
      throw new IllegalArgumentException("round " + (index + 1) + " has no result for " + key);
    }
    if (!(result.score() > 0) || Double.isInfinite(result.score())) {
      throw new IllegalArgumentException("round " + (index + 1) + ": " + key + " scored " + result.score());
    }
    return result;
  }

  private Summary() {}
}
