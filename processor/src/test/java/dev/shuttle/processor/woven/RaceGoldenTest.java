package dev.shuttle.processor.woven;

import dev.shuttle.processor.GoldenFiles;
import org.junit.jupiter.api.Test;

/** The generated woven class for {@code @Race}, byte for byte; {@code -Dshuttle.golden.update} rewrites it. */
class RaceGoldenTest {

  @Test
  void generatedClassMatchesGoldenFile() {
    GoldenFiles.check("race", "golden", "ConcurrentQuotes");
  }
}
