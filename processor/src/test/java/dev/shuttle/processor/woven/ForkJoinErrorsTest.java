package dev.shuttle.processor.woven;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shuttle.processor.Compilations.compile;
import static dev.shuttle.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One test per documented {@code @ForkJoin} error, each pinned to the line the user must fix. */
class ForkJoinErrorsTest {

  private static JavaFileObject sums(String... body) {
    String[] lines = new String[body.length + 4];
    lines[0] = "package test;";
    lines[1] = "import dev.shuttle.*;";
    lines[2] = "public class Sums {";
    System.arraycopy(body, 0, lines, 3, body.length);
    lines[lines.length - 1] = "}";
    return source("test.Sums", lines);
  }

  @Test
  void missingFrom() {
    JavaFileObject src = sums(
        "  @ForkJoin(threshold = 10)",
        "  public long sum(long[] a, int start, @To int end) { return 0; }");
    assertThat(compile(src)).hadErrorContaining(
            "@ForkJoin method Sums.sum(long[], int, int) has no @From parameter. Mark where its range starts with @From")
        .inFile(src).onLineContaining("@ForkJoin(threshold = 10)");
  }

  @Test
  void missingTo() {
    JavaFileObject src = sums(
        "  @ForkJoin(threshold = 10)",
        "  public long sum(long[] a, @From int start, int end) { return 0; }");
    assertThat(compile(src)).hadErrorContaining("@ForkJoin method Sums.sum(long[], int, int) has no @To parameter")
        .inFile(src).onLineContaining("@ForkJoin(threshold = 10)");
  }

  @Test
  void twoFroms() {
    JavaFileObject src = sums(
        "  @ForkJoin(threshold = 10)",
        "  public long sum(@From int start,",
        "      @From int other, @To int end) { return 0; }");
    assertThat(compile(src)).hadErrorContaining(
            "Method Sums.sum(int, int, int) has more than one @From parameter. Keep one: the range is [@From, @To).")
        .inFile(src).onLineContaining("@From int other");
  }

  @Test
  void twoTos() {
    JavaFileObject src = sums(
        "  @ForkJoin(threshold = 10)",
        "  public long sum(@From int start, @To int end,",
        "      @To int other) { return 0; }");
    assertThat(compile(src)).hadErrorContaining("Method Sums.sum(int, int, int) has more than one @To parameter")
        .inFile(src).onLineContaining("@To int other");
  }

  @Test
  void boundIsNotIntOrLong() {
    JavaFileObject src = sums(
        "  @ForkJoin(threshold = 10)",
        "  public long sum(@From double start,",
        "      @To double end) { return 0; }");
    assertThat(compile(src)).hadErrorContaining(
            "@From parameter start of Sums.sum(double, double) is double, but a range bound must be an int or a long")
        .inFile(src).onLineContaining("@From double start");
  }

  @Test
  void boxedBoundIsRefusedToo() {
    JavaFileObject src = sums(
        "  @ForkJoin(threshold = 10)",
        "  public long sum(@From int start, @To Integer end) { return 0; }");
    assertThat(compile(src)).hadErrorContaining("@To parameter end of Sums.sum(int, Integer) is Integer")
        .inFile(src).onLineContaining("@To Integer end");
  }

  @Test
  void boundsOfDifferentTypes() {
    JavaFileObject src = sums(
        "  @ForkJoin(threshold = 10)",
        "  public long sum(@From int start,",
        "      @To long end) { return 0; }");
    assertThat(compile(src)).hadErrorContaining(
            "The bounds of Sums.sum(int, long) are @From int and @To long. Give them the same type: both int or both long.")
        .inFile(src).onLineContaining("@To long end");
  }

  @Test
  void oneParameterIsBothBounds() {
    JavaFileObject src = sums(
        "  @ForkJoin(threshold = 10)",
        "  public long sum(long[] a, @From @To int i) { return 0; }");
    assertThat(compile(src)).hadErrorContaining("Parameter i of Sums.sum(long[], int) is both @From and @To")
        .inFile(src).onLineContaining("@From @To int i");
  }

