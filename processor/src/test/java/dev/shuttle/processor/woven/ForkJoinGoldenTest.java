package dev.shuttle.processor.woven;

import dev.shuttle.processor.GoldenFiles;
import org.junit.jupiter.api.Test;

/** The generated woven classes for {@code @ForkJoin}, byte for byte; {@code -Dshuttle.golden.update} rewrites them. */
class ForkJoinGoldenTest {

  @Test
  void generatedClassesMatchGoldenFiles() {
    GoldenFiles.check("forkjoin", "golden", "ConcurrentSums", "ConcurrentRanges");
  }
}
