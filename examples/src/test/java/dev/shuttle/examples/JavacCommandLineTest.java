package dev.shuttle.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the README's build line for users without Maven: plain {@code javac -processorpath …}
 * with the three jars, then {@code java -cp …} runs the result. Needs the jars, so it runs in
 * {@code mvn verify} after the other modules are packaged.
 */
class JavacCommandLineTest {

  @Test
  void theReadmeJavacLineGeneratesCompilesAndRuns(@TempDir Path dir) throws Exception {
    String processor = jar("shuttle.processor.jar");
    String annotations = jar("shuttle.annotations.jar");
    String runtime = jar("shuttle.runtime.jar");
    Path src = dir.resolve("src/com/example");
    Files.createDirectories(src);
    Files.writeString(src.resolve("Counter.java"), String.join("\n",
        "package com.example;",
        "@dev.shuttle.Actor",
        "public class Counter {",
        "  private long count;",
        "  public void add(long n) { count += n; }",
        "  public long count() { return count; }",
        "}"));
    Files.writeString(src.resolve("Main.java"), String.join("\n",
        "package com.example;",
        "public class Main {",
        "  public static void main(String[] args) {",
        "    CounterActor counter = CounterActor.spawn(new Counter());",
        "    counter.add(40); counter.add(2);",
        "    System.out.println(\"count \" + counter.count().join());",
        "    counter.stop().join();",
        "  }",
        "}"));
    Path out = dir.resolve("out");
    String classPath = annotations + File.pathSeparator + runtime;

    // javac -processorpath shuttle-processor.jar -cp shuttle-annotations.jar:shuttle-runtime.jar -d out src/com/example/*.java
    // In a process of its own: javac run in this JVM would let the processor see the test's classpath.
    Process javac = new ProcessBuilder(tool("javac"),
        "-processorpath", processor, "-cp", classPath, "-d", out.toString(),
        src.resolve("Counter.java").toString(), src.resolve("Main.java").toString())
        .redirectErrorStream(true)
        .start();
    assertTrue(javac.waitFor(120, TimeUnit.SECONDS), "javac did not finish");
    String javacOutput = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, javac.exitValue(), "javac failed:\n" + javacOutput);
    assertTrue(Files.exists(out.resolve("com/example/CounterActor.class")), "CounterActor was generated");

    Process java = new ProcessBuilder(tool("java"),
        "-cp", out + File.pathSeparator + classPath, "com.example.Main")
        .redirectErrorStream(true)
        .start();
    assertTrue(java.waitFor(60, TimeUnit.SECONDS), "the program did not finish");
    String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, java.exitValue(), output);
    assertEquals(List.of("count 42"), output.lines().toList());
  }

  private static String tool(String name) {
    return Path.of(System.getProperty("java.home"), "bin", name).toString();
  }

  private static String jar(String property) throws IOException {
    String path = System.getProperty(property);
    assertTrue(path != null && Files.isRegularFile(Path.of(path)),
        property + " must name a built jar (run with mvn verify): " + path);
    return path;
  }
}
