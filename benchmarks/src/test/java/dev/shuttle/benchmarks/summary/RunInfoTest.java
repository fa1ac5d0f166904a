package dev.shuttle.benchmarks.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunInfoTest {
  private static final String PROPERTIES = String.join("\n",
      "started=2026-12-06 21:00 UTC", "finished=2026-12-06 21:30 UTC", "machine=AMD EPYC, 2 cores, Linux 6.1",
      "load.start=0.10", "load.end=1.90", "command=benchmarks/compare-all.sh --rounds 3",
      "iterations=-wi 2 -w 1s -i 3 -r 1s", "smoke=false", "");

  @TempDir
  Path dir;

  @Test
  void describesWhenWhereAndHow() throws IOException {
    Files.writeString(dir.resolve("run.properties"), PROPERTIES);
    RunInfo run = RunInfo.read(dir.resolve("run.properties"));

    assertEquals("Measured from 2026-12-06 21:00 UTC to 2026-12-06 21:30 UTC on AMD EPYC, 2 cores, Linux 6.1, "
        + "OpenJDK 17; load average 0.10 at the start, 1.90 at the end. `benchmarks/compare-all.sh --rounds 3`: "
        + "3 rounds, each running every contender once (one JMH fork per benchmark, `-wi 2 -w 1s -i 3 -r 1s`) in an "
        + "order rotated per round.\n", run.describe(List.of("OpenJDK 17"), 3));
    assertEquals("2026-12-06: median of 3 rounds, whiskers from the lowest round to the highest", run.chartSubtitle(3));
  }

  @Test
  void aSmokeRunSaysItMeasuresNothing() throws IOException {
    Files.writeString(dir.resolve("run.properties"), PROPERTIES.replace("smoke=false", "smoke=true"));
    RunInfo run = RunInfo.read(dir.resolve("run.properties"));

    assertTrue(run.describe(List.of("jvm"), 1).startsWith("**Smoke run**"));
    assertTrue(run.chartSubtitle(1).startsWith("SMOKE RUN, measures nothing; 2026-12-06: median of 1 round,"));
  }

  @Test
  void aMissingEntryFails() throws IOException {
    Files.writeString(dir.resolve("run.properties"), PROPERTIES.replace("machine=", "machinery="));
    assertThrows(IllegalArgumentException.class, () -> RunInfo.read(dir.resolve("run.properties")));
  }
}
