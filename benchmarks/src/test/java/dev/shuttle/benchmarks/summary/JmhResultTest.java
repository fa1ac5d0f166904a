package dev.shuttle.benchmarks.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JmhResultTest {
  @Test
  void readsWhatJmhWrites() throws IOException {
    List<JmhResult> results = JmhResult.parse(resource("jmh-result.json"));

    JmhResult timed = results.get(0);
    assertEquals("RateLimiterBenchmark.TwoThreads.guavaTryAcquire", timed.key());
    assertEquals("avgt", timed.mode());
    assertEquals(137.38448742336004, timed.score());
    assertEquals("ns/op", timed.unit());
    assertEquals(0.47130991852525544, timed.bytesPerOp());
    assertEquals("OpenJDK 64-Bit Server VM 17.0.15+6-Debian-1deb12u1", timed.jvm());
    assertFalse(timed.higherIsBetter());

    JmhResult rate = results.get(1);
    assertEquals("pipeline.PipelineBenchmark.batch pipeline=shuttle", rate.key());
    assertTrue(rate.higherIsBetter());
    assertTrue(Double.isNaN(rate.bytesPerOp()), "no -prof gc, no allocation");
  }

  @Test
  void keysSortTheirParameters() {
    assertEquals("readmostly.LockBenchmark.threads2 impl=StampedLock readPercent=95 readSize=1",
        JmhResult.key("dev.shuttle.benchmarks.readmostly.LockBenchmark.threads2", "readSize=1", "impl=StampedLock",
            "readPercent=95"));
  }

  static String resource(String name) throws IOException {
    try (InputStream in = JmhResultTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
