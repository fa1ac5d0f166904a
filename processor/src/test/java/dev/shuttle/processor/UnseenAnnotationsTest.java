package dev.shuttle.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shuttle.processor.Compilations.compile;
import static dev.shuttle.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Shuttle annotations that no processor is handed (inside method bodies: local and anonymous
 * classes, lambdas) are errors on the annotation, instead of generating nothing and saying nothing.
 */
class UnseenAnnotationsTest {

  /** Every pattern's annotations, each on a local class or its member. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "@Actor       | @Actor class Local { public void act() {} }",
      "@Pipeline    | @Pipeline class Local { @Stage void take(String s) {} }",
      "@Stage       | class Local { @Stage void take(String s) {} }",
      "@Phased      | @Phased(parties = 1) class Local { @Phase(1) void step() {} }",
      "@Phase       | class Local { @Phase(1) void step() {} }",
      "@ReadMostly  | @ReadMostly class Local { @Read public int size() { return 0; } }",
      "@Read        | class Local { @Read public int size() { return 0; } }",
      "@OnFailure   | class Local { @OnFailure void failed(String s, Throwable t) {} }",
      "@Async       | class Local { @Async public void work() {} }",
      "@RateLimited | @RateLimited(5) class Local { public void call() {} }",
  })
  void annotationsInALocalClass(String annotation, String local) {
    JavaFileObject src = inAMethod("    " + local);
    Compilation compilation = compile(src);
    assertThat(compilation).hadErrorContaining(annotation + " inside local class Local is never processed: Shuttle "
            + "sees only top-level and member types and their members, so nothing would be generated for it. Move "
            + "Local out of the method body, as a member or top-level class.")
        .inFile(src).onLineContaining(local);
    assertThat(compilation).hadErrorCount((int) local.chars().filter(c -> c == '@').count()); // each once
  }

  @Test
  void aLocalRecordIsNamedAsARecord() {
    JavaFileObject src = inAMethod("    @Actor record Local(int x) { public void act() {} }");
    assertThat(compile(src)).hadErrorContaining("@Actor inside local record Local is never processed")
        .inFile(src).onLineContaining("record Local");
  }

  @Test
  void aMemberOfALocalClassNamesTheLocalClass() {
    JavaFileObject src = inAMethod("    class Local { @Actor class Member { public void act() {} } }");
    assertThat(compile(src)).hadErrorContaining("@Actor inside local class Local is never processed")
        .inFile(src).onLineContaining("class Member");
  }

  @Test
  void anAnonymousClass() {
    JavaFileObject src = inAMethod("    Runnable r = new Runnable() { @Async public void run() {} };");
    Compilation compilation = compile(src);
    assertThat(compilation).hadErrorContaining("@Async inside an anonymous class is never processed: Shuttle sees "
            + "only top-level and member types and their members, so nothing would be generated for it. Declare a "
            + "named member or top-level class instead of the anonymous one.")
        .inFile(src).onLineContaining("@Async");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void anAnonymousClassInAFieldInitializer() {
    JavaFileObject src = source("test.Service",
        "package test;",
        "import dev.shuttle.*;",
        "public class Service {",
        "  final Object lock = new Object() {",
        "    @Read public int size() { return 0; }",
        "  };",
        "}");
    assertThat(compile(src)).hadErrorContaining("@Read inside an anonymous class is never processed")
        .inFile(src).onLineContaining("@Read");
  }

  @Test
  void anEnumConstantsBody() {
    JavaFileObject src = source("test.Mode",
        "package test;",
        "import dev.shuttle.*;",
        "public enum Mode {",
        "  FAST {",
        "    @Read public int size() { return 0; }",
        "  }",
        "}");
    assertThat(compile(src)).hadErrorContaining("@Read inside an anonymous class is never processed")
        .inFile(src).onLineContaining("@Read");
  }

  @Test
  void aLocalClassInAnInitializerBlock() {
    JavaFileObject src = source("test.Service",
        "package test;",
        "import dev.shuttle.*;",
        "public class Service {",
        "  static {",
        "    @Actor class Local { public void act() {} }",
        "  }",
        "}");
    assertThat(compile(src)).hadErrorContaining("@Actor inside local class Local is never processed")
        .inFile(src).onLineContaining("@Actor");
  }

  @Test
  void aLambdasParameter() {
    JavaFileObject src = inAMethod(
        "    java.util.function.Consumer<String> c = (@RateLimited.Key String user) -> {};");
    assertThat(compile(src)).hadErrorContaining("@RateLimited.Key on a lambda's parameter is never processed: "
            + "Shuttle sees only top-level and member types and their members, so nothing would be generated for it. "
            + "Shuttle reads it only on the parameters of methods. Remove it.")
        .inFile(src).onLineContaining("@RateLimited.Key");
  }

  @Test
  void anAnnotationNestedInAnotherIsReportedOnce() {
    JavaFileObject src = inAMethod(
        "    @Pool.List({@Pool(name = \"io\"), @Pool(name = \"cpu\")}) class Local {}");
    Compilation compilation = compile(src);
    assertThat(compilation).hadErrorContaining("@Pool.List inside local class Local")
        .inFile(src).onLineContaining("@Pool.List");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void otherAnnotationsInBodiesAndShuttleAnnotationsOnMembersCompile() {
    JavaFileObject src = source("test.Counter",
        "package test;",
        "import dev.shuttle.*;",
        "@ReadMostly",
        "public class Counter {",
        "  private int count;",
        "  @Read public int count() {",
        "    @SuppressWarnings(\"unused\") class Local { @Deprecated void old() {} }",
        "    Runnable r = new Runnable() { @Override public void run() {} };",
        "    return count;",
        "  }",
        "  @Write public void add() { count++; }",
        "}");
    assertThat(compile(src)).succeededWithoutWarnings();
  }

  private static JavaFileObject inAMethod(String declaration) {
    return source("test.Service",
        "package test;",
        "import dev.shuttle.*;",
        "public class Service {",
        "  void run() {",
        declaration,
        "  }",
        "}");
  }
}
