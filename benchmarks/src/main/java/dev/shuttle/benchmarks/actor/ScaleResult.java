package dev.shuttle.benchmarks.actor;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What one {@link ActorScale} run measured, as the one line it prints and {@link ScaleTable} reads.
 *
 * @param idleBytes heap per actor after spawning, more than before (behaviours excluded)
 * @param touchedBytes heap per actor after one ask each, more than idle
 * @param usedBytes heap per actor after the measured messages, more than after the ask
 * @param answered actors whose replies to the measured messages were as expected
 */
record ScaleResult(String population, int actors, double idleBytes, double touchedBytes, double usedBytes,
    double spawnMillis, double nanosPerMessage, int answered, String use) {
  private static final String PREFIX = "RESULT";

  String toLine() {
    return String.format(Locale.ROOT,
        "%s population=%s actors=%d idleBytes=%.1f touchedBytes=%.1f usedBytes=%.1f spawnMillis=%.1f"
            + " nanosPerMessage=%.1f answered=%d use=%s",
        PREFIX, population, actors, idleBytes, touchedBytes, usedBytes, spawnMillis, nanosPerMessage, answered, use);
  }

  static boolean isResult(String line) {
    return line.startsWith(PREFIX + " ");
  }

  /** Reads {@link #toLine()}'s {@code key=value} fields; {@code use}, the last, takes the rest of the line. */
  static ScaleResult parse(String line) {
    if (!isResult(line)) {
      throw new IllegalArgumentException("not a result line: " + line);
    }
    int use = line.indexOf(" use=");
    Map<String, String> fields = new HashMap<>();
    for (String field : line.substring(PREFIX.length() + 1, use).split(" ")) {
      int equals = field.indexOf('=');
      fields.put(field.substring(0, equals), field.substring(equals + 1));
    }
    return new ScaleResult(fields.get("population"), Integer.parseInt(fields.get("actors")),
        Double.parseDouble(fields.get("idleBytes")), Double.parseDouble(fields.get("touchedBytes")),
        Double.parseDouble(fields.get("usedBytes")), Double.parseDouble(fields.get("spawnMillis")),
        Double.parseDouble(fields.get("nanosPerMessage")), Integer.parseInt(fields.get("answered")),
        line.substring(use + " use=".length()));
  }
}
