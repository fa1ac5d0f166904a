package dev.shuttle.processor.woven;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shuttle.processor.Compilations.compile;
import static dev.shuttle.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.shuttle.processor.CompiledClasses;
import org.junit.jupiter.api.Test;

/** A race whose value is itself a future: a source returning that future is a plain source, not a stage of it. */
class RaceOfFuturesTest {

  @Test
  void aSourceReturningTheRacedFutureWinsWithThatFuture() throws Exception {
    Compilation compilation = compile(source("test.Lookups", "package test;",
        "import dev.shuttle.*;",
        "import java.util.concurrent.*;",
        "public abstract class Lookups {",
        "  public CompletableFuture<String> near(String key) { return CompletableFuture.completedFuture(\"near \" + key); }",
        "  public CompletableFuture<String> far(String key) { throw new IllegalStateException(\"down\"); }",
        "  @Race({\"near\", \"far\"})",
        "  public abstract CompletableFuture<CompletableFuture<String>> lookup(String key);",
        "  static Object run() throws Exception {",
        "    return new ConcurrentLookups().lookup(\"k\").get(10, TimeUnit.SECONDS).getNow(\"pending\");",
        "  }",
        "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals("near k", new CompiledClasses(compilation).call("test.Lookups", "run"));
  }
}
