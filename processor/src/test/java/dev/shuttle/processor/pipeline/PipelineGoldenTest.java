package dev.shuttle.processor.pipeline;

import dev.shuttle.processor.GoldenFiles;
import org.junit.jupiter.api.Test;

/** The generated pipelines, byte for byte; {@code -Dshuttle.golden.update} rewrites them. */
class PipelineGoldenTest {

  @Test
  void generatedPipelinesMatchGoldenFiles() {
    GoldenFiles.check("pipeline", "golden", "IngestPipeline", "SquaresPipeline");
  }
}
