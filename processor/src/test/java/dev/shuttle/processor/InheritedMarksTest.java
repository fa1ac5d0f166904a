package dev.shuttle.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shuttle.processor.Compilations.compile;
import static dev.shuttle.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A method that carries no mark of a kind takes it from the nearest method it overrides
 * ({@link Marks}): the rule for every method-level annotation, in every pattern.
 */
class InheritedMarksTest {

  private static final JavaFileObject CATALOG = source("test.Catalog",
      "package test;",
      "import dev.shuttle.*;",
      "public interface Catalog {",
      "  @Read int size();",
      "  @Read boolean isEmpty();",
      "  @Write void add(String item);",
      "}");

  @Test
  void anInterfacesReadAndWriteMarkTheImplementation() throws Exception {
    Compilation compilation = compile(CATALOG, source("test.Shelf",
        "package test;",
        "import dev.shuttle.*;",
        "import java.util.*;",
        "@ReadMostly",
        "public class Shelf implements Catalog {",
        "  private final List<String> items = new ArrayList<>();",
        "  @Override public int size() { return items.size(); }",
        "  @Override public boolean isEmpty() { return size() == 0; }", // a read calling a read: no upgrade
        "  @Override public void add(String item) { items.add(item); }",
        "  static Object run() {",
        "    Shelf shelf = new ConcurrentShelf();",
        "    shelf.add(\"a\");",
        "    return shelf.isEmpty() + \" \" + shelf.size();",
        "  }",
        "}"));
    assertThat(compilation).succeededWithoutWarnings();
    String woven = generated(compilation, "test.ConcurrentShelf");
    assertThat(javadocOf(woven, "public int size()")).contains("{@code @Read}: holds the read lock");
    assertThat(javadocOf(woven, "public boolean isEmpty()")).contains("{@code @Read}: holds the read lock");
    assertThat(javadocOf(woven, "public void add(String item)")).contains("{@code @Write}: holds the write lock");
    assertThat(woven).doesNotContain("Neither");
    assertEquals("false 1", new CompiledClasses(compilation).call("test.Shelf", "run"));
  }

  @Test
  void anOverridesOwnMarkWins() {
    Compilation compilation = compile(CATALOG, source("test.Shelf",
        "package test;",
        "import dev.shuttle.*;",
        "@ReadMostly",
        "public class Shelf implements Catalog {",
        "  private int size;",
        "  @Write @Override public int size() { return size++; }",
        "  @Override public boolean isEmpty() { return size == 0; }",
        "  @Override public void add(String item) { size++; }",
        "}"));
    assertThat(compilation).succeededWithoutWarnings();
    String woven = generated(compilation, "test.ConcurrentShelf");
    assertThat(javadocOf(woven, "public int size()")).contains("{@code @Write}: holds the write lock");
    assertThat(javadocOf(woven, "public boolean isEmpty()")).contains("{@code @Read}: holds the read lock");
  }

  @Test
  void theNearestMarkAlongTheHierarchyApplies() {
    Compilation compilation = compile(CATALOG,
        source("test.Base", "package test;",
            "import dev.shuttle.*;",
            "public abstract class Base implements Catalog {",
            "  @Write @Override public boolean isEmpty() { return true; }", // remarks what the interface marks
            "  @Override public int size() { return 0; }", // keeps the interface's mark
            "}"),
        source("test.Shelf", "package test;",
            "import dev.shuttle.*;",
            "@ReadMostly",
            "public class Shelf extends Base {",
            "  @Override public boolean isEmpty() { return false; }",
            "  @Override public int size() { return 1; }",
            "  @Override public void add(String item) {}",
            "}"));
    assertThat(compilation).succeededWithoutWarnings();
    String woven = generated(compilation, "test.ConcurrentShelf");
    assertThat(javadocOf(woven, "public boolean isEmpty()")).contains("{@code @Write}");
    assertThat(javadocOf(woven, "public int size()")).contains("{@code @Read}");
  }

