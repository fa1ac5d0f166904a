package dev.shuttle.processor.woven;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shuttle.processor.Compilations.compile;
import static dev.shuttle.processor.Compilations.compileAllowingWarnings;
import static dev.shuttle.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One test per documented {@code @ReadMostly} error and warning, each pinned to the line the user must fix. */
class ReadMostlyErrorsTest {

  private static JavaFileObject catalog(String annotation, String... body) {
    String[] lines = new String[body.length + 5];
    lines[0] = "package test;";
    lines[1] = "import dev.shuttle.*;";
    lines[2] = annotation;
    lines[3] = "public class Catalog {";
    System.arraycopy(body, 0, lines, 4, body.length);
    lines[lines.length - 1] = "}";
    return source("test.Catalog", lines);
  }

  @Test
  void onFinalClass() {
    JavaFileObject src = source("test.Catalog",
        "package test;",
        "@dev.shuttle.ReadMostly",
        "public final class Catalog { @dev.shuttle.Read public int size() { return 0; } }");
    assertThat(compile(src)).hadErrorContaining("@ReadMostly class Catalog must not be final")
        .inFile(src).onLineContaining("final class Catalog");
  }

  @Test
  void readOnPrivateMethod() {
    JavaFileObject src = catalog("@ReadMostly", "  @Read private int size() { return 0; }");
    assertThat(compile(src)).hadErrorContaining("@Read method Catalog.size() is private")
        .inFile(src).onLineContaining("private int size()");
  }

  @Test
  void writeOnStaticMethod() {
    JavaFileObject src = catalog("@ReadMostly", "  @Write public static void clear() {}");
    assertThat(compile(src)).hadErrorContaining("@Write method Catalog.clear() is static")
        .inFile(src).onLineContaining("static void clear()");
  }

  @Test
  void readOnFinalMethod() {
    JavaFileObject src = catalog("@ReadMostly", "  @Read public final int size() { return 0; }");
    assertThat(compile(src)).hadErrorContaining("@Read method Catalog.size() is final")
        .inFile(src).onLineContaining("final int size()");
  }

  @Test
  void unmarkedFinalPublicMethodCannotBeLocked() {
    JavaFileObject src = catalog("@ReadMostly", "  public final void clear() {}");
    assertThat(compile(src)).hadErrorContaining(
            "@ReadMostly on class Catalog applies to every public method, but Catalog.clear() is final")
        .inFile(src).onLineContaining("final void clear()");
  }

  @Test
  void bothReadAndWrite() {
    JavaFileObject src = catalog("@ReadMostly",
        "  @Read",
        "  @Write public int size() { return 0; }");
    assertThat(compile(src)).hadErrorContaining("Catalog.size() is both @Read and @Write")
        .inFile(src).onLineContaining("@Write public int size()");
  }

  @Test
  void readWithoutReadMostly() {
    JavaFileObject src = catalog("", "  @Read public int size() { return 0; }");
    assertThat(compile(src)).hadErrorContaining(
            "@Read on Catalog.size() has no effect: Catalog is not @ReadMostly. Put @ReadMostly on Catalog")
        .inFile(src).onLineContaining("@Read public int size()");
  }

  @Test
  void writeWithoutReadMostly() {
    JavaFileObject src = catalog("", "  @Write public void clear() {}");
    assertThat(compile(src)).hadErrorContaining("@Write on Catalog.clear() has no effect: Catalog is not @ReadMostly")
        .inFile(src).onLineContaining("@Write public void clear()");
  }

  @Test
  void optimisticWithoutStamped() {
    JavaFileObject src = catalog("@ReadMostly(lock = LockStrategy.MUTEX)",
        "  @Read(",
        "      optimistic = true)",
        "  public int size() { return 0; }");
    assertThat(compile(src)).hadErrorContaining(
            "@Read(optimistic = true) needs @ReadMostly(lock = LockStrategy.STAMPED), but the class uses MUTEX")
        .inFile(src).onLineContaining("optimistic = true");
  }

  @Test
  void publicMutableFieldIsAWarning() {
    JavaFileObject src = catalog("@ReadMostly",
        "  public int hits;",
        "  public final int limit = 3;",
        "  @Read public int size() { return 0; }");
    Compilation compilation = compileAllowingWarnings(src);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining(
            "Public field hits of @ReadMostly class Catalog can be read and written without the lock")
        .inFile(src).onLineContaining("public int hits;");
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void anAbstractClassMayMarkMethodsForItsReadMostlySubclasses() {
    JavaFileObject base = source("test.Base",
        "package test;",
        "public abstract class Base {",
        "  @dev.shuttle.Read public int size() { return 0; }",
        "}");
    JavaFileObject src = source("test.Catalog",
        "package test;",
        "@dev.shuttle.ReadMostly",
        "public class Catalog extends Base {}");
    Compilation compilation = compile(base, src);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.ConcurrentCatalog").contentsAsUtf8String()
        .contains("lock.enterRead(\"Catalog.size\")");
  }
}
