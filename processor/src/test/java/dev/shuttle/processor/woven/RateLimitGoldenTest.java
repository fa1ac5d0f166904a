package dev.shuttle.processor.woven;

import dev.shuttle.processor.GoldenFiles;
import org.junit.jupiter.api.Test;

/** The generated woven classes for {@code @RateLimited}, byte for byte; {@code -Dshuttle.golden.update} rewrites them. */
class RateLimitGoldenTest {

  @Test
  void generatedClassesMatchGoldenFiles() {
    GoldenFiles.check("ratelimit", "golden", "ConcurrentGitHubClient", "ConcurrentInventory");
  }
}
