package dev.shuttle.benchmarks.summary;

import java.util.List;

/**
 * One comparison's result: its ratio in each round, oriented so that above 1 Shuttle is faster,
 * and the median bytes each side allocated per operation (NaN where not measured).
 */
record Row(Pattern pattern, Comparison comparison, List<Double> ratios, double shuttleBytesPerOp,
    double peerBytesPerOp) {
  Row {
    ratios = List.copyOf(ratios);
  }

  double median() {
    return median(ratios);
  }

  double min() {
    return ratios.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  double max() {
    return ratios.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }

  Verdict verdict() {
    return Verdict.of(ratios);
  }

  /** The median of the values that are numbers; NaN if none is. */
  static double median(List<Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).filter(x -> !Double.isNaN(x)).sorted().toArray();
    if (v.length == 0) {
      return Double.NaN;
    }
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}
