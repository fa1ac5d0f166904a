package dev.shuttle.processor.woven;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shuttle.processor.Compilations.compile;
import static dev.shuttle.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One test per documented {@code @Race} error, each pinned to the line the user must fix. */
class RaceErrorsTest {

  /** {@code abstract class Quotes} with two good sources and these lines. */
  private static JavaFileObject quotes(String... body) {
    String[] lines = new String[body.length + 8];
    lines[0] = "package test;";
    lines[1] = "import dev.shuttle.*;";
    lines[2] = "import java.util.concurrent.*;";
    lines[3] = "public abstract class Quotes {";
    lines[4] = "  public String primary(String symbol) { return symbol; }";
    lines[5] = "  public CompletableFuture<String> mirror(String symbol) { return CompletableFuture.completedFuture(symbol); }";
    lines[6] = "  public int count(String symbol) { return 1; }";
    System.arraycopy(body, 0, lines, 7, body.length);
    lines[lines.length - 1] = "}";
    return source("test.Quotes", lines);
  }

  @Test
  void aRaceMethodIsAbstract() {
    JavaFileObject src = quotes(
        "  @Race({\"primary\", \"mirror\"})",
        "  public CompletableFuture<String> quote(String symbol) { return null; }");
    assertThat(compile(src)).hadErrorContaining(
            "@Race method Quotes.quote(String) has a body, but @Race implements the method from its sources. "
                + "Make it abstract (and its class too): ConcurrentQuotes implements it.")
        .inFile(src).onLineContaining("CompletableFuture<String> quote(String symbol)");
  }

  @Test
  void aRaceReturnsAFuture() {
    JavaFileObject src = quotes(
        "  @Race({\"primary\", \"mirror\"})",
        "  public abstract String quote(String symbol);");
    assertThat(compile(src)).hadErrorContaining(
            "@Race method Quotes.quote(String) returns String, but a race's winner comes later: it must return "
                + "CompletableFuture<T> or CompletionStage<T>")
        .inFile(src).onLineContaining("abstract String quote");
  }

  @Test
  void aRaceOfAWildcardHasNoValueType() {
    JavaFileObject src = quotes(
        "  @Race({\"primary\", \"mirror\"})",
        "  public abstract CompletableFuture<?> quote(String symbol);");
    assertThat(compile(src)).hadErrorContaining("@Race method Quotes.quote(String) returns CompletableFuture<?>")
        .inFile(src).onLineContaining("abstract CompletableFuture<?> quote");
  }

  @Test
  void aSourceThatDoesNotExist() {
    JavaFileObject src = quotes(
        "  @Race({\"primary\",",
        "      \"fromNowhere\"})",
        "  public abstract CompletableFuture<String> quote(String symbol);");
    assertThat(compile(src)).hadErrorContaining(
            "@Race on Quotes.quote(String) names \"fromNowhere\", but Quotes has no method of that name. "
                + "Name a method of Quotes that takes the same parameters as Quotes.quote(String).")
        .inFile(src).onLineContaining("\"fromNowhere\"");
  }

  @Test
  void aSourceWithOtherParameterTypes() {
    JavaFileObject src = quotes(
        "  public String byId(long id) { return \"\"; }",
        "  @Race({\"primary\",",
        "      \"byId\"})",
        "  public abstract CompletableFuture<String> quote(String symbol);");
    assertThat(compile(src)).hadErrorContaining(
            "@Race source \"byId\" does not take the parameters of Quotes.quote(String): there is only Quotes.byId(long). "
                + "Each source is called with the race's arguments, so it must take (String).")
        .inFile(src).onLineContaining("\"byId\"");
  }

  @Test
  void aSourceOfAnIncompatibleType() {
    JavaFileObject src = quotes(
        "  @Race({\"primary\",",
        "      \"count\"})",
        "  public abstract CompletableFuture<String> quote(String symbol);");
    assertThat(compile(src)).hadErrorContaining(
            "@Race source Quotes.count(String) returns int, but Quotes.quote(String) races for String. "
                + "A source must return String (or a subtype), or a CompletionStage of it.")
        .inFile(src).onLineContaining("\"count\"");
  }

  @Test
  void aSourceStageOfAnIncompatibleType() {
    JavaFileObject src = quotes(
        "  public CompletionStage<Integer> later(String symbol) { return null; }",
        "  @Race({\"primary\",",
        "      \"later\"})",
        "  public abstract CompletableFuture<String> quote(String symbol);");
    assertThat(compile(src)).hadErrorContaining("@Race source Quotes.later(String) returns CompletionStage<Integer>")
        .inFile(src).onLineContaining("\"later\"");
  }

