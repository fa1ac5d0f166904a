package dev.shuttle.processor.woven;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shuttle.processor.Compilations.compile;
import static dev.shuttle.processor.Compilations.compileAllowingWarnings;
import static dev.shuttle.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One test per documented {@code @Async} and {@code @Pool} error, each pinned to the line the user must fix. */
class AsyncErrorsTest {

  /** {@code class Worker} with these lines as its body, after these lines of class annotations. */
  private static JavaFileObject withPools(String[] annotations, String... body) {
    String[] lines = new String[annotations.length + body.length + 6];
    int i = 0;
    lines[i++] = "package test;";
    lines[i++] = "import dev.shuttle.*;";
    lines[i++] = "import java.util.concurrent.*;";
    for (String annotation : annotations) {
      lines[i++] = annotation;
    }
    lines[i++] = "public class Worker {";
    for (String line : body) {
      lines[i++] = line;
    }
    lines[i++] = "  @Async public void work() {}";
    lines[i] = "}";
    return source("test.Worker", lines);
  }

  private static JavaFileObject worker(String... body) {
    return withPools(new String[0], body);
  }

  private static String[] pools(String... annotations) {
    return annotations;
  }

  @Test
  void anAsyncMethodReturnsAFutureOrNothing() {
    JavaFileObject src = worker("  @Async public String name() { return \"\"; }");
    assertThat(compile(src)).hadErrorContaining(
            "@Async method Worker.name() returns String, but an @Async method must return CompletableFuture<T>, "
                + "CompletionStage<T> or void")
        .inFile(src).onLineContaining("String name()");
  }

  @Test
  void aRawFutureHasNoResultType() {
    JavaFileObject src = worker("  @SuppressWarnings(\"rawtypes\") @Async public CompletableFuture raw() { return null; }");
    assertThat(compile(src)).hadErrorContaining("@Async method Worker.raw() returns raw CompletableFuture")
        .inFile(src).onLineContaining("CompletableFuture raw()");
  }

  @Test
  void onPrivateMethod() {
    JavaFileObject src = worker("  @Async private void hidden() {}");
    assertThat(compile(src)).hadErrorContaining(
            "@Async method Worker.hidden() is private, so the generated ConcurrentWorker cannot override it")
        .inFile(src).onLineContaining("private void hidden()");
  }

  @Test
  void onStaticMethod() {
    JavaFileObject src = worker("  @Async public static void shared() {}");
    assertThat(compile(src)).hadErrorContaining("@Async method Worker.shared() is static")
        .inFile(src).onLineContaining("static void shared()");
  }

  @Test
  void onFinalMethod() {
    JavaFileObject src = worker("  @Async public final void sealed() {}");
    assertThat(compile(src)).hadErrorContaining("@Async method Worker.sealed() is final")
        .inFile(src).onLineContaining("final void sealed()");
  }

  @Test
  void onFinalClass() {
    JavaFileObject src = source("test.Sealed",
        "package test;",
        "public final class Sealed {",
        "  @dev.shuttle.Async public void work() {}",
        "}");
    assertThat(compile(src)).hadErrorContaining(
            "@Async class Sealed must not be final: the generated ConcurrentSealed extends it. Remove 'final'.")
        .inFile(src).onLineContaining("final class Sealed");
  }

  @Test
  void anUnknownPool() {
    JavaFileObject src = withPools(pools("@Pool(name = \"thumbs\", sizing = Sizing.FIXED, threads = 2)"),
        "  @Async(pool = \"thumbs\") public void known() {}",
        "  @Async(pool = \"nowhere\") public void lost() {}");
    assertThat(compile(src)).hadErrorContaining(
            "@Async(pool = \"nowhere\"): no pool named \"nowhere\" is declared on Worker. Declare it with "
                + "@Pool(name = \"nowhere\", sizing = ...) on Worker (classes that declare a name the same way share one "
                + "pool), or use a built-in pool: \"cpu\", \"io\", or one declared here: \"thumbs\".")
        .inFile(src).onLineContaining("pool = \"nowhere\"");
  }

