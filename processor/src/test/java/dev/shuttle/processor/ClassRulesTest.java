package dev.shuttle.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shuttle.processor.Compilations.compile;
import static dev.shuttle.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The class-level rules of {@code docs/class-rules.md}, one test per row and pattern: what each
 * pattern accepts compiles warning-free (and runs, where the generated code could break), what it
 * refuses gets its error on the line the user must fix.
 */
class ClassRulesTest {

  /** One class-level pattern: how to annotate a class with it, and what it generates. */
  enum Pattern {
    ACTOR("@Actor", "@dev.shuttle.Actor", "  public int next() { return 1; }", "", "Actor"),
    PIPELINE("@Pipeline", "@dev.shuttle.Pipeline", "  @dev.shuttle.Stage void take(String item) {}", "", "Pipeline"),
    PHASED("@Phased", "@dev.shuttle.Phased(parties = 1)", "  @dev.shuttle.Phase(1) void step() {}", "", "Phases"),
    READ_MOSTLY("@ReadMostly", "@dev.shuttle.ReadMostly", "  @dev.shuttle.Read public int size() { return 0; }",
        "Concurrent", ""),
    /** Woven like {@code @ReadMostly}, but from a method: the class has no annotation to point at. */
    ASYNC("@Async", null, "  @dev.shuttle.Async public void work() {}", "Concurrent", "");

    final String shown;
    final String annotation;
    final String member;
    final String prefix;
    final String suffix;

    Pattern(String shown, String annotation, String member, String prefix, String suffix) {
      this.shown = shown;
      this.annotation = annotation;
      this.member = member;
      this.prefix = prefix;
      this.suffix = suffix;
    }

    /** Whether its generated class runs on an instance of the user's class, rather than extending it. */
    boolean wrapsInstance() {
      return prefix.isEmpty();
    }

    /** {@code test.Outer_InnerActor} for {@code Outer_Inner}. */
    String generated(String flatName) {
      return "test." + prefix + flatName + suffix;
    }

    /** The class, annotated, with a member the pattern accepts. */
    List<String> declare(String declaration) {
      List<String> lines = new ArrayList<>();
      if (annotation != null) {
        lines.add(annotation);
      }
      lines.add(declaration + " {");
      lines.add(member);
      lines.add("}");
      return lines;
    }

    /** Where an error about the class appears: on its annotation, or on the class for a woven one. */
    String errorLine(String declaration) {
      return wrapsInstance() ? annotation : declaration;
    }
  }

  private static JavaFileObject topLevel(Pattern pattern, String declaration) {
    List<String> lines = new ArrayList<>(List.of("package test;"));
    lines.addAll(pattern.declare(declaration));
    String name = declaration.replaceAll(".*(class|record|interface) (\\w+).*", "$2");
    return source("test." + name, lines.toArray(String[]::new));
  }

  /** {@code declaration} nested in {@code outer}, a class named {@code Outer}. */
  private static JavaFileObject nested(Pattern pattern, String outer, String declaration) {
    List<String> lines = new ArrayList<>(List.of("package test;", outer + " {"));
    pattern.declare(declaration).forEach(line -> lines.add("  " + line));
    lines.add("}");
    return source("test.Outer", lines.toArray(String[]::new));
  }

  private static void assertAccepted(Compilation compilation, String generated) {
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile(generated);
  }

  @ParameterizedTest
  @EnumSource(Pattern.class)
  void aStaticNestedClassIsAcceptedUnderAFlattenedName(Pattern pattern) {
    assertAccepted(compile(nested(pattern, "public class Outer", "static class Inner")),
        pattern.generated("Outer_Inner"));
  }

  @ParameterizedTest
  @EnumSource(Pattern.class)
  void anAbstractClassIsAccepted(Pattern pattern) {
    assertAccepted(compile(topLevel(pattern, "public abstract class Shape")), pattern.generated("Shape"));
  }

  @ParameterizedTest
  @EnumSource(Pattern.class)
  void aFinalClassIsAcceptedUnlessTheGeneratedClassExtendsIt(Pattern pattern) {
    String declaration = "public final class Sealed";
    JavaFileObject src = topLevel(pattern, declaration);
    Compilation compilation = compile(src);
    if (pattern.wrapsInstance()) {
      assertAccepted(compilation, pattern.generated("Sealed"));
    } else {
      assertThat(compilation).hadErrorContaining(pattern.shown + " class Sealed must not be final: the generated "
              + "ConcurrentSealed extends it. Remove 'final'.")
          .inFile(src).onLineContaining(declaration);
    }
  }

