package dev.shuttle.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shuttle.processor.Compilations.compile;
import static dev.shuttle.processor.Compilations.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A method Shuttle calls itself and that declares type parameters is refused for exactly that,
 * not with the shape it already has.
 */
class TypeParametersRefusedTest {

  @Test
  void onFailure() {
    JavaFileObject src = source("test.Worker",
        "package test;",
        "import dev.shuttle.*;",
        "@Actor",
        "public class Worker {",
        "  public void work() {}",
        "  @OnFailure <T extends Throwable> void failed(T error) {}",
        "}");
    assertThat(compile(src)).hadErrorContaining("@OnFailure method Worker.failed(T) must not declare type parameters "
            + "(<T extends Throwable>): Shuttle calls it itself, with no type arguments to choose. Remove "
            + "<T extends Throwable> and use concrete types.")
        .inFile(src).onLineContaining("@OnFailure");
  }

  @Test
  void onError() {
    JavaFileObject src = source("test.Flow",
        "package test;",
        "import dev.shuttle.*;",
        "@Pipeline",
        "public class Flow {",
        "  @Stage void take(String item) {}",
        "  @OnError <T> void failed(T item, Throwable error, String stage) {}",
        "}");
    assertThat(compile(src)).hadErrorContaining("@OnError method Flow.failed(T, Throwable, String) must not declare "
            + "type parameters (<T>)")
        .inFile(src).onLineContaining("@OnError");
  }

  @Test
  void phase() {
    JavaFileObject src = phased("  @Phase(1) <T> void step() {}");
    assertThat(compile(src)).hadErrorContaining("@Phase method Sim.step() must not declare type parameters (<T>): "
            + "Shuttle calls it itself")
        .inFile(src).onLineContaining("@Phase(1)");
  }

  @Test
  void afterPhase() {
    JavaFileObject src = phased("  @Phase(1) void step() {}",
        "  @AfterPhase <N extends Number & Comparable<N>> void after(int phase) {}");
    assertThat(compile(src)).hadErrorContaining("@AfterPhase method Sim.after(int) must not declare type parameters "
            + "(<N extends Number & Comparable<N>>)")
        .inFile(src).onLineContaining("@AfterPhase");
  }

  @Test
  void until() {
    JavaFileObject src = source("test.Sim",
        "package test;",
        "import dev.shuttle.*;",
        "@Phased(parties = 1, until = \"done\")",
        "public class Sim {",
        "  @Phase(1) void step() {}",
        "  <T> boolean done() { return true; }",
        "}");
    assertThat(compile(src)).hadErrorContaining("@Phased(until = \"done\"): Sim.done() must not declare type "
            + "parameters (<T>)")
        .inFile(src).onLineContaining("until = \"done\"");
  }

  @Test
  void combine() {
    JavaFileObject src = source("test.Sums",
        "package test;",
        "import dev.shuttle.*;",
        "public class Sums {",
        "  @ForkJoin(threshold = 10, combine = \"merge\")",
        "  public String text(@From int start, @To int end) { return \"\"; }",
        "  <T extends CharSequence> String merge(T a, T b) { return a + \"\" + b; }",
        "}");
    assertThat(compile(src)).hadErrorContaining("@ForkJoin(combine = \"merge\"): Sums.merge(T, T) must not declare "
            + "type parameters (<T extends CharSequence>)")
        .inFile(src).onLineContaining("combine = \"merge\"");
  }

  @Test
  void aConcreteOverloadBesideAGenericCombineIsUsed() {
    JavaFileObject src = source("test.Sums",
        "package test;",
        "import dev.shuttle.*;",
        "public class Sums {",
        "  @ForkJoin(threshold = 10, combine = \"merge\")",
        "  public String text(@From int start, @To int end) { return \"\"; }",
        "  <T> T merge(T a) { return a; }",
        "  String merge(String a, String b) { return a + b; }",
        "}");
    assertThat(compile(src)).succeededWithoutWarnings();
  }

  private static JavaFileObject phased(String... members) {
    String[] lines = new String[members.length + 5];
    lines[0] = "package test;";
    lines[1] = "import dev.shuttle.*;";
    lines[2] = "@Phased(parties = 1)";
    lines[3] = "public class Sim {";
    System.arraycopy(members, 0, lines, 4, members.length);
    lines[lines.length - 1] = "}";
    return source("test.Sim", lines);
  }
}