  @Test
  void aFinalOverrideOfAMarkedMethodIsAnErrorOnTheOverride() {
    JavaFileObject shelf = source("test.Shelf",
        "package test;",
        "import dev.shuttle.*;",
        "@ReadMostly",
        "public class Shelf implements Catalog {",
        "  @Override public final int size() { return 0; }",
        "  @Override public boolean isEmpty() { return true; }",
        "  @Override public void add(String item) {}",
        "}");
    assertThat(compile(CATALOG, shelf)).hadErrorContaining("Shelf.size() is final")
        .inFile(shelf).onLineContaining("final int size()");
  }

  @Test
  void aRateLimitAndItsKeyAreInheritedByPosition() throws Exception {
    Compilation compilation = compile(
        source("test.Client", "package test;",
            "import dev.shuttle.*;",
            "import java.util.concurrent.TimeUnit;",
            "public class Client {",
            "  @RateLimited(value = 1, period = 1, unit = TimeUnit.HOURS, onLimit = OnLimit.FAIL)",
            "  public String fetch(@RateLimited.Key String user, int page) { return \"base\"; }",
            "}"),
        source("test.Cached", "package test;",
            "import dev.shuttle.*;",
            "public class Cached extends Client {",
            "  @Override public String fetch(String login, int page) { return login; }",
            "  @Async public void warm() {}",
            "  static Object run() {",
            "    Cached client = new ConcurrentCached();",
            "    String first = client.fetch(\"ann\", 1) + client.fetch(\"bob\", 1);",
            "    try {",
            "      client.fetch(\"ann\", 2);",
            "      return first + \" passed\";",
            "    } catch (dev.shuttle.runtime.ratelimit.RateLimitExceededException e) {",
            "      return first + \" refused\";",
            "    }",
            "  }",
            "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation, "test.ConcurrentCached")).contains(".forKey(login)");
    assertEquals("annbob refused", new CompiledClasses(compilation).call("test.Cached", "run"));
  }

  @Test
  void anInheritedMarkedMethodIsGuardedEvenWhenNotOverridden() throws Exception {
    Compilation compilation = compile(
        source("test.Client", "package test;",
            "import dev.shuttle.*;",
            "import java.util.concurrent.TimeUnit;",
            "public class Client {",
            "  @RateLimited(value = 1, period = 1, unit = TimeUnit.HOURS, onLimit = OnLimit.FAIL)",
            "  public String fetch() { return \"ok\"; }",
            "}"),
        source("test.Sub", "package test;",
            "import dev.shuttle.*;",
            "public class Sub extends Client {",
            "  @Async public void warm() {}",
            "  static Object run() {",
            "    Sub client = new ConcurrentSub();",
            "    String first = client.fetch();",
            "    try {",
            "      return first + \" \" + client.fetch();",
            "    } catch (dev.shuttle.runtime.ratelimit.RateLimitExceededException e) {",
            "      return first + \" refused\";",
            "    }",
            "  }",
            "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals("ok refused", new CompiledClasses(compilation).call("test.Sub", "run"));
  }

  @Test
  void anOverrideWithItsOwnKeyButNoLimitInheritsNeither() {
    JavaFileObject sub = source("test.Sub", "package test;",
        "import dev.shuttle.*;",
        "public class Sub extends Client {",
        "  @Override public String fetch(@RateLimited.Key String user, String other) { return user; }",
        "}");
    Compilation compilation = compile(
        source("test.Client", "package test;",
            "import dev.shuttle.*;",
            "public class Client {",
            "  @RateLimited(5) public String fetch(String user, String other) { return user; }",
            "}"),
        sub);
    assertThat(compilation).hadErrorContaining("@RateLimited.Key on a parameter of Sub.fetch(String, String), which "
            + "is not rate limited. Put @RateLimited on the method")
        .inFile(sub).onLineContaining("fetch(");
  }

  @Test
  void aSubclassWithNoAnnotationOfItsOwnGetsNoGeneratedClass() {
    Compilation compilation = compile(
        source("test.Client", "package test;",
            "import dev.shuttle.*;",
            "public class Client {",
            "  @RateLimited(5) public String fetch() { return \"ok\"; }",
            "}"),
        source("test.Sub", "package test;",
            "public class Sub extends Client {",
            "  @Override public String fetch() { return \"sub\"; }",
            "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.generatedSourceFile("test.ConcurrentClient")).isPresent();
    assertThat(compilation.generatedSourceFile("test.ConcurrentSub")).isEmpty();
  }

  @Test
  void aForkJoinAndItsBoundsAreInheritedByPosition() throws Exception {
    Compilation compilation = compile(
        source("test.Sums", "package test;",
            "import dev.shuttle.*;",
            "public class Sums {",
            "  @ForkJoin(threshold = 4)",
            "  public long sum(@From int start, @To int end) { return 0; }",
            "}"),
        source("test.Squares", "package test;",
            "import dev.shuttle.*;",
            "public class Squares extends Sums {",
            "  @Override public long sum(int low, int high) {",
            "    long total = 0;",
            "    for (int i = low; i < high; i++) total += (long) i * i;",
            "    return total;",
            "  }",
            "  @Async public void warm() {}",
            "  static Object run() { return new ConcurrentSquares().sum(0, 100); }",
            "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation, "test.ConcurrentSquares")).contains("low");
    assertEquals(328350L, new CompiledClasses(compilation).call("test.Squares", "run"));
  }

  @Test
  void aPipelineStageIsInheritedByItsOverride() throws Exception {
    Compilation compilation = compile(
        source("test.Parse", "package test;",
            "import dev.shuttle.*;",
            "@Pipeline",
            "public class Parse {",
            "  @Stage public int parse(String text) { return Integer.parseInt(text); }",
            "}"),
        source("test.Hex", "package test;",
            "import dev.shuttle.*;",
            "import java.util.*;",
            "@Pipeline",
            "public class Hex extends Parse {",
            "  @Override public int parse(String text) { return Integer.parseInt(text, 16); }",
            "  static Object run() throws Exception {",
            "    List<Integer> out = Collections.synchronizedList(new ArrayList<>());",
            "    HexPipeline pipeline = HexPipeline.start(new Hex(), out::add);",
            "    pipeline.submit(\"ff\");",
            "    pipeline.close().get();",
            "    return out;",
            "  }",
            "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals("[255]", new CompiledClasses(compilation).call("test.Hex", "run").toString());
  }

  @Test
  void anActorsFailureHandlerIsInheritedByItsOverride() {
    Compilation compilation = compile(
        source("test.Worker", "package test;",
            "import dev.shuttle.*;",
            "@Actor",
            "public class Worker {",
            "  public void work() {}",
            "  @OnFailure void failed(Throwable error) {}",
            "}"),
        source("test.Logged", "package test;",
            "import dev.shuttle.*;",
            "@Actor",
            "public class Logged extends Worker {",
            "  @Override void failed(Throwable error) { System.err.println(error); }",
            "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation, "test.LoggedActor")).contains("failed(");
  }

  @Test
  void aPhaseIsInheritedByItsOverride() {
    Compilation compilation = compile(
        source("test.Sim", "package test;",
            "import dev.shuttle.*;",
            "@Phased(parties = 2)",
            "public class Sim {",
            "  @Phase(1) void step(int party) {}",
            "}"),
        source("test.Fast", "package test;",
            "import dev.shuttle.*;",
            "@Phased(parties = 2)",
            "public class Fast extends Sim {",
            "  @Override void step(int party) {}",
            "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation, "test.FastPhases")).contains("step(");
  }

  private static String generated(Compilation compilation, String type) {
    try {
      return compilation.generatedSourceFile(type).orElseThrow().getCharContent(true).toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The Javadoc comment just above {@code signature} in {@code source}. */
  private static String javadocOf(String source, String signature) {
    int at = source.indexOf(signature);
    assertThat(at).isAtLeast(0);
    String before = source.substring(0, at);
    return before.substring(before.lastIndexOf("/**"));
  }
}
