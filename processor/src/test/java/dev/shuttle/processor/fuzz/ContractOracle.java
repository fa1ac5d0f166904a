package dev.shuttle.processor.fuzz;

import dev.shuttle.processor.ShuttleProcessor;
import dev.shuttle.runtime.actor.ActorCell;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles a {@link FuzzCase} with the Shuttle processor under {@code -Xlint:all} and says whether
 * the result keeps the processor's contract: every input javac accepts either compiles cleanly with
 * its generated code, or gets a Shuttle error on a user element; and one the case's writer knows
 * Shuttle refuses ({@link FuzzCase#mustRefuse}) gets the error.
 *
 * <p>One compiler and one file manager serve every case (the class path's jars are opened once);
 * each compilation writes only to memory and stops after flow analysis, since no class file is
 * needed to judge the sources.
 */
public final class ContractOracle implements AutoCloseable {
  /** What a case's compilation shows. */
  public enum Outcome {
    /** Compiles, with its generated code, without an error or a warning (Shuttle's own warnings aside). */
    OK,
    /** Shuttle refused the input with an error on a user element: the contract's other way out. */
    SHUTTLE_ERROR,
    /** The processor failed: an exception, or its "failed internally" error. */
    CRASH,
    /** An error or warning in a generated file, or one in user code that only the generated code causes. */
    BROKEN_OUTPUT,
    /** javac rejects (or warns about) the input without any processor: a bug in the case, not in Shuttle. */
    INVALID_INPUT,
    /** Compiles, but the case has something Shuttle must refuse ({@link FuzzCase#mustRefuse}). */
    MISSED_ERROR;

    public boolean keepsContract() {
      return this == OK || this == SHUTTLE_ERROR;
    }
  }

  /**
   * @param firstDiagnostic the diagnostic that decided the outcome ({@code ""} for {@link Outcome#OK})
   * @param code what kind of diagnostic that is: javac's code ({@code compiler.err.cant.resolve}), or
   *     the exception's class for a crash
   * @param generated every source the processor wrote, path first
   */
  public record Verdict(Outcome outcome, String firstDiagnostic, String code, List<String> generated) {}

  private static final String MESSAGER_CODE = "proc.messager";
  private static final String INTERNAL_FAILURE = "Shuttle failed internally";
  private static final List<String> LINT = List.of("-Xlint:all,-processing", "-XDshould-stop.ifNoError=FLOW");

  private final JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
  private final StandardJavaFileManager shared;
  private final Supplier<? extends Processor> processor;

  public ContractOracle() {
    this(ShuttleProcessor::new);
  }

  /** An oracle that judges what {@code processor} makes of each case, for testing the oracle itself. */
  ContractOracle(Supplier<? extends Processor> processor) {
    this.processor = processor;
    shared = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
    try {
      shared.setLocation(StandardLocation.CLASS_PATH, List.of(codeSource(dev.shuttle.Actor.class),
          codeSource(ActorCell.class)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Verdict judge(FuzzCase fuzzCase) {
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    InMemoryFiles files = new InMemoryFiles(shared);
    List<JavaFileObject> sources = fuzzCase.fileObjects();
    try {
      JavaCompiler.CompilationTask task = compiler.getTask(null, files, diagnostics, LINT, null, sources);
      task.setProcessors(List.of(processor.get()));
      task.call();
    } catch (RuntimeException e) { // javac wraps what escapes a processor
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      return new Verdict(Outcome.CRASH, cause.toString(), cause.getClass().getName(), listing(files));
    }
    List<String> generated = listing(files);
    List<Diagnostic<? extends JavaFileObject>> found = diagnostics.getDiagnostics().stream()
        .filter(ContractOracle::isErrorOrWarning)
        .toList();
    Optional<Diagnostic<? extends JavaFileObject>> crash = found.stream()
        .filter(d -> d.getMessage(Locale.ROOT).contains(INTERNAL_FAILURE)).findFirst();
    if (crash.isPresent()) {
      return new Verdict(Outcome.CRASH, firstLine(crash.get().getMessage(Locale.ROOT)), INTERNAL_FAILURE, generated);
    }
    if (found.stream().allMatch(ContractOracle::isShuttleWarning)) {
      return fuzzCase.mustRefuse().isEmpty() ? new Verdict(Outcome.OK, "", "", generated)
          : new Verdict(Outcome.MISSED_ERROR, "no error for: " + String.join("; ", fuzzCase.mustRefuse()),
              "missed error", generated);
    }
    Optional<Diagnostic<? extends JavaFileObject>> invalid = firstWithoutProcessor(fuzzCase);
    if (invalid.isPresent()) {
      return verdict(Outcome.INVALID_INPUT, invalid.get(), generated);
    }
    boolean refused = found.stream().anyMatch(d -> isShuttleMessage(d) && d.getKind() == Diagnostic.Kind.ERROR);
    Optional<Diagnostic<? extends JavaFileObject>> broken = found.stream()
        .filter(d -> !isShuttleMessage(d) && !(refused && isLeftOutGeneratedType(d, fuzzCase)))
        .findFirst();
    if (broken.isPresent()) {
      return verdict(Outcome.BROKEN_OUTPUT, broken.get(), generated);
    }
    Diagnostic<? extends JavaFileObject> refusal = found.stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).findFirst().orElseThrow();
    return verdict(Outcome.SHUTTLE_ERROR, refusal, generated);
  }

  /** The first error or warning of a compilation without processors, if there is one. */
  public Optional<String> rejectedWithoutProcessor(FuzzCase fuzzCase) {
    return firstWithoutProcessor(fuzzCase).map(ContractOracle::describe);
  }

  /**
   * Whether {@code d} is javac missing a generated type in a user's source, as it does when
   * Shuttle refused the type it comes from: the files that would name it are left out, not broken.
   */
  private static boolean isLeftOutGeneratedType(Diagnostic<? extends JavaFileObject> d, FuzzCase fuzzCase) {
    String message = d.getMessage(Locale.ROOT);
    return String.valueOf(d.getCode()).startsWith("compiler.err.cant.resolve")
        && fuzzCase.mentionedGenerated().stream().map(FuzzCase.StandIn::simpleName)
            .anyMatch(name -> message.contains("class " + name));
  }

  private Optional<Diagnostic<? extends JavaFileObject>> firstWithoutProcessor(FuzzCase fuzzCase) {
    List<JavaFileObject> sources = new ArrayList<>(fuzzCase.fileObjects());
    sources.addAll(fuzzCase.generatedStandIns());
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    compiler.getTask(null, new InMemoryFiles(shared), diagnostics, concat(LINT, "-proc:none"), null, sources).call();
    return diagnostics.getDiagnostics().stream().filter(ContractOracle::isErrorOrWarning).findFirst();
  }

  private static Verdict verdict(Outcome outcome, Diagnostic<? extends JavaFileObject> decisive, List<String> generated) {
    return new Verdict(outcome, describe(decisive), String.valueOf(decisive.getCode()), generated);
  }

  @Override
  public void close() throws IOException {
    shared.close();
  }

  private static boolean isErrorOrWarning(Diagnostic<?> d) {
    return d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING
        || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING;
  }

  /** What the processor itself printed (through {@code Messager}), as opposed to what javac found. */
  private static boolean isShuttleMessage(Diagnostic<?> d) {
    return d.getCode() != null && d.getCode().endsWith(MESSAGER_CODE);
  }

  private static boolean isShuttleWarning(Diagnostic<?> d) {
    return isShuttleMessage(d) && d.getKind() != Diagnostic.Kind.ERROR;
  }

  /** {@code fuzz/FooActor.java:12: error: cannot find symbol | loop.tell(...)}. */
  private static String describe(Diagnostic<? extends JavaFileObject> d) {
    String where = d.getSource() == null ? "" : d.getSource().toUri().getPath().substring(1) + ":" + d.getLineNumber() + ": ";
    String line = d.getSource() == null ? "" : " | " + sourceLine(d.getSource(), d.getLineNumber());
    return where + d.getKind().toString().toLowerCase(Locale.ROOT) + ": " + firstLine(d.getMessage(Locale.ROOT))
        + " [" + d.getCode() + "]" + line;
  }

  private static String sourceLine(JavaFileObject source, long number) {
    try {
      List<String> lines = source.getCharContent(true).toString().lines().toList();
      return number >= 1 && number <= lines.size() ? lines.get((int) number - 1).strip() : "";
    } catch (IOException e) {
      return "";
    }
  }

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  private static List<String> listing(InMemoryFiles files) {
    return files.generatedSources().stream()
        .map(output -> "// ---- " + output.path() + "\n" + output.getCharContent(true))
        .toList();
  }

  private static List<String> concat(List<String> options, String option) {
    return java.util.stream.Stream.concat(options.stream(), java.util.stream.Stream.of(option)).toList();
  }

  private static File codeSource(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
