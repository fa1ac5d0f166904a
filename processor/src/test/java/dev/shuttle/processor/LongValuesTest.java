package dev.shuttle.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shuttle.processor.Compilations.compile;
import static dev.shuttle.processor.Compilations.source;

import com.google.common.truth.StringSubject;
import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Attribute values only a {@code long} holds reach generated code as {@code long} literals. */
class LongValuesTest {

  private static Compilation compiledClean(JavaFileObject source) {
    Compilation compilation = compile(source);
    assertThat(compilation).succeededWithoutWarnings();
    return compilation;
  }

  /** The generated {@code ConcurrentClient} for a {@code Client} whose {@code call()} carries {@code rateLimited}. */
  private static StringSubject concurrentClient(String rateLimited) {
    Compilation compilation = compiledClean(source("test.Client",
        "package test;",
        "import java.util.concurrent.TimeUnit;",
        "public class Client {",
        "  " + rateLimited,
        "  public void call() {}",
        "}"));
    return assertThat(compilation).generatedSourceFile("test.ConcurrentClient").contentsAsUtf8String();
  }

  @Test
  void aLongRateLimitPeriod() {
    concurrentClient("@dev.shuttle.RateLimited(value = 1, period = 8589934592L, unit = TimeUnit.NANOSECONDS)")
        .contains("RateLimit.of(1, 8_589_934_592L, TimeUnit.NANOSECONDS)");
  }

  @Test
  void aLongMaxWait() {
    concurrentClient("@dev.shuttle.RateLimited(value = 1, maxWait = 8589934592L, maxWaitUnit = TimeUnit.NANOSECONDS)")
        .contains("\"test.Client/call/RateLimited\", 8_589_934_592L, TimeUnit.NANOSECONDS)");
  }

  @Test
  void aLongRaceHedgeAndTimeout() {
    Compilation compilation = compiledClean(source("test.Quotes",
        "package test;",
        "import java.util.concurrent.CompletableFuture;",
        "import java.util.concurrent.TimeUnit;",
        "public abstract class Quotes {",
        "  public String primary(String symbol) { return symbol; }",
        "  public String mirror(String symbol) { return symbol; }",
        "  @dev.shuttle.Race(value = {\"primary\", \"mirror\"}, hedgeAfter = 3000000000L,",
        "      timeout = 9223372036854775807L, unit = TimeUnit.NANOSECONDS)",
        "  public abstract CompletableFuture<String> quote(String symbol);",
        "}"));
    assertThat(compilation).generatedSourceFile("test.ConcurrentQuotes").contentsAsUtf8String()
        .contains(".hedgeAfter(3_000_000_000L, TimeUnit.NANOSECONDS)");
    assertThat(compilation).generatedSourceFile("test.ConcurrentQuotes").contentsAsUtf8String()
        .contains(".timeout(9_223_372_036_854_775_807L, TimeUnit.NANOSECONDS)");
  }
}
