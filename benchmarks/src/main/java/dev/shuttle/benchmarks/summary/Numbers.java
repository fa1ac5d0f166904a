package dev.shuttle.benchmarks.summary;

import java.util.Locale;

/** How the table and the charts print ratios and allocations, alike and locale-free. */
final class Numbers {
  static String ratio(double ratio) {
    String format = ratio >= 100 ? "%.0f" : ratio >= 10 ? "%.1f" : "%.2f";
    return String.format(Locale.ROOT, format, ratio);
  }

  static String range(Row row) {
    return ratio(row.min()) + "–" + ratio(row.max());
  }

  /** Bytes per operation: "–" where not measured, "≈ 0" below a hundredth of a byte. */
  static String bytes(double bytes) {
    if (Double.isNaN(bytes)) {
      return "–";
    }
    if (bytes < 0.01) {
      return "≈ 0";
    }
    return String.format(Locale.ROOT, bytes < 10 ? "%.2f" : "%.0f", bytes);
  }

  private Numbers() {}
}
