package dev.shuttle.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/** Compiles test sources with the Shuttle processor, the way a user's build would. */
public final class Compilations {
  private Compilations() {}

  public static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new ShuttleProcessor()).withOptions("-Xlint:all,-processing", "-Werror").compile(sources);
  }

  /** Like {@link #compile}, but tolerates warnings (for tests that expect one). */
  public static Compilation compileAllowingWarnings(JavaFileObject... sources) {
    return javac().withProcessors(new ShuttleProcessor()).compile(sources);
  }

  /**
   * The sources the processor generates for {@code sources}, by qualified name, whether or not the
   * compilation succeeds (compile-testing shows them only after a success).
   */
  public static List<String> generatedSourceNames(JavaFileObject... sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try {
      Path generated = Files.createTempDirectory("shuttle-generated");
      Path classes = Files.createTempDirectory("shuttle-classes");
      try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
        files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(generated));
        files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
        JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostic -> {}, null, null, List.of(sources));
        task.setProcessors(List.of(new ShuttleProcessor()));
        task.call();
      }
      try (Stream<Path> written = Files.walk(generated)) {
        return written.filter(Files::isRegularFile)
            .map(file -> generated.relativize(file).toString().replace(File.separatorChar, '.').replaceAll("\\.java$", ""))
            .sorted()
            .toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JavaFileObject source(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }
}
