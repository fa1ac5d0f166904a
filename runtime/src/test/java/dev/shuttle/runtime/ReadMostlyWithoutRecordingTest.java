package dev.shuttle.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.shuttle.LockStrategy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Waits of every strategy, in a JVM where Flight Recorder never runs, leave JFR's Java side
 * untouched: initializing the wait event's class would register it, and from then on every wait
 * would pay for timing itself (measured: a tenth or more of a contended lock's throughput).
 */
class ReadMostlyWithoutRecordingTest {

  @Test
  void contendedWaitsDoNotWakeFlightRecorder() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path log = Files.createTempFile("readmostly-child", ".log");
    try {
      Process child = new ProcessBuilder(java.toString(), "-Xlog:class+load=info", "-cp",
          System.getProperty("java.class.path"), Contend.class.getName())
          .redirectErrorStream(true)
          .redirectOutput(log.toFile())
          .start();
      if (!child.waitFor(60, TimeUnit.SECONDS)) { // a hang guard, not a timing assertion
        child.destroyForcibly();
        fail("the child is still running:\n" + Files.readString(log));
      }
      assertOutput(child.exitValue(), Files.readString(log));
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static void assertOutput(int exitValue, String output) {
    assertEquals(0, exitValue, output);
    assertTrue(output.contains("waited: " + List.of(LockStrategy.values())), output);
    List<String> jfrInternals = output.lines()
        .filter(line -> line.contains(" jdk.jfr.internal."))
        .collect(Collectors.toList());
    assertEquals(List.of(), jfrInternals, "Flight Recorder was set up without a recording");
  }

  /** The child: one reader waits for a writer, for each strategy. */
  static final class Contend {
    public static void main(String[] args) throws Exception {
      for (LockStrategy strategy : LockStrategy.values()) {
        ReadMostlyLock lock = ReadMostlyLock.create(strategy, "Catalog");
        ReadMostlyHold write = lock.enterWrite("Catalog.put");
        ReadMostlyLockTest.Worker reader = ReadMostlyLockTest.Worker.start(
            () -> lock.exitRead(lock.enterRead("Catalog.find")));
        reader.awaitParked();
        lock.exitWrite(write);
        reader.join();
        ReadMostlyHold read = lock.enterRead("Catalog.find"); // before the writer starts, so that it waits
        ReadMostlyLockTest.Worker writer = ReadMostlyLockTest.Worker.start(
            () -> lock.exitWrite(lock.enterWrite("Catalog.put")));
        writer.awaitParked();
        lock.exitRead(read);
        writer.join();
      }
      System.out.println("waited: " + List.of(LockStrategy.values()));
    }
  }
}
