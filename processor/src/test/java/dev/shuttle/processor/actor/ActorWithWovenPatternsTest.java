package dev.shuttle.processor.actor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shuttle.processor.Compilations.compile;
import static dev.shuttle.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.shuttle.processor.CompiledClasses;
import org.junit.jupiter.api.Test;

/**
 * Woven patterns on an {@code @Actor} class (docs/patterns-meet.md): those that keep the body on
 * the actor's turn apply, through {@code spawn(ConcurrentFoo)}, so they cannot be lost; the others
 * are errors on the annotation. Waiting rate limits: {@link ActorWaitingLimitsTest}.
 */
class ActorWithWovenPatternsTest {

  @Test
  void aFailingRateLimitOnAnActorRefusesTheMessagesOverTheLimit() throws Exception {
    Compilation compilation = compile(source("test.Meter", "package test;",
        "import dev.shuttle.*;",
        "@Actor",
        "public class Meter {",
        "  private int count;",
        "  @RateLimited(value = 1, period = 1, unit = java.util.concurrent.TimeUnit.HOURS, onLimit = OnLimit.FAIL)",
        "  public int hit() { return ++count; }",
        "  static Object run() {",
        "    MeterActor meter = MeterActor.spawn(new ConcurrentMeter());",
        "    int first = meter.hit().join();",
        "    String second;",
        "    try {",
        "      meter.hit().join();",
        "      second = \"passed\";",
        "    } catch (java.util.concurrent.CompletionException e) {",
        "      second = e.getCause().getClass().getSimpleName();",
        "    }",
        "    meter.stop().join();",
        "    return first + \" \" + second;",
        "  }",
        "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals("1 RateLimitExceededException", new CompiledClasses(compilation).call("test.Meter", "run"));
  }

  @Test
  void anActorWithAWovenPatternIsSpawnedOnlyAroundItsWovenClass() {
    Compilation compilation = compile(
        source("test.Sums", "package test;",
        "import dev.shuttle.*;",
        "@Actor",
        "public class Sums {",
        "  @ForkJoin(threshold = 4)",
        "  public long sum(long[] values, @From int from, @To int to) {",
        "    long total = 0;",
        "    for (int i = from; i < to; i++) total += values[i];",
        "    return total;",
        "  }",
        "}"),
        source("test.Main", "package test;",
            "class Main {",
            "  static SumsActor start() { return SumsActor.spawn(new Sums()); }",
            "}"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("incompatible types: test.Sums cannot be converted to test.ConcurrentSums");
  }

  @Test
  void aForkJoinOnAnActorRunsWithinTheMessage() throws Exception {
    Compilation compilation = compile(source("test.Sums", "package test;",
        "import dev.shuttle.*;",
        "@Actor",
        "public class Sums {",
        "  @ForkJoin(threshold = 4)",
        "  public long sum(long[] values, @From int from, @To int to) {",
        "    long total = 0;",
        "    for (int i = from; i < to; i++) total += values[i];",
        "    return total;",
        "  }",
        "  static Object run() {",
        "    SumsActor sums = SumsActor.spawn(new ConcurrentSums());",
        "    long[] values = new long[100];",
        "    java.util.Arrays.setAll(values, i -> i);",
        "    long total = sums.sum(values, 0, values.length).join();",
        "    sums.stop().join();",
        "    return total;",
        "  }",
        "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(4950L, new CompiledClasses(compilation).call("test.Sums", "run"));
  }

  @Test
  void aLockOnAnActorIsAnError() {
    Compilation compilation = compile(source("test.Cache", "package test;",
        "import dev.shuttle.*;",
        "@Actor",
        "@ReadMostly",
        "public class Cache {",
        "  private int size;",
        "  @Read public int size() { return size; }",
        "}"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("@ReadMostly on @Actor class Cache: the actor's mailbox already runs "
        + "its messages one at a time").inFile(compilation.sourceFiles().get(0)).onLineContaining("@ReadMostly");
    assertThat(compilation).hadErrorContaining("@Read on @Actor class Cache").inFile(compilation.sourceFiles().get(0))
        .onLineContaining("@Read public int size()");
  }

  @Test
  void anAsyncOrRaceMethodOnAnActorIsAnError() {
    Compilation compilation = compile(source("test.Fetcher", "package test;",
        "import dev.shuttle.*;",
        "import java.util.concurrent.CompletableFuture;",
        "@Actor",
        "public abstract class Fetcher {",
        "  @Async public CompletableFuture<String> fetch() { return CompletableFuture.completedFuture(\"x\"); }",
        "  public CompletableFuture<String> primary() { return CompletableFuture.completedFuture(\"p\"); }",
        "  public CompletableFuture<String> mirror() { return CompletableFuture.completedFuture(\"m\"); }",
        "  @Race({\"primary\", \"mirror\"}) public abstract CompletableFuture<String> fastest();",
        "}"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("@Async on a method of @Actor class Fetcher would run the body on pool "
        + "threads, outside the actor's turn").inFile(compilation.sourceFiles().get(0)).onLineContaining("@Async");
    assertThat(compilation).hadErrorContaining("@Race on a method of @Actor class Fetcher")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("@Race(");
  }

  @Test
  void anActorWhoseWovenClassCannotBeWrittenGetsOnlyTheWovenError() {
    Compilation compilation = compile(source("test.Sums", "package test;",
        "import dev.shuttle.*;",
        "@Actor",
        "public final class Sums {",
        "  @ForkJoin(threshold = 4)",
        "  public long sum(long[] values, @From int from, @To int to) { return 0; }",
        "}"));
    assertThat(compilation).failed();
    assertEquals(1, compilation.errors().size(), () -> compilation.errors().toString());
    assertThat(compilation).hadErrorContaining("must not be final");
  }
}