  @ParameterizedTest
  @EnumSource(Pattern.class)
  void aSealedClassIsAcceptedUnlessTheGeneratedClassExtendsIt(Pattern pattern) {
    String declaration = "public sealed class Account permits Account.Savings";
    List<String> lines = new ArrayList<>(List.of("package test;"));
    lines.addAll(pattern.declare(declaration));
    lines.add(lines.size() - 1, "  static final class Savings extends Account {}");
    JavaFileObject src = source("test.Account", lines.toArray(String[]::new));
    Compilation compilation = compile(src);
    if (pattern.wrapsInstance()) {
      assertAccepted(compilation, pattern.generated("Account"));
    } else {
      assertThat(compilation).hadErrorContaining(pattern.shown + " class Account must not be sealed: the generated "
              + "ConcurrentAccount extends it, and only the classes it permits may. Remove 'sealed', or move the "
              + "annotations to a non-sealed subclass.")
          .inFile(src).onLineContaining(declaration);
    }
  }

  @ParameterizedTest
  @EnumSource(Pattern.class)
  void aNonSealedSubclassOfASealedClassIsAccepted(Pattern pattern) {
    JavaFileObject sealed = source("test.Account", "package test;", "public sealed class Account permits Savings {}");
    assertAccepted(compile(sealed, topLevel(pattern, "public non-sealed class Savings extends Account")),
        pattern.generated("Savings"));
  }

  @ParameterizedTest
  @EnumSource(Pattern.class)
  void anInnerClassIsAcceptedUnlessTheGeneratedClassExtendsIt(Pattern pattern) {
    String declaration = "class Inner";
    JavaFileObject src = nested(pattern, "public class Outer", declaration);
    Compilation compilation = compile(src);
    if (pattern.wrapsInstance()) {
      assertAccepted(compilation, pattern.generated("Outer_Inner"));
    } else {
      assertThat(compilation).hadErrorContaining(pattern.shown + " class Inner is an inner (non-static) class: the "
              + "generated ConcurrentOuter_Inner is a top-level class and has no outer instance to give it. "
              + "Make it static.")
          .inFile(src).onLineContaining(declaration);
    }
  }

  @ParameterizedTest
  @EnumSource(Pattern.class)
  void aGenericClassIsAcceptedOnlyWhenTheGeneratedClassExtendsIt(Pattern pattern) {
    String declaration = "public class Box<T>";
    JavaFileObject src = topLevel(pattern, declaration);
    Compilation compilation = compile(src);
    if (pattern.wrapsInstance()) {
      assertThat(compilation).hadErrorContaining(pattern.shown + " class Box is generic, which " + pattern.shown
              + " does not support yet. Put " + pattern.shown + " on a non-generic subclass instead")
          .inFile(src).onLineContaining(pattern.errorLine(declaration));
    } else {
      assertAccepted(compilation, pattern.generated("Box"));
      assertThat(compilation).generatedSourceFile(pattern.generated("Box")).contentsAsUtf8String()
          .contains("class ConcurrentBox<T> extends Box<T>");
    }
  }

  @ParameterizedTest
  @EnumSource(Pattern.class)
  void anInnerClassOfAGenericClassIsRefused(Pattern pattern) {
    String declaration = "class Inner";
    JavaFileObject src = nested(pattern, "public class Outer<T>", declaration);
    String error = pattern.wrapsInstance()
        ? pattern.shown + " class Inner is an inner class of the generic Outer, so its type needs Outer's type "
            + "arguments, which " + pattern.shown + " does not support yet. Make Inner static."
        : pattern.shown + " class Inner is an inner (non-static) class";
    assertThat(compile(src)).hadErrorContaining(error).inFile(src).onLineContaining(pattern.errorLine(declaration));
  }

  @ParameterizedTest
  @EnumSource(Pattern.class)
  void aPrivateClassIsRefused(Pattern pattern) {
    String declaration = "private static class Hidden";
    JavaFileObject src = nested(pattern, "public class Outer", declaration);
    assertThat(compile(src)).hadErrorContaining(pattern.shown + " class Hidden is private (or nested in a private "
            + "class), so the generated " + pattern.prefix + "Outer_Hidden" + pattern.suffix + " cannot see it.")
        .inFile(src).onLineContaining(pattern.errorLine(declaration));
  }

