package dev.shuttle.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/**
 * Golden generated files: {@code src/test/resources/golden/<pattern>/input/*.java} are compiled
 * with the processor and each generated file is compared byte for byte with the file of the same
 * name in {@code golden/<pattern>/}. Run {@code mvn test -Dshuttle.golden.update} to rewrite the
 * expected files from the current generator, then review the diff.
 */
public final class GoldenFiles {
  private GoldenFiles() {}

  /** Compiles {@code golden/<pattern>/input} and checks (or rewrites) each named generated file. */
  public static void check(String pattern, String packageName, String... generatedSimpleNames) {
    Path dir = goldenDir().resolve(pattern);
    Compilation compilation = Compilations.compile(inputs(dir.resolve("input")));
    assertThat(compilation).succeededWithoutWarnings();
    for (String simpleName : generatedSimpleNames) {
      String actual = contents(compilation, packageName + "." + simpleName);
      assertJavadocFits(simpleName, actual);
      Path expectedFile = dir.resolve(simpleName + ".java");
      if (System.getProperty("shuttle.golden.update") != null) {
        write(expectedFile, actual);
      } else {
        assertEquals(read(expectedFile), actual,
            simpleName + " differs from " + expectedFile + " (mvn test -Dshuttle.golden.update rewrites it)");
      }
    }
  }

  /** Every Javadoc line within {@link JavadocFormatter#MAX_COLUMNS}, as the formatter fills them. */
  private static void assertJavadocFits(String simpleName, String source) {
    boolean inJavadoc = false;
    int number = 0;
    for (String line : source.split("\n")) {
      number++;
      inJavadoc |= line.strip().equals("/**");
      if (inJavadoc && line.length() > JavadocFormatter.MAX_COLUMNS) {
        fail(simpleName + ".java:" + number + " is " + line.length() + " columns wide: " + line);
      }
      inJavadoc &= !line.strip().equals("*/");
    }
  }

  private static Path goldenDir() {
    String configured = System.getProperty("shuttle.golden.dir");
    return configured != null ? Paths.get(configured) : Paths.get("src/test/resources/golden");
  }

  private static JavaFileObject[] inputs(Path inputDir) {
    try (Stream<Path> files = Files.list(inputDir)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().map(GoldenFiles::toSource)
          .toArray(JavaFileObject[]::new);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JavaFileObject toSource(Path file) {
    try {
      return JavaFileObjects.forResource(file.toUri().toURL());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String contents(Compilation compilation, String qualifiedName) {
    JavaFileObject file = compilation.generatedSourceFile(qualifiedName)
        .orElseThrow(() -> new AssertionError("no generated " + qualifiedName + " among "
            + Arrays.toString(compilation.generatedSourceFiles().stream().map(JavaFileObject::getName).toArray())));
    try {
      return file.getCharContent(false).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError("missing golden file " + file + " (mvn test -Dshuttle.golden.update writes it)", e);
    }
  }

  private static void write(Path file, String contents) {
    try {
      Files.writeString(file, contents, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
