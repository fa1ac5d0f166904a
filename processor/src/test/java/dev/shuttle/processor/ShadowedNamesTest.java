package dev.shuttle.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shuttle.processor.Compilations.compile;
import static dev.shuttle.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/**
 * A simple name that generated code writes ({@code Override}, {@code Throwable}, a runtime type)
 * may mean another type where the generated class stands: a type of the user's package hides
 * {@code java.lang}'s, and a member type the generated subclass inherits hides an import. Such
 * names are written qualified, so the generated code compiles warning-free and means the types it
 * names.
 */
class ShadowedNamesTest {

  @Test
  void typesOfTheUsersPackageNamedLikeJavaLangTypesDoNotHideThem() throws Exception {
    Compilation compilation = compile(
        source("test.Override", "package test;", "public class Override {}"),
        source("test.Throwable", "package test;", "public class Throwable {}"),
        source("test.Void", "package test;", "public class Void {}"),
        source("test.Integer", "package test;", "public class Integer {}"),
        source("test.Counter", "package test;",
            "@dev.shuttle.Actor",
            "public class Counter {",
            "  private int count;",
            "  public int add(int n) { return count += n; }",
            "  static Object run() {",
            "    CounterActor counter = CounterActor.spawn(new Counter());",
            "    counter.add(2);",
            "    int total = counter.add(3).join();",
            "    counter.stop().join();",
            "    return total;",
            "  }",
            "}"),
        source("test.Meter", "package test;",
            "public class Meter {",
            "  @dev.shuttle.RateLimited(1000) public int read() { return 7; }",
            "  static Object run() { return new ConcurrentMeter().read(); }",
            "}"));
    assertThat(compilation).succeededWithoutWarnings();
    CompiledClasses classes = new CompiledClasses(compilation);
    assertEquals(5, classes.call("test.Counter", "run"));
    assertEquals(7, classes.call("test.Meter", "run"));
  }

  @Test
  void aNestedRecordNamedRateLimitDoesNotHideTheRuntimesRateLimit() throws Exception {
    Compilation compilation = compile(source("test.GitHubClient", "package test;",
        "@dev.shuttle.RateLimited(10)",
        "public class GitHubClient {",
        "  public record RateLimit(int limit, int remaining) {}",
        "  public RateLimit rateLimit() { return new RateLimit(5000, 4999); }",
        "  static Object run() { return new ConcurrentGitHubClient().rateLimit().remaining(); }",
        "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(4999, new CompiledClasses(compilation).call("test.GitHubClient", "run"));
  }

  @Test
  void aMemberTypeOfASupertypeDoesNotHideAnImportOfTheSubclass() throws Exception {
    Compilation compilation = compile(
        source("test.Base", "package test;",
            "public class Base {",
            "  public static class CompletableFuture {}",
            "  public static class Override {}",
            "}"),
        source("test.Jobs", "package test;",
            "public class Jobs extends Base {",
            "  @dev.shuttle.Async public java.util.concurrent.CompletableFuture<String> fetch() {",
            "    return java.util.concurrent.CompletableFuture.completedFuture(\"done\");",
            "  }",
            "  static Object run() { return new ConcurrentJobs().fetch().join(); }",
            "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals("done", new CompiledClasses(compilation).call("test.Jobs", "run"));
  }

  @Test
  void aFieldNamedLikeAPackageDoesNotObscureAQualifiedNameInATypesPlace() throws Exception {
    Compilation compilation = compile(
        source("test.Integer", "package test;", "public class Integer {}"),
        source("test.Client", "package test;",
            "public class Client {",
            "  protected boolean dev;",
            "  protected int java;",
            "  @dev.shuttle.RateLimited(1000) public java.lang.Integer call(int n) { return n + 1; }",
            "  static Object run() { return new ConcurrentClient().call(1); }",
            "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(2, new CompiledClasses(compilation).call("test.Client", "run"));
  }

  @Test
  void anInheritedFieldThatObscuresAQualifiedNameIsReportedOnTheField() {
    // the parameter RateLimit hides the runtime's RateLimit, so it is written qualified, and the
    // field dev, which the woven subclass inherits, makes Java read dev.shuttle... as that field
    Compilation compilation = compile(source("test.Client", "package test;",
        "public class Client {",
        "  protected int dev;",
        "  @dev.shuttle.RateLimited(1) public void call(int RateLimit) {}",
        "}"));
    assertThat(compilation).failed();
    assertEquals(1, compilation.errors().size(), () -> compilation.errors().toString());
    assertThat(compilation).hadErrorContaining("Field 'dev' of Client is in scope in the generated ConcurrentClient, "
        + "which must write dev.shuttle.runtime.ratelimit.RateLimit in full there").inFile(compilation.sourceFiles().get(0))
        .onLineContaining("protected int dev;");
    assertThat(compilation).hadErrorContaining("Rename the variable, or whatever is called RateLimit.");
  }

  @Test
  void aFieldOfASuperclassThatObscuresAQualifiedNameIsReportedOnTheClass() {
    // the member type TimeUnit hides the import of java.util.concurrent.TimeUnit, whose SECONDS
    // the limit's constant reads, and the inherited field java obscures its qualified name
    Compilation compilation = compile(
        source("test.Base", "package test;", "public class Base { protected String java; }"),
        source("test.Counter", "package test;",
            "public class Counter extends Base {",
            "  public static class TimeUnit {}",
            "  @dev.shuttle.RateLimited(1) public int next() { return 1; }",
            "}"));
    assertThat(compilation).failed();
    assertEquals(1, compilation.errors().size(), () -> compilation.errors().toString());
    assertThat(compilation).hadErrorContaining("Field 'java' of Base is in scope in the generated ConcurrentCounter, "
        + "which must write java.util.concurrent.TimeUnit in full there").inFile(compilation.sourceFiles().get(1))
        .onLineContaining("public class Counter");
  }

  @Test
  void aParameterThatObscuresAQualifiedNameInItsMethodIsReportedOnTheParameter() {
    // the field ForkJoins hides the runtime's ForkJoins, which the fork/join body calls, and the
    // parameter dev obscures its qualified name in that body
    Compilation compilation = compile(source("test.Sum", "package test;",
        "public class Sum {",
        "  protected int ForkJoins;",
        "  @dev.shuttle.ForkJoin(threshold = 10)",
        "  public long sum(long[] values, @dev.shuttle.From int from, @dev.shuttle.To int to, long dev) {",
        "    long total = dev;",
        "    for (int i = from; i < to; i++) total += values[i];",
        "    return total;",
        "  }",
        "}"));
    assertThat(compilation).failed();
    assertEquals(1, compilation.errors().size(), () -> compilation.errors().toString());
    assertThat(compilation).hadErrorContaining("Parameter 'dev' of Sum.sum(long[], int, int, long) is in scope in "
        + "the generated ConcurrentSum, which must write dev.shuttle.runtime.pool.ForkJoins in full there")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("long dev)");
  }
}
