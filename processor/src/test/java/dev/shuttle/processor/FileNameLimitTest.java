package dev.shuttle.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shuttle.processor.Compilations.compile;
import static dev.shuttle.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A generated class whose file name would be over the file system's 255 bytes is an error on what
 * makes it long: the class, or the method a nested class is generated for. Without the check javac
 * fails to write the file, with an I/O error on no element.
 */
class FileNameLimitTest {
  /** A class name of {@code length} characters. */
  private static String className(int length) {
    return "N" + "n".repeat(length - 1);
  }

  private static String methodName(int length) {
    return "n".repeat(length);
  }

  private static JavaFileObject type(String name, String... lines) {
    String[] all = new String[lines.length + 2];
    all[0] = "package test;";
    all[1] = "import dev.shuttle.*;";
    System.arraycopy(lines, 0, all, 2, lines.length);
    return source("test." + name, all);
  }

  @Test
  void anActorWhoseLoopClassFileIsTooLong() {
    String name = className(240); // NnnActor$Loop.class: 240 + 16 bytes
    JavaFileObject src = type(name, "@Actor", "public class " + name + " { public void ping() {} }");
    assertThat(compile(src)).hadErrorContaining("@Actor class " + name + " would generate " + name
            + "Actor$Loop.class, a file name of 256 bytes, 1 more than the 255 that file systems allow. "
            + "Shorten the class name (240 characters).")
        .inFile(src).onLineContaining("@Actor");
  }

  @Test
  void anActorWhoseOwnClassFileIsTooLongIsReportedOnce() {
    String name = className(245); // NnnActor.class: 256 bytes, and so each nested class's too
    JavaFileObject src = type(name, "@Actor", "public class " + name + " { public void ping() {} }");
    Compilation compilation = compile(src);
    assertThat(compilation).hadErrorContaining("would generate " + name + "Actor.class, a file name of 256 bytes")
        .inFile(src).onLineContaining("@Actor");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void anActorMessageWhoseClassFileIsTooLong() {
    String method = methodName(240); // AActor$NnnMessage.class: 1 + 5 + 1 + 240 + 7 + 6 bytes
    JavaFileObject src = type("A", "@Actor", "public class A {", "  public void " + method + "() {}", "}");
    assertThat(compile(src)).hadErrorContaining("Method A." + method + "() would generate AActor$"
            + GeneratedNames.capitalize(method) + "Message.class, a file name of 260 bytes, 5 more than the 255 that "
            + "file systems allow. Shorten the method name (240 characters) or the class name (1).")
        .inFile(src).onLineContaining("void " + method);
  }

  @Test
  void aWovenClassOfTheLongestNameThatFitsCompiles() {
    String name = className(239); // ConcurrentNnn.class: exactly 255 bytes
    JavaFileObject src = type(name, "public class " + name + " {", "  @RateLimited(5) public void call() {}", "}");
    assertThat(compile(src)).succeededWithoutWarnings();
  }

  @Test
  void aPipelineWhoseClassFileIsTooLong() {
    String name = className(242);
    JavaFileObject src = type(name, "@Pipeline", "public class " + name + " { @Stage public void take(String s) {} }");
    assertThat(compile(src)).hadErrorContaining("@Pipeline class " + name + " would generate " + name
            + "Pipeline.class, a file name of 256 bytes")
        .inFile(src).onLineContaining("@Pipeline");
  }

  @Test
  void aStageWhoseClassFileIsTooLong() {
    String method = methodName(235); // PPipeline$NnnStage.class: 1 + 8 + 1 + 235 + 5 + 6 bytes
    JavaFileObject src = type("P", "@Pipeline", "public class P {", "  @Stage public void " + method + "(String s) {}",
        "}");
    assertThat(compile(src)).hadErrorContaining("Method P." + method + "(String) would generate PPipeline$"
            + GeneratedNames.capitalize(method) + "Stage.class, a file name of 256 bytes")
        .inFile(src).onLineContaining("void " + method);
  }

  @Test
  void aPhasedClassWhosePartiesClassFileIsTooLong() {
    String name = className(236); // NnnPhases$Parties.class: 236 + 6 + 1 + 7 + 6 bytes
    JavaFileObject src = type(name, "@Phased(parties = 2)", "public class " + name + " { @Phase(1) void step() {} }");
    assertThat(compile(src)).hadErrorContaining("@Phased class " + name + " would generate " + name
            + "Phases$Parties.class, a file name of 256 bytes")
        .inFile(src).onLineContaining("@Phased");
  }

  @Test
  void aWovenClassWhoseClassFileIsTooLong() {
    String name = className(240); // ConcurrentNnn.class: 10 + 240 + 6 bytes
    JavaFileObject src = type(name, "public class " + name + " {", "  @RateLimited(5) public void call() {}", "}");
    assertThat(compile(src)).hadErrorContaining("@RateLimited class " + name + " would generate Concurrent" + name
            + ".class, a file name of 256 bytes, 1 more than the 255 that file systems allow. Shorten the class name "
            + "(240 characters).")
        .inFile(src).onLineContaining("public class");
  }

  @Test
  void aNestedClassCountsTheClassesAroundIt() {
    String outer = className(210);
    String inner = className(30); // ConcurrentNnn_Nnn.class: 10 + 210 + 1 + 30 + 6 bytes
    JavaFileObject src = type(outer, "public class " + outer + " {", "  @ReadMostly public static class " + inner + " {",
        "    @Read public int get() { return 0; }", "  }", "}");
    assertThat(compile(src)).hadErrorContaining("would generate Concurrent" + outer + "_" + inner
            + ".class, a file name of 257 bytes, 2 more than the 255 that file systems allow. Shorten the class "
            + "name (241 characters, with the classes around it: " + outer + "_" + inner + ").")
        .inFile(src).onLineContaining("@ReadMostly public static class");
  }

  @Test
  void aForkJoinTaskWhoseClassFileIsTooLong() {
    String method = methodName(234); // ConcurrentF$NnnTask.class: 10 + 1 + 1 + 234 + 4 + 6 bytes
    JavaFileObject src = type("F", "public class F {",
        "  @ForkJoin(threshold = 10) public long " + method + "(long[] a, @From int from, @To int to) { return 0; }",
        "}");
    assertThat(compile(src)).hadErrorContaining("Method F." + method + "(long[], int, int) would generate ConcurrentF$"
            + GeneratedNames.capitalize(method) + "Task.class, a file name of 256 bytes")
        .inFile(src).onLineContaining("long " + method);
  }
}
