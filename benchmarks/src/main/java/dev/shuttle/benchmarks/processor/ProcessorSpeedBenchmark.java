package dev.shuttle.benchmarks.processor;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the processor's own work costs a build: javac compiling a corpus of annotated classes with
 * the processor jar on its processor path, as a user's build does, against javac compiling the
 * same user sources together with the generated ones, with annotation processing off, and against
 * a processor that only copies the generated files in. The first difference is all the processor
 * costs a build; the second splits off javac's extra round, leaving Shuttle's own work (loading,
 * validating, generating, writing). The corpus is every golden input of the processor's tests (all patterns), copied into
 * {@code packages} packages; run from the repository root after {@code mvn -B package}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(2)
public class ProcessorSpeedBenchmark {
  @Param("processor/src/test/resources/golden")
  public String goldenInputs;

  @Param("processor/target/shuttle-processor-0.1.0-SNAPSHOT.jar")
  public String processorJar;

  @Param("32")
  public int packages;

  private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
  private Path work;
  private List<Path> userSources;
  private List<Path> allSources;
  /** What the processor writes, by the qualified name of the type in each file. */
  private final Map<String, String> generatedFiles = new LinkedHashMap<>();

  @Setup(Level.Trial)
  public void writeCorpus() throws IOException {
    work = Files.createTempDirectory("processor-speed");
    userSources = copyCorpus(work.resolve("src"));
    Path generated = work.resolve("generated");
    Files.createDirectories(generated);
    compile(userSources, List.of("-processorpath", processorJar, "-s", generated.toString()));
    try (Stream<Path> files = Files.walk(generated)) {
      allSources = new ArrayList<>(userSources);
      files.filter(f -> f.toString().endsWith(".java")).forEach(allSources::add);
    }
    for (Path file : allSources.subList(userSources.size(), allSources.size())) {
      String type = generated.relativize(file).toString().replace(File.separatorChar, '.').replaceAll("\\.java$", "");
      generatedFiles.put(type, Files.readString(file));
    }
  }

  @TearDown(Level.Trial)
  public void deleteCorpus() throws IOException {
    try (Stream<Path> files = Files.walk(work)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }

  /** A user's build: the processor validates and generates, javac compiles both. */
  @Benchmark
  public int withProcessor() throws IOException {
    Path generated = Files.createTempDirectory(work, "generated");
    return compile(userSources, List.of("-processorpath", processorJar, "-s", generated.toString()));
  }

  /** The same user and generated sources, compiled with processing off: javac's share alone. */
  @Benchmark
  public int sameSourcesWithoutProcessor() throws IOException {
    return compile(allSources, List.of("-proc:none"));
  }

  /**
   * The user sources, with a processor that only writes the generated files as they are: what
   * javac's extra round costs (parsing and entering them, a second round) with none of Shuttle's
   * work. {@code withProcessor} minus this is what Shuttle's own code takes.
   */
  @Benchmark
  public int sameFilesFromACopyingProcessor() throws IOException {
    Path generated = Files.createTempDirectory(work, "generated");
    return compile(userSources, List.of("-s", generated.toString()), new CopyingProcessor(generatedFiles));
  }

  private int compile(List<Path> sources, List<String> options) throws IOException {
    return compile(sources, options, null);
  }

  /** Compiles into a fresh folder; returns how many sources, failing loudly on any error. */
  private int compile(List<Path> sources, List<String> options, Processor processor) throws IOException {
    Path classes = Files.createTempDirectory(work, "classes");
    List<String> all = new ArrayList<>(List.of("--release", "17", "-classpath",
        System.getProperty("java.class.path"), "-d", classes.toString(), "-implicit:none", "-nowarn"));
    all.addAll(options);
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
      JavaCompiler.CompilationTask task = javac.getTask(diagnostics, files, null, all, null, units);
      if (processor != null) {
        task.setProcessors(List.of(processor));
      }
      if (!task.call()) {
        throw new IllegalStateException("the corpus did not compile:\n" + diagnostics);
      }
    }
    return sources.size();
  }

  /** Each golden input, once per package {@code p0..pN}; returns the written files. */
  private List<Path> copyCorpus(Path root) throws IOException {
    List<Path> inputs;
    try (Stream<Path> files = Files.walk(Path.of(goldenInputs))) {
      inputs = files.filter(f -> f.getParent().getFileName().toString().equals("input"))
          .filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
    if (inputs.isEmpty()) {
      throw new IllegalStateException("no golden inputs under " + Path.of(goldenInputs).toAbsolutePath()
          + ": run from the repository root");
    }
    List<Path> written = new ArrayList<>();
    for (int p = 0; p < packages; p++) {
      for (Path input : inputs) {
        String pattern = input.getParent().getParent().getFileName().toString();
        String pkg = "corpus.p" + p + "." + pattern;
        Path target = root.resolve(pkg.replace('.', '/')).resolve(input.getFileName());
        Files.createDirectories(target.getParent());
        try {
          Files.writeString(target, Files.readString(input).replaceFirst("package golden;", "package " + pkg + ";"));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        written.add(target);
      }
    }
    return written;
  }

  /** Writes the given files in the first round, as Shuttle would, and does nothing else. */
  private static final class CopyingProcessor extends AbstractProcessor {
    private final Map<String, String> files;
    private boolean written;

    CopyingProcessor(Map<String, String> files) {
      this.files = files;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("dev.shuttle.*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (written) {
        return false;
      }
      written = true;
      for (Map.Entry<String, String> file : files.entrySet()) {
        try (Writer out = processingEnv.getFiler().createSourceFile(file.getKey()).openWriter()) {
          out.write(file.getValue());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }
}
