package dev.shuttle.processor.woven;

import dev.shuttle.processor.GoldenFiles;
import org.junit.jupiter.api.Test;

/** The generated woven classes for {@code @ReadMostly}, byte for byte; {@code -Dshuttle.golden.update} rewrites them. */
class ReadMostlyGoldenTest {

  @Test
  void generatedClassesMatchGoldenFiles() {
    GoldenFiles.check("readmostly", "golden", "ConcurrentCatalog", "ConcurrentQuota");
  }
}
