package dev.shuttle.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shuttle.processor.Compilations.compile;
import static dev.shuttle.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Members inherited from a generic supertype are seen as members of the user's class: the
 * generated code names their types with the supertype's type arguments filled in, never with the
 * supertype's own type variables (which are not in scope there).
 */
class InheritedMembersTest {

  private static final JavaFileObject BOX = source("test.Box",
      "package test;",
      "public abstract class Box<T> {",
      "  private T value;",
      "  public void set(T t) { value = t; }",
      "  public T get() { return value; }",
      "  public <X extends T> X keep(X x) { value = x; return x; }",
      "}");

  @Test
  void anActorOfAGenericSuperclassTakesAndReturnsItsTypeArgument() throws Exception {
    JavaFileObject intBox = source("test.IntBox",
        "package test;",
        "@dev.shuttle.Actor",
        "public class IntBox extends Box<Integer> {",
        "  static Object run() throws Exception {",
        "    IntBoxActor box = IntBoxActor.spawn(new IntBox());",
        "    try {",
        "      box.set(41);",
        "      int kept = box.keep(42).get();", // a generic method bounded by the type argument
        "      return box.get().get() + kept;",
        "    } finally {",
        "      box.stop().get();",
        "    }",
        "  }",
        "}");
    Compilation compilation = compile(BOX, intBox);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.IntBoxActor").contentsAsUtf8String()
        .contains("public void set(Integer t)");
    assertThat(compilation).generatedSourceFile("test.IntBoxActor").contentsAsUtf8String()
        .contains("public <X extends Integer> CompletableFuture<X> keep(X x)");
    assertEquals(84, new CompiledClasses(compilation).call("test.IntBox", "run"));
  }

  @Test
  void anActorOfAGenericInterfaceGetsItsDefaultMethodsWithTheTypeArgument() throws Exception {
    JavaFileObject sink = source("test.Sink",
        "package test;",
        "import java.util.ArrayList;",
        "import java.util.List;",
        "import java.util.function.Consumer;",
        "@dev.shuttle.Actor",
        "public class Sink implements Consumer<String> {",
        "  final List<String> seen = new ArrayList<>();",
        "  @Override public void accept(String s) { seen.add(s); }",
        "  static Object run() throws Exception {",
        "    Sink sink = new Sink();",
        "    SinkActor actor = SinkActor.spawn(sink);",
        "    try {",
        "      actor.accept(\"a\");",
        "      Consumer<String> both = actor.andThen(s -> {}).get();",
        "      actor.stop().get();",
        "      both.accept(\"b\");", // the actor has stopped: the composed consumer runs here
        "      return sink.seen;",
        "    } finally {",
        "      actor.stop().get();",
        "    }",
        "  }",
        "}");
    Compilation compilation = compile(sink);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.SinkActor").contentsAsUtf8String()
        .contains("public CompletableFuture<Consumer<String>> andThen(Consumer<? super String> after)");
    assertEquals(java.util.List.of("a", "b"), new CompiledClasses(compilation).call("test.Sink", "run"));
  }

  /** The fuzzer's reproducer: a method of a generic base with a parameter of its type variable. */
  @Test
  void anActorOfAGenericBaseInAnotherFileCompiles() {
    JavaFileObject base = source("fuzz.Base", "package fuzz;", "abstract class Base<T> { public void put(T value) {} }");
    JavaFileObject engine = source("fuzz.Engine", "package fuzz;", "@dev.shuttle.Actor public class Engine extends Base<String> {}");
    Compilation compilation = compile(base, engine);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("fuzz.EngineActor").contentsAsUtf8String()
        .contains("public void put(String value)");
  }

  @Test
  void aForkJoinCombinesWithAMethodInheritedFromAGenericBase() throws Exception {
    JavaFileObject merger = source("test.Merger",
        "package test;",
        "public abstract class Merger<T> { public T merge(T left, T right) { return left; } }");
    JavaFileObject words = source("test.Words",
        "package test;",
        "public class Words extends Merger<String> {",
        "  @Override public String merge(String left, String right) { return left + right; }",
        "  @dev.shuttle.ForkJoin(threshold = 1, combine = \"merge\")",
        "  public String letters(@dev.shuttle.From int from, @dev.shuttle.To int to) {",
        "    return String.valueOf((char) ('a' + from));",
        "  }",
        "  static Object run() { return new ConcurrentWords().letters(0, 4); }",
        "}");
    JavaFileObject inherited = source("test.Letters",
        "package test;",
        "public class Letters extends Merger<String> {",
        "  @dev.shuttle.ForkJoin(threshold = 1, combine = \"merge\")",
        "  public String letters(@dev.shuttle.From int from, @dev.shuttle.To int to) {",
        "    return String.valueOf((char) ('a' + from));",
        "  }",
        "}");
    Compilation compilation = compile(merger, words, inherited);
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals("abcd", new CompiledClasses(compilation).call("test.Words", "run"));
  }

  @Test
  void phasesStopOnAnUntilInheritedFromAGenericBaseAndDeclareWhatItThrows() throws Exception {
    JavaFileObject base = source("test.Countdown",
        "package test;",
        "public abstract class Countdown<X extends Exception> {",
        "  int rounds;",
        "  public boolean done() throws X { return ++rounds == 3; }",
        "}");
    JavaFileObject sim = source("test.Sim",
        "package test;",
        "@dev.shuttle.Phased(parties = 1, until = \"done\")",
        "public class Sim extends Countdown<java.io.IOException> {",
        "  @dev.shuttle.Phase(1) void step() {}",
        "  static Object run() throws java.io.IOException {",
        "    Sim sim = new Sim();",
        "    SimPhases.run(sim);",
        "    return sim.rounds;",
        "  }",
        "}");
    Compilation compilation = compile(base, sim);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.SimPhases").contentsAsUtf8String()
        .contains("protected boolean done() throws IOException {");
    assertEquals(3, new CompiledClasses(compilation).call("test.Sim", "run"));
  }
}
