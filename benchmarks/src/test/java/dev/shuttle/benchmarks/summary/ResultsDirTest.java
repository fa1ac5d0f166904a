package dev.shuttle.benchmarks.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsDirTest {
  @TempDir
  Path dir;

  @Test
  void readsTheRoundsInNumericOrderAndEveryFileOfARound() throws IOException {
    String json = JmhResultTest.resource("jmh-result.json");
    for (int round : new int[] {1, 2, 10}) {
      Files.createDirectories(dir.resolve("round" + round));
    }
    Files.writeString(dir.resolve("round1/a.json"), json);
    Files.writeString(dir.resolve("round2/a.json"), "[]");
    Files.writeString(dir.resolve("round10/a.json"), json.replace("TwoThreads.guavaTryAcquire", "TwoThreads.other"));
    Files.writeString(dir.resolve("round10/b.json"), "[]");
    Files.writeString(dir.resolve("round10/a.log"), "not JSON");

    List<Map<String, JmhResult>> rounds = ResultsDir.read(dir);

    assertEquals(3, rounds.size());
    assertEquals(2, rounds.get(0).size());
    assertEquals(0, rounds.get(1).size());
    assertTrue(rounds.get(2).containsKey("RateLimiterBenchmark.TwoThreads.other"), rounds.get(2).keySet().toString());
  }

  @Test
  void twoResultsForOneBenchmarkInARoundFail() throws IOException {
    String json = JmhResultTest.resource("jmh-result.json");
    Files.createDirectories(dir.resolve("round1"));
    Files.writeString(dir.resolve("round1/a.json"), json);
    Files.writeString(dir.resolve("round1/b.json"), json);

    assertThrows(IllegalArgumentException.class, () -> ResultsDir.read(dir));
  }

  @Test
  void aDirectoryWithoutRoundsFails() {
    assertThrows(IllegalArgumentException.class, () -> ResultsDir.read(dir));
  }
}