  @Test
  void fewerThanTwoSources() {
    JavaFileObject src = quotes(
        "  @Race(\"primary\")",
        "  public abstract CompletableFuture<String> quote(String symbol);");
    assertThat(compile(src)).hadErrorContaining(
            "@Race on Quotes.quote(String) names 1 source, but a race needs at least two.")
        .inFile(src).onLineContaining("@Race(\"primary\")");
  }

  @Test
  void aSourceNamedTwice() {
    JavaFileObject src = quotes(
        "  @Race({\"primary\", \"mirror\",",
        "      \"primary\"})",
        "  public abstract CompletableFuture<String> quote(String symbol);");
    assertThat(compile(src)).hadErrorContaining("@Race on Quotes.quote(String) names \"primary\" twice")
        .inFile(src).onLineContaining("      \"primary\"})");
  }

  @Test
  void aRaceNamingItself() {
    JavaFileObject src = quotes(
        "  @Race({\"primary\",",
        "      \"quote\"})",
        "  public abstract CompletableFuture<String> quote(String symbol);");
    assertThat(compile(src)).hadErrorContaining("@Race on Quotes.quote(String) names the method itself as a source")
        .inFile(src).onLineContaining("\"quote\"");
  }

  @Test
  void aPrivateSource() {
    JavaFileObject src = quotes(
        "  private String secret(String symbol) { return symbol; }",
        "  @Race({\"primary\",",
        "      \"secret\"})",
        "  public abstract CompletableFuture<String> quote(String symbol);");
    assertThat(compile(src)).hadErrorContaining(
            "@Race source Quotes.secret(String) is private, so the generated ConcurrentQuotes cannot call it.")
        .inFile(src).onLineContaining("\"secret\"");
  }

  @Test
  void aHedgeThatComesAfterTheTimeout() {
    JavaFileObject src = quotes(
        "  @Race(value = {\"primary\", \"mirror\"},",
        "      hedgeAfter = 500, timeout = 500)",
        "  public abstract CompletableFuture<String> quote(String symbol);");
    assertThat(compile(src)).hadErrorContaining(
            "@Race(hedgeAfter = 500, timeout = 500): the race would time out before the next source starts. "
                + "Make hedgeAfter shorter than timeout.")
        .inFile(src).onLineContaining("hedgeAfter = 500");
  }

  @Test
  void aNegativeTimeout() {
    JavaFileObject src = quotes(
        "  @Race(value = {\"primary\", \"mirror\"},",
        "      timeout = -1)",
        "  public abstract CompletableFuture<String> quote(String symbol);");
    assertThat(compile(src)).hadErrorContaining("@Race(timeout = -1): timeout must be positive, or 0 (the default) for no timeout.")
        .inFile(src).onLineContaining("timeout = -1");
  }

  @Test
  void anUnknownPool() {
    JavaFileObject src = quotes(
        "  @Race(value = {\"primary\", \"mirror\"},",
        "      pool = \"quotes\")",
        "  public abstract CompletableFuture<String> quote(String symbol);");
    assertThat(compile(src)).hadErrorContaining("@Race(pool = \"quotes\"): no pool named \"quotes\" is declared on Quotes")
        .inFile(src).onLineContaining("pool = \"quotes\"");
  }

  @Test
  void everyProblemIsReportedOnce() {
    JavaFileObject src = quotes(
        "  @Race({\"primary\", \"nowhere\"})",
        "  public abstract CompletableFuture<String> a(String symbol);",
        "  @Race(\"primary\")",
        "  public abstract String b(String symbol);",
        "  @Race(value = {\"primary\", \"mirror\"}, hedgeAfter = -5)",
        "  public CompletableFuture<String> c(String symbol) { return null; }");
    Compilation compilation = compile(src);
    assertThat(compilation).hadErrorContaining("names \"nowhere\"");
    assertThat(compilation).hadErrorContaining("Quotes.b(String) returns String");
    assertThat(compilation).hadErrorContaining("Quotes.c(String) has a body");
    assertThat(compilation).hadErrorContaining("hedgeAfter = -5");
    assertThat(compilation).hadErrorCount(4); // and no "would not implement" for the broken races
  }
}
