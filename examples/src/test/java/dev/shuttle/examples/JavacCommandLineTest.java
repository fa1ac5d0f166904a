package dev.shuttle.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the build lines for users without Maven: plain {@code javac -processorpath …} with the
 * three jars, then {@code java} runs the result; on the class path as the README says, and as a
 * named module as {@code docs/jpms.md} says. Needs the jars, so it runs in {@code mvn verify}
 * after the other modules are packaged. Each tool runs in a process of its own: javac run in this
 * JVM would let the processor see the test's class path.
 */
class JavacCommandLineTest {

  @Test
  void theReadmeJavacLineGeneratesCompilesAndRuns(@TempDir Path dir) throws Exception {
    List<Path> sources = writeCounterProgram(dir.resolve("src"), "com.example");
    Path out = dir.resolve("out");
    String classPath = jar("shuttle.annotations.jar") + File.pathSeparator + jar("shuttle.runtime.jar");

    // javac -processorpath shuttle-processor.jar -cp shuttle-annotations.jar:shuttle-runtime.jar -d out src/com/example/*.java
    run("javac", withSources(sources,
        "-processorpath", jar("shuttle.processor.jar"), "-cp", classPath, "-d", out.toString()));
    assertTrue(Files.exists(out.resolve("com/example/CounterActor.class")), "CounterActor was generated");

    String output = run("java", List.of("-cp", out + File.pathSeparator + classPath, "com.example.Main"));
    assertEquals(List.of("count 42"), output.lines().toList());
  }

  @Test
  void theJpmsJavacLinesCompileAModuleAndRunIt(@TempDir Path dir) throws Exception {
    Path src = dir.resolve("src");
    List<Path> sources = new ArrayList<>(writeCounterProgram(src, "com.example.shop"));
    sources.add(0, Files.writeString(src.resolve("module-info.java"),
        "module com.example.shop {\n  requires dev.shuttle.runtime;\n}\n"));
    Path out = dir.resolve("out");
    String modulePath = jar("shuttle.annotations.jar") + File.pathSeparator + jar("shuttle.runtime.jar");

    run("javac", withSources(sources,
        "-processorpath", jar("shuttle.processor.jar"), "--module-path", modulePath, "-d", out.toString()));
    assertTrue(Files.exists(out.resolve("module-info.class")), "the module was compiled");

    String output = run("java", List.of("--module-path", out + File.pathSeparator + modulePath,
        "--module", "com.example.shop/com.example.shop.Main"));
    assertEquals(List.of("count 42"), output.lines().toList());
  }

  /** An {@code @Actor Counter} and a {@code Main} that adds to it and prints "count 42". */
  private static List<Path> writeCounterProgram(Path src, String packageName) throws IOException {
    Path dir = Files.createDirectories(src.resolve(packageName.replace('.', '/')));
    Path counter = Files.writeString(dir.resolve("Counter.java"), String.join("\n",
        "package " + packageName + ";",
        "@dev.shuttle.Actor",
        "public class Counter {",
        "  private long count;",
        "  public void add(long n) { count += n; }",
        "  public long count() { return count; }",
        "}"));
    Path main = Files.writeString(dir.resolve("Main.java"), String.join("\n",
        "package " + packageName + ";",
        "public class Main {",
        "  public static void main(String[] args) {",
        "    CounterActor counter = CounterActor.spawn(new Counter());",
        "    counter.add(40); counter.add(2);",
        "    System.out.println(\"count \" + counter.count().join());",
        "    counter.stop().join();",
        "  }",
        "}"));
    return List.of(counter, main);
  }

  private static List<String> withSources(List<Path> sources, String... options) {
    List<String> arguments = new ArrayList<>(List.of(options));
    sources.forEach(source -> arguments.add(source.toString()));
    return arguments;
  }

  /** Runs a JDK tool to its end and returns what it printed; fails the test if it fails. */
  private static String run(String tool, List<String> arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", tool).toString());
    command.addAll(arguments);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), tool + " did not finish");
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), tool + " failed:\n" + output);
    return output;
  }

  private static String jar(String property) {
    String path = System.getProperty(property);
    assertTrue(path != null && Files.isRegularFile(Path.of(path)),
        property + " must name a built jar (run with mvn verify): " + path);
    return path;
  }
}