  @Test
  void thresholdBelowOne() {
    JavaFileObject src = sums(
        "  @ForkJoin(threshold = -5)",
        "  public long sum(@From int start, @To int end) { return 0; }");
    assertThat(compile(src)).hadErrorContaining("@ForkJoin(threshold = -5): threshold must be at least 1")
        .inFile(src).onLineContaining("threshold = -5");
  }

  @Test
  void negativeParallelism() {
    JavaFileObject src = sums(
        "  @ForkJoin(threshold = 10,",
        "      parallelism = -2)",
        "  public long sum(@From int start, @To int end) { return 0; }");
    assertThat(compile(src)).hadErrorContaining("@ForkJoin(parallelism = -2): parallelism must be 0")
        .inFile(src).onLineContaining("parallelism = -2");
  }

  @Test
  void parallelismAboveWhatAForkJoinPoolRuns() {
    JavaFileObject src = sums(
        "  @ForkJoin(threshold = 10,",
        "      parallelism = 32_768)",
        "  public long sum(@From int start, @To int end) { return 0; }");
    assertThat(compile(src)).hadErrorContaining("@ForkJoin(parallelism = 32768): a ForkJoinPool runs at most "
            + "ForkJoin.MAX_PARALLELISM (32767) threads.")
        .inFile(src).onLineContaining("parallelism = 32_768");
  }

  @Test
  void parallelismAtTheLimitCompiles() {
    JavaFileObject src = sums(
        "  @ForkJoin(threshold = 10, parallelism = ForkJoin.MAX_PARALLELISM)",
        "  public long sum(@From int start, @To int end) { return 0; }");
    assertThat(compile(src)).succeededWithoutWarnings();
  }

  @Test
  void resultThatCannotBeAddedNeedsCombine() {
    JavaFileObject src = sums(
        "  @ForkJoin(threshold = 10)",
        "  public String text(@From int start, @To int end) { return \"\"; }");
    assertThat(compile(src)).hadErrorContaining(
            "@ForkJoin method Sums.text(int, int) returns String, which cannot be added up with +. Name a method that "
                + "combines two adjacent results, e.g. @ForkJoin(threshold = ..., combine = \"merge\") with "
                + "String merge(String left, String right).")
        .inFile(src).onLineContaining("@ForkJoin(threshold = 10)");
  }

  @Test
  void combineNamesNoMethod() {
    JavaFileObject src = sums(
        "  @ForkJoin(threshold = 10,",
        "      combine = \"concat\")",
        "  public String text(@From int start, @To int end) { return \"\"; }");
    assertThat(compile(src)).hadErrorContaining(
            "@ForkJoin(combine = \"concat\"): Sums has no method named concat. "
                + "Add String concat(String left, String right), or fix the name.")
        .inFile(src).onLineContaining("combine = \"concat\"");
  }

  @Test
  void combineWithTheWrongSignature() {
    JavaFileObject src = sums(
        "  @ForkJoin(threshold = 10,",
        "      combine = \"concat\")",
        "  public String text(@From int start, @To int end) { return \"\"; }",
        "  String concat(String only) { return only; }",
        "  private String concat(String a, String b) { return a + b; }");
    assertThat(compile(src)).hadErrorContaining(
            "@ForkJoin(combine = \"concat\"): Sums.concat(String), Sums.concat(String, String) cannot combine two "
                + "results. It must be a non-private method String concat(String left, String right).")
        .inFile(src).onLineContaining("combine = \"concat\"");
  }

  @Test
  void combineReturningTheWrongType() {
    JavaFileObject src = sums(
        "  @ForkJoin(threshold = 10, combine = \"concat\")",
        "  public String text(@From int start, @To int end) { return \"\"; }",
        "  Object concat(String a, String b) { return a + b; }");
    assertThat(compile(src)).hadErrorContaining("Sums.concat(String, String) cannot combine two results")
        .inFile(src).onLineContaining("combine = \"concat\"");
  }

  @Test
  void combineDeclaringACheckedException() {
    JavaFileObject src = sums(
        "  @ForkJoin(threshold = 1,",
        "      combine = \"merge\")",
        "  public String sum(@From int from, @To int to) { return \"\"; }",
        "  String merge(String a, String b) throws java.io.IOException { return a + b; }");
    assertThat(compile(src)).hadErrorContaining(
            "@ForkJoin(combine = ...): Sums.merge(String, String) declares IOException, but results are combined "
                + "inside fork/join tasks, which cannot throw checked exceptions.")
        .inFile(src).onLineContaining("combine = \"merge\"");
  }

