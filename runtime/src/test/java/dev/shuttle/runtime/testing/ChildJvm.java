package dev.shuttle.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a main class of the test class path in a JVM of its own: for what only a fresh JVM shows. */
public final class ChildJvm {
  private ChildJvm() {}

  /**
   * Runs {@code main} with {@code jvmOptions}, waits for it (a hang guard of a minute, not a timing
   * assertion), asserts that it exited normally, and returns what it printed, both streams.
   */
  public static String run(Class<?> main, String... jvmOptions) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(jvmOptions));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
    Path log = Files.createTempFile("child-jvm", ".log");
    try {
      Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      if (!child.waitFor(60, TimeUnit.SECONDS)) {
        child.destroyForcibly();
        fail("the child is still running:\n" + Files.readString(log));
      }
      String output = Files.readString(log);
      assertEquals(0, child.exitValue(), output);
      return output;
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
