package dev.shuttle.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shuttle.processor.Compilations.compile;
import static dev.shuttle.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A {@code @Pipeline} or {@code @Phased} class that also carries woven patterns is started only
 * around its woven {@code ConcurrentFoo} (docs/patterns-meet.md), so its guards apply to every
 * call; a plain instance does not compile. The actor's half is in {@code ActorWithWovenPatternsTest}.
 */
class InstancePatternsRunTheWovenClassTest {

  @Test
  void aPipelineStageRunsThroughItsRateLimit() throws Exception {
    Compilation compilation = compile(source("test.Gate", "package test;",
        "import dev.shuttle.*;",
        "import java.util.*;",
        "import java.util.concurrent.TimeUnit;",
        "@Pipeline",
        "public class Gate {",
        "  final List<String> failed = Collections.synchronizedList(new ArrayList<>());",
        "  @Stage @RateLimited(value = 1, period = 1, unit = TimeUnit.HOURS, onLimit = OnLimit.FAIL)",
        "  public int pass(int x) { return x; }",
        "  @OnError void failed(Object item, Throwable error, String stage) {",
        "    failed.add(item + \" \" + error.getClass().getSimpleName());",
        "  }",
        "  static Object run() throws Exception {",
        "    List<Integer> passed = Collections.synchronizedList(new ArrayList<>());",
        "    Gate gate = new ConcurrentGate();",
        "    GatePipeline pipeline = GatePipeline.start((ConcurrentGate) gate, passed::add);",
        "    pipeline.submit(1);",
        "    pipeline.submit(2);",
        "    pipeline.close().get();",
        "    return passed + \" \" + gate.failed;",
        "  }",
        "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals("[1] [2 RateLimitExceededException]", new CompiledClasses(compilation).call("test.Gate", "run"));
  }

  @Test
  void aPhasedClassWithWovenPatternsDoesNotRunAPlainInstance() {
    Compilation compilation = compile(
        source("test.Tally", "package test;",
            "import dev.shuttle.*;",
            "@Phased(parties = 2)",
            "public class Tally {",
            "  @Phase(1) @RateLimited(1000) public void count(int party) {}",
            "}"),
        source("test.Main", "package test;",
            "class Main {",
            "  static void run() { TallyPhases.run(new Tally()); }",
            "}"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("incompatible types: test.Tally cannot be converted to test.ConcurrentTally");
    assertEquals(List.of("incompatible types: test.Tally cannot be converted to test.ConcurrentTally"),
        compilation.errors().stream().map(error -> error.getMessage(null)).toList());
  }
}