  @Test
  void combineDeclaringOnlyUncheckedExceptionsIsFine() {
    JavaFileObject src = sums(
        "  @ForkJoin(threshold = 1, combine = \"merge\")",
        "  public String sum(@From int from, @To int to) { return \"\"; }",
        "  String merge(String a, String b) throws IllegalStateException, AssertionError { return a + b; }");
    assertThat(compile(src)).succeededWithoutWarnings();
  }

  @Test
  void combineOnAVoidMethod() {
    JavaFileObject src = sums(
        "  @ForkJoin(threshold = 10,",
        "      combine = \"merge\")",
        "  public void fill(@From int start, @To int end) {}",
        "  void merge() {}");
    assertThat(compile(src)).hadErrorContaining(
            "@ForkJoin(combine = ...) on Sums.fill(int, int), which returns void: there are no results to combine.")
        .inFile(src).onLineContaining("combine = \"merge\"");
  }

  @Test
  void onPrivateMethod() {
    JavaFileObject src = sums("  @ForkJoin(threshold = 10) private long sum(@From int a, @To int b) { return 0; }");
    assertThat(compile(src)).hadErrorContaining(
            "@ForkJoin method Sums.sum(int, int) is private, so the generated ConcurrentSums cannot override it")
        .inFile(src).onLineContaining("private long sum");
  }

  @Test
  void onStaticMethod() {
    JavaFileObject src = sums("  @ForkJoin(threshold = 10) public static long sum(@From int a, @To int b) { return 0; }");
    assertThat(compile(src)).hadErrorContaining("@ForkJoin method Sums.sum(int, int) is static")
        .inFile(src).onLineContaining("static long sum");
  }

  @Test
  void onFinalMethod() {
    JavaFileObject src = sums("  @ForkJoin(threshold = 10) public final long sum(@From int a, @To int b) { return 0; }");
    assertThat(compile(src)).hadErrorContaining("@ForkJoin method Sums.sum(int, int) is final")
        .inFile(src).onLineContaining("final long sum");
  }

  @Test
  void onFinalClass() {
    JavaFileObject src = source("test.Sealed",
        "package test;",
        "import dev.shuttle.*;",
        "public final class Sealed {",
        "  @ForkJoin(threshold = 10) public long sum(@From int a, @To int b) { return 0; }",
        "}");
    assertThat(compile(src)).hadErrorContaining(
            "@ForkJoin class Sealed must not be final: the generated ConcurrentSealed extends it. Remove 'final'.")
        .inFile(src).onLineContaining("final class Sealed");
  }

  @Test
  void boundOutsideAForkJoinMethod() {
    JavaFileObject src = sums("  public long sum(long[] a, @From int start, int end) { return 0; }");
    assertThat(compile(src)).hadErrorContaining(
            "@From on a parameter of Sums.sum(long[], int, int), which is not @ForkJoin. "
                + "Put @ForkJoin(threshold = ...) on the method, or remove @From.")
        .inFile(src).onLineContaining("@From int start");
  }

  @Test
  void everyProblemIsReported() {
    JavaFileObject src = source("test.Broken",
        "package test;",
        "import dev.shuttle.*;",
        "public final class Broken {",
        "  @ForkJoin(threshold = -1) public long a(@From int x, @To int y) { return 0; }",
        "  @ForkJoin(threshold = 5) public Object b(@From int x, @To int y) { return null; }",
        "  @ForkJoin(threshold = 5) public long c(@From float x, int y) { return 0; }",
        "  public void d(@To int y) {}",
        "}");
    Compilation compilation = compile(src);
    assertThat(compilation).hadErrorContaining("must not be final");
    assertThat(compilation).hadErrorContaining("threshold must be at least 1");
    assertThat(compilation).hadErrorContaining("returns Object, which cannot be added up");
    assertThat(compilation).hadErrorContaining("has no @To parameter");
    assertThat(compilation).hadErrorContaining("@From parameter x of Broken.c(float, int) is float");
    assertThat(compilation).hadErrorContaining("@To on a parameter of Broken.d(int), which is not @ForkJoin");
    assertThat(compilation).hadErrorCount(6);
  }
}
