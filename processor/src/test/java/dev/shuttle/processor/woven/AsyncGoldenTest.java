package dev.shuttle.processor.woven;

import dev.shuttle.processor.GoldenFiles;
import org.junit.jupiter.api.Test;

/** The generated woven class for {@code @Async}, byte for byte; {@code -Dshuttle.golden.update} rewrites it. */
class AsyncGoldenTest {

  @Test
  void generatedClassMatchesGoldenFile() {
    GoldenFiles.check("async", "golden", "ConcurrentThumbnailer");
  }
}