  @Test
  void aPoolConfiguredTwoDifferentWays() {
    JavaFileObject src = withPools(pools(
            "@Pool(name = \"io2\", sizing = Sizing.IO_BOUND, waitRatio = 4)",
            "@Pool(name = \"io2\", sizing = Sizing.FIXED, threads = 8)"),
        "  @Async(pool = \"io2\") public void fetch() {}");
    assertThat(compile(src)).hadErrorContaining(
            "Pool \"io2\" is configured two different ways on Worker: IO_BOUND, cores * (1 + 4.0) threads, queue of "
                + "10000, callers wait when full, and FIXED, 8 threads, queue of 10000, callers wait when full.")
        // Java wraps repeated @Pools in a @Pool.List that is not in the source, so javac cannot point at one of
        // them: the error goes on the class, and names the pool.
        .inFile(src).onLineContaining("public class Worker");
  }

  @Test
  void aPoolDeclaredTwice() {
    JavaFileObject src = withPools(pools("@Pool(sizing = Sizing.CPU_BOUND)", "@Pool(sizing = Sizing.CPU_BOUND)"));
    assertThat(compile(src)).hadErrorContaining(
            "Class Worker has more than one default @Pool (without a name). Keep one, or give the others names.")
        .inFile(src).onLineContaining("public class Worker"); // see aPoolConfiguredTwoDifferentWays
  }

  @Test
  void theDefaultPoolConfiguredTwoDifferentWays() {
    JavaFileObject src = withPools(pools("@Pool(sizing = Sizing.CPU_BOUND)", "@Pool(sizing = Sizing.CPU_BOUND, queue = 5)"));
    assertThat(compile(src)).hadErrorContaining("The default pool is configured two different ways on Worker: "
        + "CPU_BOUND, one thread per core, queue of 10000, callers wait when full, and CPU_BOUND, one thread per core, "
        + "queue of 5, callers wait when full. A name is one pool: keep one unnamed @Pool, or give the other a name.");
  }

  @Test
  void aBuiltInPoolConfiguredAnotherWay() {
    JavaFileObject src = withPools(pools("@Pool(name = Pool.CPU, sizing = Sizing.FIXED, threads = 2)"),
        "  @Async(pool = Pool.CPU) public void compute() {}");
    assertThat(compile(src)).hadErrorContaining(
            "Pool \"cpu\" is built in as CPU_BOUND, one thread per core, queue of 10000, callers wait when full, so it "
                + "cannot also be FIXED, 2 threads")
        .inFile(src).onLineContaining("name = Pool.CPU");
  }

  @Test
  void aNegativeWaitRatio() {
    JavaFileObject src = withPools(pools("@Pool(sizing = Sizing.IO_BOUND,", "    waitRatio = -1)"));
    assertThat(compile(src)).hadErrorContaining("@Pool(waitRatio = -1.0): the wait/compute ratio must be a number, 0 or more")
        .inFile(src).onLineContaining("waitRatio = -1");
  }

  @Test
  void aWaitRatioThatNoFormulaUses() {
    JavaFileObject src = withPools(pools("@Pool(sizing = Sizing.CPU_BOUND,", "    waitRatio = 3)"));
    assertThat(compile(src)).hadErrorContaining(
            "@Pool(waitRatio = 3.0) makes no sense with sizing = CPU_BOUND: it is only for IO_BOUND and VIRTUAL. "
                + "Remove waitRatio, or choose that sizing.")
        .inFile(src).onLineContaining("waitRatio = 3");
  }

  @Test
  void aFixedPoolWithoutThreads() {
    JavaFileObject src = withPools(pools("@Pool(", "    sizing = Sizing.FIXED)"));
    assertThat(compile(src)).hadErrorContaining("@Pool(sizing = FIXED) needs threads = n, with n at least 1. Say how many")
        .inFile(src).onLineContaining("sizing = Sizing.FIXED");
  }

  @Test
  void aFixedPoolOfNoThreads() {
    JavaFileObject src = withPools(pools("@Pool(sizing = Sizing.FIXED,", "    threads = 0)"));
    assertThat(compile(src)).hadErrorContaining("@Pool(sizing = FIXED) needs threads = n, with n at least 1")
        .inFile(src).onLineContaining("threads = 0");
  }

  @Test
  void threadsWithoutFixed() {
    JavaFileObject src = withPools(pools("@Pool(sizing = Sizing.MIXED,", "    threads = 4)"));
    assertThat(compile(src)).hadErrorContaining("@Pool(threads = 4) makes no sense with sizing = MIXED: it is only for FIXED")
        .inFile(src).onLineContaining("threads = 4");
  }

  @Test
  void maxThreadsOutsideAdaptive() {
    JavaFileObject src = withPools(pools("@Pool(sizing = Sizing.CPU_BOUND,", "    maxThreads = 4)"));
    assertThat(compile(src)).hadErrorContaining("@Pool(maxThreads = 4) makes no sense with sizing = CPU_BOUND")
        .inFile(src).onLineContaining("maxThreads = 4");
  }

