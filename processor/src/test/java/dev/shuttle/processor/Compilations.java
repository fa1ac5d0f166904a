package dev.shuttle.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

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

  public static JavaFileObject source(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }
}
