package dev.shuttle.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.shuttle.processor.Compilations.compile;
import static dev.shuttle.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated code compiles warning-free under {@code -Xlint:all} ({@link Compilations#compile} adds {@code -Werror})
 * when the user's class brings a cause of warnings into it: a deprecated class or member, a raw type, a generic
 * varargs parameter. It suppresses exactly those causes, and only where the user's code has them; the proxies and
 * overrides of deprecated members stay deprecated for their callers.
 */
class WarningFreeTest {
  /** What the generated {@code RecursiveTask} has of its own: it is serializable, and never serialized. */
  private static final String FORK_JOIN_TASK = "@SuppressWarnings(\"serial\")";

  /** What an actor has of its own for a generic method, whose message holds the arguments erased. */
  private static final List<String> GENERIC_MESSAGE =
      List.of("@SuppressWarnings({\"unchecked\", \"rawtypes\"})", "@SuppressWarnings(\"rawtypes\")");

  /**
   * One class {@code Old} per pattern: the pattern, the class it generates, the {@code @SuppressWarnings} that
   * class has of its own (for what it does, not for what the user's code brings), and the class's body.
   */
  static Stream<Arguments> patterns() {
    return Stream.of(
        pattern("@Actor", "OldActor", List.of(),
            "@Actor public class Old {",
            "  public void put(int x) {}",
            "  public int get() { return 1; }",
            "}"),
        pattern("@Pipeline", "OldPipeline", List.of(),
            "@Pipeline public class Old {",
            "  @Stage public long square(int x) { return (long) x * x; }",
            "}"),
        pattern("@Phased", "OldPhases", List.of(),
            "@Phased(parties = 2) public class Old {",
            "  @Phase(1) void step(int party) {}",
            "}"),
        pattern("@ReadMostly", "ConcurrentOld", List.of(),
            "@ReadMostly public class Old {",
            "  @Read public int get() { return 1; }",
            "  @Write public void set(int x) {}",
            "}"),
        pattern("@RateLimited", "ConcurrentOld", List.of(),
            "public class Old {",
            "  @RateLimited(5) public int get() { return 1; }",
            "}"),
        pattern("@Async", "ConcurrentOld", List.of(),
            "public class Old {",
            "  @Async public CompletableFuture<String> load() { return CompletableFuture.completedFuture(\"\"); }",
            "}"),
        pattern("@Race", "ConcurrentOld", List.of(),
            "public abstract class Old {",
            "  public String primary(String key) { return key; }",
            "  public String mirror(String key) { return key; }",
            "  @Race({\"primary\", \"mirror\"}) public abstract CompletableFuture<String> get(String key);",
            "}"),
        pattern("@ForkJoin", "ConcurrentOld", List.of(FORK_JOIN_TASK),
            "public class Old {",
            "  @ForkJoin(threshold = 100) public long sum(long[] xs, @From int from, @To int to) { return 0; }",
            "}"),
        pattern("@Actor, waiting @RateLimited: the actor", "OldActor", List.of(), WAITING_ACTOR),
        pattern("@Actor, waiting @RateLimited: the woven class", "ConcurrentOld", List.of(), WAITING_ACTOR));
  }

  /** An actor whose messages wait for their permits: a keyed one, a class-wide one, one returning a stage. */
  private static final String[] WAITING_ACTOR = {
      "@Actor @RateLimited(5) public class Old {",
      "  @RateLimited(value = 2, maxWait = 1) public void put(@RateLimited.Key String key, int x) {}",
      "  public int get() { return 1; }",
      "  @RateLimited(3) public CompletableFuture<String> load() { return CompletableFuture.completedFuture(\"\"); }",
      "}"};

  private static Arguments pattern(String name, String generated, List<String> own, String... body) {
    return Arguments.of(name, generated, own, String.join("\n", body));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("patterns")
  void aDeprecatedClassGetsDeprecationSuppressed(String pattern, String generated, List<String> own, String body) {
    Compilation compilation = compile(userClass("@Deprecated", body));

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(concat("@SuppressWarnings(\"deprecation\")", own), suppressions(compilation, generated));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("patterns")
  void aClassDeprecatedForRemovalGetsRemovalSuppressed(String pattern, String generated, List<String> own, String body) {
    Compilation compilation = compile(userClass("@Deprecated(since = \"2\", forRemoval = true)", body));

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(concat("@SuppressWarnings(\"removal\")", own), suppressions(compilation, generated));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("patterns")
  void aClassWithoutCausesGetsNoSuppressWarnings(String pattern, String generated, List<String> own, String body) {
    Compilation compilation = compile(userClass("", body));

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(own, suppressions(compilation, generated));
  }

  @Test
  void waitingLimitsOnGenericRawAndDeprecatedActorMethodsCompileWarningFree() {
    Compilation compilation = compile(source("test.Feed", "package test;",
        "import java.util.List;",
        "import java.util.concurrent.CompletableFuture;",
        "import java.util.concurrent.CompletionStage;",
        "@SuppressWarnings(\"rawtypes\") @dev.shuttle.Actor public class Feed {",
        "  @dev.shuttle.RateLimited(5) public <T extends Comparable<T>> T max(List<T> items) { return items.get(0); }",
        "  @dev.shuttle.RateLimited(5) public CompletionStage raw() { return CompletableFuture.completedFuture(1); }",
        "  @Deprecated @dev.shuttle.RateLimited(5) public <K> void drop(@dev.shuttle.RateLimited.Key K key) {}",
        "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.FeedActor").contentsAsUtf8String()
        .contains(".rateLimitedMessages()");
  }

  @Test
  void aClassInADeprecatedClassGetsDeprecationSuppressed() {
    Compilation compilation = compile(source("test.Outer", "package test;",
        "@Deprecated public class Outer {",
        "  @dev.shuttle.Actor public static class Inbox { public void put(int x) {} }",
        "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(List.of("@SuppressWarnings(\"deprecation\")"), suppressions(compilation, "Outer_InboxActor"));
  }

  @Test
  void deprecatedActorMethodsKeepTheirDeprecationOnTheProxy() {
    Compilation compilation = compile(source("test.Inbox", "package test;",
        "@dev.shuttle.Actor public class Inbox {",
        "  @Deprecated(since = \"1.2\") public void put(int x) {}",
        "  @Deprecated(forRemoval = true) public int take() { return 0; }",
        "  public void clear() {}",
        "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(List.of("@SuppressWarnings({\"deprecation\", \"removal\"})"), suppressions(compilation, "InboxActor"));
    assertThat(compilation).generatedSourceFile("test.InboxActor").contentsAsUtf8String()
        .contains("@Deprecated(since = \"1.2\")\n    public void put(int x) {");
    assertThat(compilation).generatedSourceFile("test.InboxActor").contentsAsUtf8String()
        .contains("@Deprecated(forRemoval = true)\n    public CompletableFuture<Integer> take() {");
  }

  @Test
  void deprecatedMembersOfEveryKindCompileWarningFree() {
    Compilation compilation = compile(
        source("test.Stages", "package test;",
            "@dev.shuttle.Pipeline public class Stages {",
            "  @Deprecated @dev.shuttle.Stage public long square(int x) { return (long) x * x; }",
            "}"),
        source("test.Steps", "package test;",
            "@dev.shuttle.Phased(parties = 2) public class Steps {",
            "  @Deprecated(forRemoval = true) @dev.shuttle.Phase(1) void step(int party) {}",
            "}"),
        source("test.Client", "package test;",
            "import java.util.concurrent.CompletableFuture;",
            "@dev.shuttle.RateLimited(5) public class Client {",
            "  @Deprecated public Client() {}",
            "  @Deprecated public int get() { return 1; }",
            "  @Deprecated(since = \"3\", forRemoval = true) @dev.shuttle.Async",
            "  public CompletableFuture<String> load() { return CompletableFuture.completedFuture(\"\"); }",
            "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(List.of("@SuppressWarnings(\"deprecation\")"), suppressions(compilation, "StagesPipeline"));
    assertEquals(List.of("@SuppressWarnings(\"removal\")"), suppressions(compilation, "StepsPhases"));
    assertEquals(List.of("@SuppressWarnings({\"deprecation\", \"removal\"})"),
        suppressions(compilation, "ConcurrentClient"));
    assertThat(compilation).generatedSourceFile("test.ConcurrentClient").contentsAsUtf8String()
        .containsMatch("@Deprecated\\s*public ConcurrentClient\\(\\)");
    assertThat(compilation).generatedSourceFile("test.ConcurrentClient").contentsAsUtf8String()
        .contains("@Deprecated(since = \"3\", forRemoval = true)\n    public CompletableFuture<String> load() {");
  }

  @Test
  void aCallerOfADeprecatedProxyOrOverrideIsStillWarned() {
    Compilation compilation = javac().withProcessors(new ShuttleProcessor()).withOptions("-Xlint:all,-processing")
        .compile(
            source("test.Inbox", "package test;",
                "@dev.shuttle.Actor public class Inbox {",
                "  @Deprecated(forRemoval = true) public void put(int x) {}",
                "}"),
            source("test.Client", "package test;",
                "public class Client {",
                "  @Deprecated @dev.shuttle.RateLimited(5) public int get() { return 1; }",
                "}"),
            source("test.Caller", "package test;",
                "class Caller {",
                "  void call(InboxActor inbox, ConcurrentClient client) {",
                "    inbox.put(1);",
                "    client.get();",
                "  }",
                "}"));

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(2);
    assertThat(compilation).hadWarningContaining("put(int) in test.InboxActor has been deprecated and marked for removal")
        .inFile(compilation.sourceFiles().get(2)).onLineContaining("inbox.put(1)");
    assertThat(compilation).hadWarningContaining("get() in test.ConcurrentClient has been deprecated")
        .inFile(compilation.sourceFiles().get(2)).onLineContaining("client.get()");
  }

  @Test
  void safeVarargsIsKeptOnActorProxiesAndWovenConstructors() {
    Compilation compilation = compile(
        source("test.Bag", "package test;",
            "@dev.shuttle.Actor public class Bag {",
            "  @SafeVarargs public final <T> void addAll(T... items) {}",
            "}"),
        source("test.Store", "package test;",
            "public class Store {",
            "  @SafeVarargs public <T> Store(T... seeds) {}",
            "  @dev.shuttle.RateLimited(5) public int get() { return 1; }",
            "}"),
        source("test.Caller", "package test;",
            "import java.util.List;",
            "class Caller {",
            "  void call(BagActor bag) { bag.addAll(List.of(1), List.of(2)); new ConcurrentStore(List.of(3)); }",
            "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(concat("@SuppressWarnings(\"varargs\")", GENERIC_MESSAGE), suppressions(compilation, "BagActor"));
    assertEquals(List.of("@SuppressWarnings(\"varargs\")"), suppressions(compilation, "ConcurrentStore"));
    assertThat(compilation).generatedSourceFile("test.BagActor").contentsAsUtf8String()
        .containsMatch("@SafeVarargs\\s*public final <T> void addAll\\(T... items\\)");
    assertThat(compilation).generatedSourceFile("test.ConcurrentStore").contentsAsUtf8String()
        .containsMatch("@SafeVarargs\\s*public <T> ConcurrentStore\\(T... seeds\\)");
  }

  @Test
  void genericVarargsWithoutSafeVarargsGetUncheckedSuppressed() {
    Compilation compilation = compile(
        source("test.Bag", "package test;",
            "@dev.shuttle.Actor public class Bag {",
            "  @SuppressWarnings(\"unchecked\") public <T> void addAll(T... items) {}",
            "}"),
        source("test.Store", "package test;",
            "import java.util.List;",
            "public class Store {",
            "  @SuppressWarnings(\"unchecked\") @dev.shuttle.RateLimited(5) public void putAll(List<String>... lists) {}",
            "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(concat("@SuppressWarnings(\"unchecked\")", GENERIC_MESSAGE), suppressions(compilation, "BagActor"));
    assertEquals(List.of("@SuppressWarnings(\"unchecked\")"), suppressions(compilation, "ConcurrentStore"));
  }

  @Test
  void rawFutureReturnsGetRawtypesAndUncheckedSuppressed() {
    Compilation compilation = compile(
        source("test.Client", "package test;",
            "import dev.shuttle.OnLimit;",
            "import dev.shuttle.RateLimited;",
            "import java.util.concurrent.CompletableFuture;",
            "import java.util.concurrent.CompletionStage;",
            "@SuppressWarnings(\"rawtypes\")",
            "public class Client {",
            "  @RateLimited(5) public CompletableFuture fetch() { return CompletableFuture.completedFuture(1); }",
            "  @RateLimited(value = 5, onLimit = OnLimit.WAIT)",
            "  public CompletionStage fetchLater() { return CompletableFuture.completedFuture(1); }",
            "}"),
        source("test.Loader", "package test;",
            "import java.util.List;",
            "import java.util.concurrent.CompletableFuture;",
            "public class Loader {",
            "  @SuppressWarnings(\"rawtypes\") @dev.shuttle.Async",
            "  public CompletableFuture<List> load() { return CompletableFuture.completedFuture(List.of()); }",
            "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(List.of("@SuppressWarnings({\"rawtypes\", \"unchecked\"})"),
        suppressions(compilation, "ConcurrentClient"));
    assertEquals(List.of("@SuppressWarnings({\"rawtypes\", \"unchecked\"})"),
        suppressions(compilation, "ConcurrentLoader"));
  }

  @Test
  void deprecatedAndRawTypesInSignaturesAndBoundsCompileWarningFree() {
    Compilation compilation = compile(
        source("test.OldKey", "package test;", "@Deprecated public class OldKey {}"),
        source("test.OldFailure", "package test;",
            "@Deprecated public class OldFailure extends Exception { private static final long serialVersionUID = 1; }"),
        source("test.Index", "package test;",
            "import java.util.List;",
            "@SuppressWarnings(\"deprecation\") @dev.shuttle.Actor public class Index {",
            "  public void put(OldKey key) {}",
            "  public List<OldKey> keys() throws OldFailure { return List.of(); }",
            "}"),
        source("test.Sorted", "package test;",
            "@SuppressWarnings(\"rawtypes\") @dev.shuttle.ReadMostly public class Sorted<T extends Comparable> {",
            "  @dev.shuttle.Read public T first() { return null; }",
            "}"),
        source("test.Steps", "package test;",
            "@SuppressWarnings(\"deprecation\") @dev.shuttle.Phased(parties = 2) public class Steps {",
            "  @dev.shuttle.Phase(1) void step(int party) throws OldFailure {}",
            "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(List.of("@SuppressWarnings(\"deprecation\")"), suppressions(compilation, "IndexActor"));
    assertEquals(List.of("@SuppressWarnings({\"rawtypes\", \"unchecked\"})"), suppressions(compilation, "ConcurrentSorted"));
    assertEquals(List.of("@SuppressWarnings(\"deprecation\")"), suppressions(compilation, "StepsPhases"));
  }

  /** Types of the user's package named like the annotations generated code writes do not hide them. */
  @Test
  void userTypesNamedLikeTheCarriedAnnotationsDoNotHideThem() {
    Compilation compilation = compile(
        source("test.Deprecated", "package test;", "public class Deprecated {}"),
        source("test.SuppressWarnings", "package test;", "public class SuppressWarnings {}"),
        source("test.SafeVarargs", "package test;", "public class SafeVarargs {}"),
        source("test.Bag", "package test;",
            "@java.lang.Deprecated @dev.shuttle.Actor public class Bag {",
            "  @java.lang.Deprecated public void clear() {}",
            "  @java.lang.SafeVarargs public final <T> void addAll(T... items) {}",
            "}"),
        source("test.Store", "package test;",
            "public class Store {",
            "  @java.lang.Deprecated @dev.shuttle.RateLimited(5) public int get() { return 1; }",
            "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(List.of("@java.lang.SuppressWarnings({\"deprecation\", \"varargs\"})",
            "@java.lang.SuppressWarnings({\"unchecked\", \"rawtypes\"})", "@java.lang.SuppressWarnings(\"rawtypes\")"),
        suppressions(compilation, "BagActor"));
    assertThat(compilation).generatedSourceFile("test.BagActor").contentsAsUtf8String()
        .containsMatch("@java.lang.SafeVarargs\\s*public final <T> void addAll");
    assertThat(compilation).generatedSourceFile("test.ConcurrentStore").contentsAsUtf8String()
        .containsMatch("@java.lang.Deprecated\\s*public int get\\(\\)");
  }

  /** {@code test.Old} with every annotation the patterns use imported, and {@code annotation} on the class. */
  private static JavaFileObject userClass(String annotation, String body) {
    return source("test.Old", "package test;",
        "import dev.shuttle.*;",
        "import java.util.concurrent.CompletableFuture;",
        annotation,
        body);
  }

  /** Every {@code @SuppressWarnings} in {@code generated}, in order, the class's first. */
  private static List<String> suppressions(Compilation compilation, String generated) {
    JavaFileObject file = compilation.generatedSourceFile("test." + generated).orElseThrow();
    try {
      return file.getCharContent(true).toString().lines()
          .map(String::strip)
          .filter(line -> line.matches("@(java\\.lang\\.)?SuppressWarnings\\b.*"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> concat(String first, List<String> rest) {
    return Stream.concat(Stream.of(first), rest.stream()).toList();
  }
}
