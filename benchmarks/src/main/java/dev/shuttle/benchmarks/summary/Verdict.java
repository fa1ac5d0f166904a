package dev.shuttle.benchmarks.summary;

import java.util.List;

/** Where Shuttle stands against a peer, from the range of its per-round ratios (above 1: faster). */
enum Verdict {
  AHEAD("ahead"),
  LEVEL("level within noise"),
  BEHIND("behind"),
  /** A range needs two rounds at least. */
  ONE_ROUND("no verdict from one round");

  final String text;

  Verdict(String text) {
    this.text = text;
  }

  static Verdict of(List<Double> ratios) {
    if (ratios.size() < 2) {
      return ONE_ROUND;
    }
    double min = ratios.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    double max = ratios.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    if (min > 1) {
      return AHEAD;
    }
    return max < 1 ? BEHIND : LEVEL;
  }
}
