package dev.shuttle.benchmarks.summary;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Properties;

/**
 * When, where and how a run was made: {@code run.properties}, which {@code compare-all.sh} writes
 * into the results directory ({@code started}, {@code finished}, {@code machine},
 * {@code load.start}, {@code load.end}, {@code command}, {@code iterations}, {@code smoke}).
 */
record RunInfo(String started, String finished, String machine, String loadStart, String loadEnd, String command,
    String iterations, boolean smoke) {
  static RunInfo read(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(reader);
    }
    return new RunInfo(get(p, "started", file), get(p, "finished", file), get(p, "machine", file),
        get(p, "load.start", file), get(p, "load.end", file), get(p, "command", file), get(p, "iterations", file),
        Boolean.parseBoolean(get(p, "smoke", file)));
  }

  private static String get(Properties p, String key, Path file) {
    String value = p.getProperty(key);
    if (value == null) {
      throw new IllegalArgumentException(file + " has no " + key);
    }
    return value.trim();
  }

  /** The paragraph above the table. */
  String describe(Collection<String> jvms, int rounds) {
    String warning = smoke
        ? "**Smoke run** (`--smoke`): tiny iterations that check the script end to end; these numbers measure nothing.\n\n"
        : "";
    return warning + "Measured from " + started + " to " + finished + " on " + machine + ", " + String.join(", ", jvms)
        + "; load average " + loadStart + " at the start, " + loadEnd + " at the end. `" + command + "`: " + rounds
        + (rounds == 1 ? " round" : " rounds") + ", each running every contender once (one JMH fork per benchmark, `"
        + iterations + "`) in an order rotated per round.\n";
  }

  /** The line under each chart's title. */
  String chartSubtitle(int rounds) {
    String what = started.split(" ")[0] + ": median of " + rounds + (rounds == 1 ? " round" : " rounds")
        + ", whiskers from the lowest round to the highest";
    return smoke ? "SMOKE RUN, measures nothing; " + what : what;
  }
}