  /** One error, not three: the class's privacy also explains its default constructor, and the fix is one declaration. */
  @ParameterizedTest
  @EnumSource(Pattern.class)
  void aPrivateInnerClassGetsOneError(Pattern pattern) {
    String declaration = "private class Hidden";
    JavaFileObject src = nested(pattern, "public class Outer", declaration);
    Compilation compilation = compile(src);
    String generated = pattern.prefix + "Outer_Hidden" + pattern.suffix;
    assertThat(compilation).hadErrorContaining(pattern.wrapsInstance()
            ? pattern.shown + " class Hidden is private (or nested in a private class), so the generated " + generated
                + " cannot see it."
            : pattern.shown + " class Hidden is private and inner (non-static), so the generated " + generated
                + ", a top-level class, can neither see it nor give it an outer instance. Make it a static, "
                + "package-private or public nested class.")
        .inFile(src).onLineContaining(pattern.errorLine(declaration));
    assertThat(compilation).hadErrorCount(1);
  }

  @ParameterizedTest
  @EnumSource(Pattern.class)
  void aPrivateClassWithAPrivateConstructorIsToldBoth(Pattern pattern) {
    List<String> hidden = new ArrayList<>(pattern.declare("private static class Hidden"));
    hidden.add(hidden.size() - 1, "  private Hidden() {}");
    JavaFileObject src = source("test.Outer", "package test;", "public class Outer {", String.join("\n", hidden), "}");
    Compilation compilation = compile(src);
    assertThat(compilation).hadErrorContaining(pattern.shown + " class Hidden is private");
    if (!pattern.wrapsInstance()) {
      assertThat(compilation).hadErrorContaining(pattern.shown + " class Hidden has no non-private constructor");
    }
  }

  @ParameterizedTest
  @EnumSource(Pattern.class)
  void aClassInAPrivateClassIsRefused(Pattern pattern) {
    String declaration = "static class Hidden";
    JavaFileObject src = source("test.Outer", "package test;", "public class Outer {", "  private static class Vault {",
        String.join("\n", pattern.declare(declaration)), "  }", "}");
    assertThat(compile(src)).hadErrorContaining(pattern.shown + " class Hidden is private (or nested in a private "
            + "class)")
        .inFile(src).onLineContaining(pattern.errorLine(declaration));
  }

  @ParameterizedTest
  @EnumSource(Pattern.class)
  void aRecordIsRefused(Pattern pattern) {
    String declaration = "public record Point(int x)";
    JavaFileObject src = topLevel(pattern, declaration);
    String error = pattern.wrapsInstance()
        ? pattern.shown + " must be on a class, but Point is a record. Put " + pattern.shown + " on a class."
        : pattern.shown + " must be in a class, but Point is a record. Put it on a class the generated subclass can "
            + "extend.";
    assertThat(compile(src)).hadErrorContaining(error).inFile(src).onLineContaining(pattern.errorLine(declaration));
  }

  @ParameterizedTest
  @EnumSource(Pattern.class)
  void aTakenGeneratedNameIsRefused(Pattern pattern) {
    String declaration = "public class Printer";
    String generated = pattern.generated("Printer");
    String generatedName = generated.substring("test.".length());
    JavaFileObject taken = source(generated, "package test;", "public class " + generatedName + " {}");
    JavaFileObject src = topLevel(pattern, declaration);
    assertThat(compile(taken, src)).hadErrorContaining(pattern.shown + " class Printer would generate "
            + generatedName + ", but a type named " + generatedName + " already exists. Rename one of them.")
        .inFile(src).onLineContaining(pattern.errorLine(declaration));
  }

  /** The compiler does not show local (or anonymous) classes to annotation processors: {@link UnseenAnnotations} does. */
  @ParameterizedTest
  @EnumSource(Pattern.class)
  void aLocalClassIsRefused(Pattern pattern) {
    List<String> lines = new ArrayList<>(List.of("package test;", "public class Outer {", "  void run() {"));
    lines.addAll(pattern.declare("class Local"));
    lines.addAll(List.of("  }", "}"));
    JavaFileObject src = source("test.Outer", lines.toArray(String[]::new));
    Compilation compilation = compile(src);
    assertThat(compilation).hadErrorContaining(" inside local class Local is never processed")
        .inFile(src).onLineContaining(pattern.annotation == null ? "@dev.shuttle.Async" : pattern.annotation);
  }

  @Test
  void aWovenClassLeftWithAbstractMethodsIsRefused() {
    JavaFileObject src = source("test.Store",
        "package test;",
        "@dev.shuttle.ReadMostly",
        "public abstract class Store {",
        "  @dev.shuttle.Read public abstract int size();",
        "  public abstract void clear(int keep);",
        "}");
    assertThat(compile(src)).hadErrorContaining("Class Store is abstract and ConcurrentStore would not implement "
            + "Store.size(), Store.clear(int). Implement them in Store, or make the class concrete.")
        .inFile(src).onLineContaining("public abstract class Store");
  }

  // ---- what the generated code does with the classes it accepts

