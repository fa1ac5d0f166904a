package dev.shuttle.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.shuttle.Actor;
import dev.shuttle.runtime.actor.ActorCell;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @javax.annotation.processing.Generated} lives in the {@code java.compiler} module, which a
 * named module that merely uses Shuttle does not read: generated code carries it only where the
 * annotated type's module can see it, so such a module needs no extra {@code requires}.
 *
 * <p>The module cases run javac on files, Shuttle on the module path, as a user's build does:
 * compile-testing's in-memory files do not form a module.
 */
class GeneratedAnnotationTest {
  private static final String GENERATED = "@Generated(\"dev.shuttle.processor.ShuttleProcessor\")";

  private static final String[] COUNTER = {
      "package com.example;",
      "",
      "import dev.shuttle.Actor;",
      "",
      "@Actor",
      "public class Counter {",
      "  private long count;",
      "  public void add(long n) { count += n; }",
      "  public long count() { return count; }",
      "}"};

  @TempDir Path dir;

  @Test
  void aModuleThatDoesNotReadJavaCompilerCompilesWarningFreeWithoutGenerated() throws IOException {
    String counterActor = compileInModule(
        "module com.example {",
        "  requires dev.shuttle.runtime;",
        "}");

    assertFalse(counterActor.contains("Generated("), counterActor);
  }

  @Test
  void aModuleThatReadsJavaCompilerGetsGenerated() throws IOException {
    String counterActor = compileInModule(
        "module com.example {",
        "  requires dev.shuttle.runtime;",
        "  requires static java.compiler;",
        "}");

    assertTrue(counterActor.contains(GENERATED), counterActor);
  }

  @Test
  void classPathCodeGetsGenerated() {
    Compilation compilation = Compilations.compile(Compilations.source("com.example.Counter", COUNTER));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.example.CounterActor")
        .contentsAsUtf8String().contains(GENERATED);
  }

  /**
   * Compiles {@code Counter} in the module {@code moduleInfo} declares, warning-free under
   * {@code -Xlint:all}, and returns the generated {@code CounterActor}.
   */
  private String compileInModule(String... moduleInfo) throws IOException {
    Path sources = Files.createDirectories(dir.resolve("src/com/example"));
    Files.write(dir.resolve("src/module-info.java"), List.of(moduleInfo));
    Files.write(sources.resolve("Counter.java"), List.of(COUNTER));
    Path generated = Files.createDirectories(dir.resolve("generated"));
    Path classes = Files.createDirectories(dir.resolve("classes"));

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics,
          List.of("-Xlint:all,-processing", "-Werror",
              "--module-path", locationOf(Actor.class) + File.pathSeparator + locationOf(ActorCell.class),
              "-s", generated.toString(), "-d", classes.toString()),
          null,
          files.getJavaFileObjects(dir.resolve("src/module-info.java"), sources.resolve("Counter.java")));
      task.setProcessors(List.of(new ShuttleProcessor()));
      boolean compiled = task.call();
      assertEquals(List.of(), diagnostics.getDiagnostics(), "javac reported");
      assertTrue(compiled);
    }
    return Files.readString(generated.resolve("com/example/CounterActor.java"));
  }

  private static String locationOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
