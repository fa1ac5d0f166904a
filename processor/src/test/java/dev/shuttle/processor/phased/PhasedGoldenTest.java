package dev.shuttle.processor.phased;

import dev.shuttle.processor.GoldenFiles;
import org.junit.jupiter.api.Test;

/** The generated {@code FooPhases} classes, byte for byte; {@code -Dshuttle.golden.update} rewrites them. */
class PhasedGoldenTest {

  @Test
  void generatedClassesMatchGoldenFiles() {
    GoldenFiles.check("phased", "golden", "SimulationPhases", "PipelinePhases");
  }
}