  @Test
  void anActorRunsOnAnInstanceOfASubclassOfItsAbstractClass() throws Exception {
    JavaFileObject src = source("test.Greeter",
        "package test;",
        "@dev.shuttle.Actor",
        "public abstract class Greeter {",
        "  public String greet(String name) { return salutation() + \", \" + name; }",
        "  public abstract String salutation();", // a message too
        "  static Object run() throws Exception {",
        "    GreeterActor actor = GreeterActor.spawn(new Greeter() {",
        "      @Override public String salutation() { return \"Hello\"; }",
        "    });",
        "    try {",
        "      return actor.greet(\"Ada\").get() + \" / \" + actor.salutation().get();",
        "    } finally {",
        "      actor.stop().get();",
        "    }",
        "  }",
        "}");
    assertEquals("Hello, Ada / Hello", new CompiledClasses(compile(src)).call("test.Greeter", "run"));
  }

  @Test
  void anActorRunsOnAnInnerInstanceOfItsOuterInstance() throws Exception {
    JavaFileObject src = source("test.Bank",
        "package test;",
        "public class Bank {",
        "  private int opened;",
        "  @dev.shuttle.Actor",
        "  public class Teller {",
        "    public int open() { return ++opened; }",
        "  }",
        "  static Object run() throws Exception {",
        "    Bank bank = new Bank();",
        "    Bank_TellerActor teller = Bank_TellerActor.spawn(bank.new Teller());",
        "    try {",
        "      teller.open().get();",
        "      return teller.open().get() + \" accounts, \" + bank.opened + \" in the bank\";",
        "    } finally {",
        "      teller.stop().get();",
        "    }",
        "  }",
        "}");
    assertEquals("2 accounts, 2 in the bank", new CompiledClasses(compile(src)).call("test.Bank", "run"));
  }

  @Test
  void aPipelineRunsTheStagesOfASubclassOfItsAbstractClass() throws Exception {
    JavaFileObject src = source("test.Scaler",
        "package test;",
        "import java.util.*;",
        "@dev.shuttle.Pipeline",
        "public abstract class Scaler {",
        "  @dev.shuttle.Stage int scale(int x) { return x * factor(); }",
        "  abstract int factor();",
        "  static Object run() throws Exception {",
        "    List<Integer> results = Collections.synchronizedList(new ArrayList<>());",
        "    ScalerPipeline pipeline = ScalerPipeline.start(new Scaler() {",
        "      @Override int factor() { return 10; }",
        "    }, results::add);",
        "    pipeline.submit(4);",
        "    pipeline.close().get();",
        "    return results;",
        "  }",
        "}");
    assertEquals(List.of(40), new CompiledClasses(compile(src)).call("test.Scaler", "run"));
  }

  @Test
  void aPipelineRunsTheStagesOfAnInnerInstance() throws Exception {
    JavaFileObject src = source("test.Shop",
        "package test;",
        "import java.util.*;",
        "public class Shop {",
        "  private final List<String> shelf = Collections.synchronizedList(new ArrayList<>());",
        "  @dev.shuttle.Pipeline",
        "  class Delivery {",
        "    @dev.shuttle.Stage void stock(String item) { shelf.add(item); }",
        "  }",
        "  static Object run() throws Exception {",
        "    Shop shop = new Shop();",
        "    Shop_DeliveryPipeline pipeline = Shop_DeliveryPipeline.start(shop.new Delivery());",
        "    pipeline.submit(\"tea\");",
        "    pipeline.close().get();",
        "    return shop.shelf;",
        "  }",
        "}");
    assertEquals(List.of("tea"), new CompiledClasses(compile(src)).call("test.Shop", "run"));
  }

  @Test
  void phasesRunOnASubclassOfTheirAbstractClass() throws Exception {
    JavaFileObject src = source("test.Tally",
        "package test;",
        "import java.util.concurrent.atomic.AtomicInteger;",
        "@dev.shuttle.Phased(parties = 2)",
        "public abstract class Tally {",
        "  final AtomicInteger sum = new AtomicInteger();",
        "  @dev.shuttle.Phase(1) void count(int party) { sum.addAndGet(weight(party)); }",
        "  abstract int weight(int party);",
        "  static Object run() {",
        "    Tally tally = new Tally() {",
        "      @Override int weight(int party) { return party + 1; }",
        "    };",
        "    TallyPhases.run(tally);",
        "    return tally.sum.get();",
        "  }",
        "}");
    assertEquals(3, new CompiledClasses(compile(src)).call("test.Tally", "run"));
  }

