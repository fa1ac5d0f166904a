package dev.shuttle.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shuttle.runtime.testing.ChildJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;

/**
 * Shuttle's events cost a program that never records nothing, and a recording still sees them all.
 * Initializing a JFR event class sets up JFR's Java side, after which every timed wait pays for
 * timing itself (measured on the lock waits: a tenth or more of a contended lock's throughput), so
 * the runtime touches no event class until Flight Recorder runs ({@link FlightRecording}).
 */
class FlightRecordingTest {

  @Test
  void aProgramThatNeverRecordsNeverSetsUpFlightRecorder() throws Exception {
    String output = ChildJvm.run(Child.class, "-Xlog:class+load=info");
    assertTrue(output.contains(Child.DONE), output);
    List<String> jfrInternals = output.lines()
        .filter(line -> line.contains(" jdk.jfr.internal."))
        .collect(Collectors.toList());
    assertEquals(0, jfrInternals.size(), () -> "Flight Recorder was set up without a recording: "
        + jfrInternals.size() + " jdk.jfr.internal classes loaded, the first " + jfrInternals.get(0));
  }

  @Test
  void aRecordingSeesEveryEventOfThosePaths() throws Exception {
    Path file = Files.createTempFile("event-paths", ".jfr");
    try (Recording recording = new Recording()) {
      EventPaths.EVENTS.forEach(name -> recording.enable(name).withThreshold(Duration.ZERO));
      recording.start();
      EventPaths.run();
      recording.stop();
      recording.dump(file);
      Set<String> seen = RecordingFile.readAllEvents(file).stream()
          .map(RecordedEvent::getEventType)
          .map(type -> type.getName())
          .collect(Collectors.toCollection(TreeSet::new));
      assertTrue(seen.containsAll(EventPaths.EVENTS), "expected " + EventPaths.EVENTS + ", recorded " + seen);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** The child JVM: every path, no recording. */
  static final class Child {
    static final String DONE = "every event path ran";

    public static void main(String[] args) throws Exception {
      EventPaths.run();
      System.out.println(DONE);
    }
  }
}