  @Test
  void poolsOfMoreThreadsThanAllowed() {
    JavaFileObject fixed = withPools(pools("@Pool(sizing = Sizing.FIXED,", "    threads = 40_000)"));
    assertThat(compile(fixed)).hadErrorContaining("@Pool(threads = 40000): a pool runs at most Pool.MAX_THREADS (32767) "
        + "threads.").inFile(fixed).onLineContaining("threads = 40_000");
    JavaFileObject adaptive = withPools(pools("@Pool(sizing = Sizing.ADAPTIVE,", "    maxThreads = Integer.MAX_VALUE)"));
    assertThat(compile(adaptive)).hadErrorContaining("@Pool(maxThreads = 2147483647): a pool runs at most").inFile(adaptive)
        .onLineContaining("maxThreads = Integer.MAX_VALUE");
  }

  @Test
  void anAdaptivePoolWithNoRoom() {
    JavaFileObject src = withPools(pools("@Pool(sizing = Sizing.ADAPTIVE,", "    maxThreads = -2)"));
    assertThat(compile(src)).hadErrorContaining("@Pool(maxThreads = -2): an ADAPTIVE pool needs room for at least 1 thread")
        .inFile(src).onLineContaining("maxThreads = -2");
  }

  @Test
  void anEmptyQueue() {
    JavaFileObject src = withPools(pools("@Pool(sizing = Sizing.MIXED,", "    queue = 0)"));
    assertThat(compile(src)).hadErrorContaining("@Pool(queue = 0): at least 1 task must fit in the queue")
        .inFile(src).onLineContaining("queue = 0");
  }

  @Test
  void aPoolNobodyUsesIsAWarning() {
    JavaFileObject src = withPools(pools("@Pool(name = \"spare\", sizing = Sizing.CPU_BOUND)"));
    Compilation compilation = compileAllowingWarnings(src);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining(
            "Pool \"spare\" is declared on Worker, but no @Async or @Race method of Worker runs on it")
        .inFile(src).onLineContaining("name = \"spare\"");
  }

  @Test
  void aPoolOnAWovenClassWithoutAsyncOrRaceIsAWarning() {
    JavaFileObject src = source("test.Catalog",
        "package test;",
        "import dev.shuttle.*;",
        "@ReadMostly",
        "@Pool(name = \"spare\", sizing = Sizing.CPU_BOUND)",
        "public class Catalog {",
        "  @Read public int size() { return 0; }",
        "}");
    Compilation compilation = compileAllowingWarnings(src);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining(
            "Pool \"spare\" is declared on Catalog, but no @Async or @Race method of Catalog runs on it")
        .inFile(src).onLineContaining("name = \"spare\"");
  }

  @Test
  void aBrokenPoolOnAWovenClassWithoutAsyncOrRaceIsAnError() {
    JavaFileObject src = source("test.Catalog",
        "package test;",
        "import dev.shuttle.*;",
        "@ReadMostly",
        "@Pool(name = \"spare\", queue = 0)",
        "public class Catalog {",
        "  @Read public int size() { return 0; }",
        "}");
    assertThat(compileAllowingWarnings(src)).hadErrorContaining("@Pool(queue = 0): at least 1 task must fit in the queue")
        .inFile(src).onLineContaining("queue = 0");
  }

  @Test
  void everyProblemIsReported() {
    JavaFileObject src = source("test.Broken",
        "package test;",
        "import dev.shuttle.*;",
        "@Pool(sizing = Sizing.FIXED, waitRatio = -1)",
        "public final class Broken {",
        "  @Async public int count() { return 0; }",
        "  @Async private void hidden() {}",
        "  @Async(pool = \"nowhere\") public void lost() {}",
        "}");
    Compilation compilation = compile(src);
    assertThat(compilation).hadErrorContaining("must not be final");
    assertThat(compilation).hadErrorContaining("waitRatio = -1.0");
    assertThat(compilation).hadErrorContaining("needs threads = n");
    assertThat(compilation).hadErrorContaining("Broken.count() returns int");
    assertThat(compilation).hadErrorContaining("Broken.hidden() is private");
    assertThat(compilation).hadErrorContaining("no pool named \"nowhere\"");
    assertThat(compilation).hadErrorCount(6);
  }
}
