package dev.shuttle.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shuttle.processor.Compilations.compile;
import static dev.shuttle.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A generated class copies the signatures it calls through; a type it cannot name there (a private
 * nested type, a non-public type of another package) is an error on the method, naming the type,
 * rather than "has private access" in a generated file. Parameter, return and thrown types, type
 * arguments and type-variable bounds all count.
 */
class SignatureAccessTest {

  private static final String PRIVATE_KEY = "  private record Key(int value) {}";

  private static String privateKey(String method, String generated) {
    return method + " names Quotes.Key, which is private (or nested in a private type), so the generated "
        + generated + " cannot name it. Make Quotes.Key package-private or public.";
  }

  private static void assertRefused(String member, String error, String... head) {
    String[] lines = new String[head.length + 4];
    lines[0] = "package test;";
    System.arraycopy(head, 0, lines, 1, head.length);
    lines[head.length + 1] = member;
    lines[head.length + 2] = PRIVATE_KEY;
    lines[head.length + 3] = "}";
    JavaFileObject src = source("test.Quotes", lines);
    assertThat(compile(src)).hadErrorContaining(error).inFile(src).onLineContaining(member.trim());
  }

  @Test
  void anActorMessageTakingAPrivateTypeIsRefused() { // the fuzzer's reproducer
    assertRefused("  public void put(Key key) {}", privateKey("Quotes.put(Key)", "QuotesActor"),
        "@dev.shuttle.Actor class Quotes {");
  }

  @Test
  void anActorMessageReturningAListOfAPrivateTypeIsRefused() {
    assertRefused("  public java.util.List<Key> keys() { return null; }", privateKey("Quotes.keys()", "QuotesActor"),
        "@dev.shuttle.Actor class Quotes {");
  }

  @Test
  void anActorMessageWithATypeVariableBoundedByAPrivateTypeIsRefused() {
    assertRefused("  public <K extends Comparable<Key>> void take(K key) {}", privateKey("Quotes.take(K)", "QuotesActor"),
        "@dev.shuttle.Actor class Quotes {");
  }

  @Test
  void aStageTakingAPrivateTypeIsRefused() {
    assertRefused("  @dev.shuttle.Stage void take(Key key) {}", privateKey("Quotes.take(Key)", "QuotesPipeline"),
        "@dev.shuttle.Pipeline class Quotes {");
  }

  @Test
  void aPhaseThrowingAPrivateExceptionIsRefused() {
    JavaFileObject src = source("test.Quotes",
        "package test;",
        "@dev.shuttle.Phased(parties = 1) class Quotes {",
        "  @dev.shuttle.Phase(1) void step() throws Failed {}",
        "  private static class Failed extends Exception { private static final long serialVersionUID = 1L; }",
        "}");
    assertThat(compile(src)).hadErrorContaining("Quotes.step() names Quotes.Failed, which is private (or nested in a "
            + "private type), so the generated QuotesPhases cannot name it. Make Quotes.Failed package-private or "
            + "public.")
        .inFile(src).onLineContaining("void step()");
  }

  @Test
  void aWovenMethodTakingAPrivateTypeIsRefused() {
    assertRefused("  @dev.shuttle.RateLimited(1) public void put(Key key) {}",
        privateKey("Quotes.put(Key)", "ConcurrentQuotes"), "public class Quotes {");
  }

  @Test
  void aWovenMethodThrowingAPrivateExceptionIsRefused() {
    JavaFileObject src = source("test.Quotes",
        "package test;",
        "@dev.shuttle.ReadMostly public class Quotes {",
        "  @dev.shuttle.Write public void put() throws Failed {}",
        "  private static class Failed extends Exception { private static final long serialVersionUID = 1L; }",
        "}");
    assertThat(compile(src)).hadErrorContaining("Quotes.put() names Quotes.Failed, which is private")
        .inFile(src).onLineContaining("public void put()");
  }

  @Test
  void aKeptConstructorTakingAPrivateTypeIsRefused() {
    assertRefused("  protected Quotes(Key key) {}", privateKey("Quotes(Key)", "ConcurrentQuotes"),
        "public class Quotes {", "  @dev.shuttle.Async public void refresh() {}");
  }

  @Test
  void aPrivateConstructorTakingAPrivateTypeIsNotKeptSoItIsFine() {
    JavaFileObject src = source("test.Quotes",
        "package test;",
        "public class Quotes {",
        "  public Quotes() {}",
        "  private Quotes(Key key) {}",
        "  @dev.shuttle.Async public void refresh() {}",
        PRIVATE_KEY,
        "}");
    assertThat(compile(src)).succeededWithoutWarnings();
  }

  @Test
  void aPackagePrivateNestedTypeIsFine() {
    JavaFileObject src = source("test.Quotes",
        "package test;",
        "@dev.shuttle.Actor class Quotes {",
        "  public void put(Key key) {}",
        "  record Key(int value) {}",
        "}");
    assertThat(compile(src)).succeededWithoutWarnings();
  }

  /** An inherited method of a class in another package, naming its protected nested type. */
  private static final JavaFileObject BASE = source("base.Base",
      "package base;",
      "public class Base {",
      "  protected static class Token {}",
      "  public void use(Token token) {}",
      "}");

  @Test
  void anActorInheritingAMethodThatNamesAProtectedTypeOfAnotherPackageIsRefusedOnTheClass() {
    JavaFileObject src = source("test.Engine",
        "package test;",
        "@dev.shuttle.Actor",
        "public class Engine extends base.Base {}");
    assertThat(compile(BASE, src)).hadErrorContaining("Base.use(Token) names Base.Token, which is not public and "
            + "belongs to package base, so the generated EngineActor cannot name it. Make Base.Token public.")
        .inFile(src).onLineContaining("@dev.shuttle.Actor");
  }

  @Test
  void aWovenSubclassMayNameAProtectedTypeOfItsSuperclass() {
    JavaFileObject src = source("test.Engine",
        "package test;",
        "@dev.shuttle.RateLimited(1)",
        "public class Engine extends base.Base {}");
    Compilation compilation = compile(BASE, src);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.ConcurrentEngine").contentsAsUtf8String()
        .contains("public void use(Base.Token token)");
  }
}