  @Test
  void phasesRunOnAnInnerInstance() throws Exception {
    JavaFileObject src = source("test.Lab",
        "package test;",
        "import java.util.concurrent.atomic.AtomicInteger;",
        "public class Lab {",
        "  private final AtomicInteger samples = new AtomicInteger();",
        "  @dev.shuttle.Phased(parties = 3)",
        "  class Experiment {",
        "    @dev.shuttle.Phase(1) void sample() { samples.incrementAndGet(); }",
        "  }",
        "  static Object run() {",
        "    Lab lab = new Lab();",
        "    Lab_ExperimentPhases.run(lab.new Experiment());",
        "    return lab.samples.get();",
        "  }",
        "}");
    assertEquals(3, new CompiledClasses(compile(src)).call("test.Lab", "run"));
  }

  @Test
  void aProtectedConstructorIsPublicOnTheWovenClassSoAnotherPackageCanConstructIt() throws Exception {
    JavaFileObject counter = source("lib.Counter",
        "package lib;",
        "@dev.shuttle.ReadMostly",
        "public class Counter {",
        "  private int count;",
        "  protected Counter(int start) { count = start; }",
        "  Counter(String start) { this(Integer.parseInt(start)); }",
        "  @dev.shuttle.Write public void increment() { count++; }",
        "  @dev.shuttle.Read public int count() { return count; }",
        "}");
    JavaFileObject app = source("app.App",
        "package app;",
        "public class App {",
        "  static Object run() {",
        "    lib.Counter counter = new lib.ConcurrentCounter(41);",
        "    counter.increment();",
        "    return counter.count();",
        "  }",
        "}");
    Compilation compilation = compile(counter, app);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("lib.ConcurrentCounter").contentsAsUtf8String()
        .contains("    public ConcurrentCounter(int start) {");
    assertThat(compilation).generatedSourceFile("lib.ConcurrentCounter").contentsAsUtf8String()
        .contains("    ConcurrentCounter(String start) {"); // package-private stays so
    assertEquals(42, new CompiledClasses(compilation).call("app.App", "run"));
  }

  @Test
  void aWovenSubclassOfAnAbstractClassIsConcrete() throws Exception {
    JavaFileObject src = source("test.Counter",
        "package test;",
        "@dev.shuttle.ReadMostly",
        "public abstract class Counter {",
        "  private int count;",
        "  @dev.shuttle.Write public void increment() { count++; }",
        "  @dev.shuttle.Read public int count() { return count; }",
        "  static Object run() {",
        "    Counter counter = new ConcurrentCounter();",
        "    counter.increment();",
        "    return counter.count();",
        "  }",
        "}");
    assertEquals(1, new CompiledClasses(compile(src)).call("test.Counter", "run"));
  }

  @Test
  void aWovenSubclassOfAGenericClassKeepsItsTypeParameters() throws Exception {
    JavaFileObject src = source("test.Holder",
        "package test;",
        "@dev.shuttle.ReadMostly",
        "public class Holder<T> {",
        "  private T value;",
        "  @dev.shuttle.Write public void set(T value) { this.value = value; }",
        "  @dev.shuttle.Read public T get() { return value; }",
        "  static Object run() {",
        "    Holder<String> holder = new ConcurrentHolder<>();",
        "    holder.set(\"kept\");",
        "    return holder.get();",
        "  }",
        "}");
    assertEquals("kept", new CompiledClasses(compile(src)).call("test.Holder", "run"));
  }

  static List<Pattern[]> pairsOfInstancePatterns() {
    List<Pattern[]> pairs = new ArrayList<>();
    for (Pattern first : Pattern.values()) {
      for (Pattern second : Pattern.values()) {
        if (first.ordinal() < second.ordinal() && first.wrapsInstance() && second.wrapsInstance()) {
          pairs.add(new Pattern[] {first, second});
        }
      }
    }
    return pairs;
  }

  @ParameterizedTest
  @MethodSource("pairsOfInstancePatterns")
  void aClassIsAtMostOneOfActorPipelineAndPhased(Pattern first, Pattern second) {
    JavaFileObject src = source("test.Both", "package test;", first.annotation, second.annotation,
        "public class Both {", first.member, second.member, "}");
    Compilation compilation = compile(src);
    for (Pattern[] pair : List.of(new Pattern[] {first, second}, new Pattern[] {second, first})) {
      assertThat(compilation).hadErrorContaining(pair[0].shown + " and " + pair[1].shown + " are both on class Both: "
              + "each generated class would run its own Both instance on its own threads")
          .inFile(src).onLineContaining(pair[0].annotation);
    }
    assertEquals(2, compilation.errors().size(), compilation.errors().toString());
  }
}
