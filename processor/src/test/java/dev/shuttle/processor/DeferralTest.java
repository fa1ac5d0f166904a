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

/** A user type that mentions a type another processor generates later is processed a round later. */
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
    // Shuttle runs first, so in round 1 Parcel is still an error type.
    Compilation compilation = javac()
        .withProcessors(new ShuttleProcessor(), new GeneratesParcel())
        .withOptions("-Xlint:all,-processing", "-Werror")
        .compile(src);
    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("test.CourierActor").contentsAsUtf8String()
        .contains("public CompletableFuture<Parcel> last()");
  }

  /** Stands in for any other processor: writes {@code test.Parcel} in round 1, after Shuttle looked. */
  private static final class GeneratesParcel extends AbstractProcessor {
    private int round;

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
        try (Writer out = processingEnv.getFiler().createSourceFile("test.Parcel").openWriter()) {
          out.write("package test; public class Parcel {}");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }
}
