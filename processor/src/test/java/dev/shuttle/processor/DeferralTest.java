package dev.shuttle.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.shuttle.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A user type that mentions a type another processor generates later, in its signature or in the
 * value of a Shuttle annotation, is processed a round later.
 */
class DeferralTest {

  @Test
  void typeMentioningALaterGeneratedTypeIsDeferredNotFailed() {
    JavaFileObject src = source("test.Courier",
        "package test;",
        "@dev.shuttle.Actor",
        "public class Courier {",
        "  public void deliver(Parcel parcel) {}",     // Parcel does not exist in round 1
        "  public Parcel last() { return null; }",
        "}");
    Compilation compilation = compileWith(new GeneratesInFirstRound("test.Parcel", "public class Parcel {}"), src);
    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("test.CourierActor").contentsAsUtf8String()
        .contains("public CompletableFuture<Parcel> last()");
  }

  @Test
  void annotationValueFromALaterGeneratedTypeIsDeferredNotFailed() {
    JavaFileObject src = source("test.Courier",
        "package test;",
        "@dev.shuttle.Actor(mailbox = Sizes.MAILBOX)", // Sizes does not exist in round 1
        "public class Courier {",
        "  public void deliver(String parcel) {}",
        "}");
    Compilation compilation = compileWith(
        new GeneratesInFirstRound("test.Sizes", "public class Sizes { public static final int MAILBOX = 64; }"), src);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.CourierActor").contentsAsUtf8String()
        .contains(".mailbox(64, Overflow.BLOCK)");
  }

  @Test
  void stringValueFromALaterGeneratedTypeIsDeferredNotFailed() {
    JavaFileObject src = source("test.Simulation",
        "package test;",
        "@dev.shuttle.Phased(until = Names.UNTIL)", // Names does not exist in round 1
        "public class Simulation {",
        "  @dev.shuttle.Phase(1) void step() {}",
        "  boolean done() { return true; }",
        "}");
    Compilation compilation = compileWith(
        new GeneratesInFirstRound("test.Names", "public class Names { public static final String UNTIL = \"done\"; }"),
        src);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.SimulationPhases").contentsAsUtf8String()
        .contains("return target.done();");
  }

  @Test
  void annotationValueThatNeverResolvesIsLeftToTheCompiler() {
    JavaFileObject src = source("test.Courier",
        "package test;",
        "@dev.shuttle.Actor(mailbox = Sizes.MAILBOX)",
        "public class Courier {",
        "  public void deliver(String parcel) {}",
        "}");
    Compilation compilation = Compilations.compile(src);
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(src).onLineContaining("Sizes.MAILBOX");
    assertThat(compilation).hadErrorCount(1); // nothing from Shuttle, which had no value to read
  }

  private static Compilation compileWith(AbstractProcessor other, JavaFileObject... sources) {
    // Shuttle runs first, so in round 1 what the other processor writes is still missing.
    return javac()
        .withProcessors(new ShuttleProcessor(), other)
        .withOptions("-Xlint:all,-processing", "-Werror")
        .compile(sources);
  }

  /** Stands in for any other processor: writes one source in round 1, after Shuttle looked. */
  private static final class GeneratesInFirstRound extends AbstractProcessor {
    private final String name;
    private final String body;
    private int round;

    /** @param body the source of {@code name}, in package {@code test} */
    GeneratesInFirstRound(String name, String body) {
      this.name = name;
      this.body = body;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment env) {
      if (++round == 1) {
        try (Writer out = processingEnv.getFiler().createSourceFile(name).openWriter()) {
          out.write("package test; " + body);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }
}
