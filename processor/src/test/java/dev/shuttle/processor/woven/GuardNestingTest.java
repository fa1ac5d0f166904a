package dev.shuttle.processor.woven;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shuttle.processor.Compilations.compile;
import static dev.shuttle.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/** Guards that hand the call on as a lambda, around guards whose code is statements. */
class GuardNestingTest {

  @Test
  void anAsyncCallAroundALockedBodyHandsOnABlockLambda() {
    Compilation compilation = compile(source("test.Counter",
        "package test;",
        "import dev.shuttle.*;",
        "import java.util.concurrent.*;",
        "@ReadMostly",
        "@RateLimited(10)",
        "public class Counter {",
        "  private int count;",
        "  @Async @Write public CompletableFuture<Integer> increment() {",
        "    return CompletableFuture.completedFuture(++count);",
        "  }",
        "  @Async @Write public void reset() { count = 0; }",
        "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.ConcurrentCounter").contentsAsUtf8String()
        .contains(String.join("\n",
            "        return rateLimiter.whenPermitted(() -> pool.submit(() -> {",
            "            ReadMostlyHold hold = lock.enterWrite(\"Counter.increment\");",
            "            try {",
            "                return super.increment();",
            "            } finally {",
            "                lock.exitWrite(hold);",
            "            }",
            "        }));"));
    assertThat(compilation).generatedSourceFile("test.ConcurrentCounter").contentsAsUtf8String()
        .contains(String.join("\n",
            "        pool.execute(\"Counter.reset\", () -> {",
            "            ReadMostlyHold hold = lock.enterWrite(\"Counter.reset\");"));
  }
}
