package dev.shuttle.processor.pipeline;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.shuttle.processor.Compilations.compile;
import static dev.shuttle.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One test per documented {@code @Pipeline} error, each pinned to the line the user must fix. */
class PipelineErrorsTest {

  /** {@code test.Ingest}, a {@code @Pipeline(bound = 10)} with these members; Page and Doc are records beside it. */
  private static JavaFileObject pipeline(String... members) {
    return pipelineWith("@dev.shuttle.Pipeline(bound = 10)", members);
  }

  private static JavaFileObject pipelineWith(String annotation, String... members) {
    List<String> lines = new ArrayList<>(List.of(
        "package test;",
        "import dev.shuttle.*;",
        "import java.util.*;",
        annotation,
        "public class Ingest {"));
    lines.addAll(List.of(members));
    lines.addAll(List.of(
        "  record Page(String html) {}",
        "  record Doc(String text) {}",
        "}"));
    return source("test.Ingest", lines.toArray(String[]::new));
  }

  @Test
  void noStages() {
    JavaFileObject src = pipelineWith("@dev.shuttle.Pipeline", "  void notAStage(Page p) {}");
    assertThat(compile(src)).hadErrorContaining("@Pipeline class Ingest has no @Stage method")
        .inFile(src).onLineContaining("@dev.shuttle.Pipeline");
  }

  @Test
  void parameterDoesNotAcceptThePreviousResult() {
    JavaFileObject src = pipeline(
        "  @Stage Page fetch(String url) { return new Page(url); }",
        "  @Stage void store(Doc d) {}");
    assertThat(compile(src)).hadErrorContaining(
            "@Stage method Ingest.store(Doc) takes Doc, but the stage before it, Ingest.fetch(String), passes on Page")
        .inFile(src).onLineContaining("void store(Doc d)");
  }

  @Test
  void optionalAndExpandPassOnTheirElementType() {
    JavaFileObject src = pipeline(
        "  @Stage Optional<Page> fetch(String url) { return Optional.empty(); }",
        "  @Stage(expand = true) List<Doc> split(Page p) { return List.of(); }",
        "  @Stage void store(Page p) {}");
    assertThat(compile(src)).hadErrorContaining("Ingest.store(Page) takes Page, but the stage before it, "
            + "Ingest.split(Page), passes on Doc")
        .inFile(src).onLineContaining("void store(Page p)");
  }

  @Test
  void primitivesAreCheckedBoxed() {
    JavaFileObject src = pipeline(
        "  @Stage int length(String s) { return s.length(); }",
        "  @Stage void store(long n) {}");
    assertThat(compile(src)).hadErrorContaining("takes long, but the stage before it, Ingest.length(String), passes on Integer")
        .inFile(src).onLineContaining("void store(long n)");
  }

  @Test
  void noParameter() {
    JavaFileObject src = pipeline("  @Stage Page fetch() { return null; }");
    assertThat(compile(src)).hadErrorContaining("@Stage method Ingest.fetch() takes 0 parameters, but a stage takes exactly one")
        .inFile(src).onLineContaining("Page fetch()");
  }

  @Test
  void severalParameters() {
    JavaFileObject src = pipeline("  @Stage Page fetch(String url, int retries) { return null; }");
    assertThat(compile(src)).hadErrorContaining("takes 2 parameters, but a stage takes exactly one")
        .inFile(src).onLineContaining("Page fetch(String url, int retries)");
  }

  @Test
  void privateStage() {
    JavaFileObject src = pipeline("  @Stage private void store(Doc d) {}");
    assertThat(compile(src)).hadErrorContaining(
            "@Stage method Ingest.store(Doc) is private, so the generated IngestPipeline cannot call it. Remove 'private'.")
        .inFile(src).onLineContaining("private void store");
  }

  @Test
  void staticStage() {
    JavaFileObject src = pipeline("  @Stage static void store(Doc d) {}");
    assertThat(compile(src)).hadErrorContaining("@Stage method Ingest.store(Doc) is static, but stages run on the instance")
        .inFile(src).onLineContaining("static void store");
  }

  @Test
  void genericStage() {
    JavaFileObject src = pipeline("  @Stage <T> void store(T item) {}");
    assertThat(compile(src)).hadErrorContaining("@Stage method Ingest.store(T) is generic")
        .inFile(src).onLineContaining("void store(T item)");
  }

  @Test
  void boundBelowOne() {
    JavaFileObject src = pipelineWith("@dev.shuttle.Pipeline(bound = 0)", "  @Stage void store(Doc d) {}");
    assertThat(compile(src)).hadErrorContaining("@Pipeline(bound = 0): every queue needs room for at least 1 item")
        .inFile(src).onLineContaining("@dev.shuttle.Pipeline(bound = 0)");
  }

  @Test
  void stageBoundBelowOne() {
    JavaFileObject src = pipeline("  @Stage(bound = 0) void store(Doc d) {}");
    assertThat(compile(src)).hadErrorContaining("@Stage(bound = 0) on Ingest.store(Doc): the stage's queue needs room")
        .inFile(src).onLineContaining("@Stage(bound = 0)");
  }

  @Test
  void boundAboveTheRuntimesLimit() {
    JavaFileObject src = pipelineWith("@dev.shuttle.Pipeline(bound = Integer.MAX_VALUE)", "  @Stage void store(Doc d) {}");
    assertThat(compile(src)).hadErrorContaining(
            "@Pipeline(bound = 2147483647): a queue holds at most Pipeline.MAX_BOUND (1073741824) items.")
        .inFile(src).onLineContaining("bound = Integer.MAX_VALUE");
  }

  @Test
  void stageBoundAboveTheRuntimesLimit() {
    JavaFileObject src = pipeline("  @Stage(bound = Pipeline.MAX_BOUND + 1) void store(Doc d) {}");
    assertThat(compile(src)).hadErrorContaining(
            "@Stage(bound = 1073741825) on Ingest.store(Doc): a queue holds at most Pipeline.MAX_BOUND (1073741824)")
        .inFile(src).onLineContaining("@Stage(bound = Pipeline.MAX_BOUND + 1)");
  }

  @Test
  void workersBelowOne() {
    JavaFileObject tooMany = pipeline("  @Stage(workers = Stage.MAX_WORKERS + 1) void store(Doc d) {}");
    assertThat(compile(tooMany)).hadErrorContaining("@Stage(workers = 32768) on Ingest.store(Doc): a stage runs at most "
            + "Stage.MAX_WORKERS (32767) worker threads.")
        .inFile(tooMany).onLineContaining("MAX_WORKERS + 1");
    JavaFileObject src = pipeline("  @Stage(workers = 0) void store(Doc d) {}");
    assertThat(compile(src)).hadErrorContaining("@Stage(workers = 0) on Ingest.store(Doc): a stage needs at least 1 worker")
        .inFile(src).onLineContaining("@Stage(workers = 0)");
  }

  @Test
  void onErrorWithTheWrongSignature() {
    JavaFileObject src = pipeline(
        "  @Stage void store(Doc d) {}",
        "  @OnError void failed(Throwable error) {}");
    assertThat(compile(src)).hadErrorContaining("@OnError method Ingest.failed(Throwable) must be a non-private, "
            + "non-static method void failed(Object item, Throwable error, String stage)")
        .inFile(src).onLineContaining("@OnError void failed(Throwable error)");
  }

  @Test
  void onErrorTwice() {
    JavaFileObject src = pipeline(
        "  @Stage void store(Doc d) {}",
        "  @OnError void failed(Object item, Throwable error, String stage) {}",
        "  @OnError void failedAgain(Object item, Throwable error, String stage) {}");
    assertThat(compile(src)).hadErrorContaining("has more than one @OnError method")
        .inFile(src).onLineContaining("void failedAgain");
  }

  @Test
  void expandOnAStageThatDoesNotReturnAnIterable() {
    JavaFileObject src = pipeline(
        "  @Stage(expand = true) Page fetch(String url) { return null; }",
        "  @Stage void store(Page p) {}");
    assertThat(compile(src)).hadErrorContaining(
            "@Stage(expand = true) on Ingest.fetch(String), which returns Page, not an Iterable")
        .inFile(src).onLineContaining("@Stage(expand = true)");
  }

  @Test
  void voidStageBeforeAnother() {
    JavaFileObject src = pipeline(
        "  @Stage void fetch(String url) {}",
        "  @Stage void store(Doc d) {}");
    assertThat(compile(src)).hadErrorContaining(
            "@Stage method Ingest.fetch(String) returns void, so nothing reaches the next stage, Ingest.store(Doc)")
        .inFile(src).onLineContaining("void fetch(String url)");
  }

  @Test
  void stageOutsideAPipeline() {
    JavaFileObject src = source("test.Loose",
        "package test;",
        "public class Loose {",
        "  @dev.shuttle.Stage void store(String s) {}",
        "}");
    assertThat(compile(src)).hadErrorContaining(
            "@Stage method Loose.store(String) is in Loose, which is not a @Pipeline class. "
                + "Put @Pipeline on Loose, or remove @Stage.")
        .inFile(src).onLineContaining("void store");
  }

  @Test
  void onAnInterface() {
    JavaFileObject src = source("test.Ingest",
        "package test;",
        "@dev.shuttle.Pipeline",
        "public interface Ingest { @dev.shuttle.Stage default void store(String s) {} }");
    assertThat(compile(src)).hadErrorContaining("@Pipeline must be on a class, but Ingest is an interface")
        .inFile(src).onLineContaining("@dev.shuttle.Pipeline");
  }

  @Test
  void onErrorOutsideAPipeline() {
    JavaFileObject src = source("test.Loose",
        "package test;",
        "public class Loose {",
        "  @dev.shuttle.OnError void failed(Object item, Throwable error, String stage) {}",
        "}");
    assertThat(compile(src)).hadErrorContaining("@OnError method Loose.failed(Object, Throwable, String) is in Loose, "
            + "which is not a @Pipeline")
        .inFile(src).onLineContaining("void failed");
  }

  @Test
  void onAGenericClass() {
    JavaFileObject src = source("test.Box",
        "package test;",
        "@dev.shuttle.Pipeline",
        "public class Box<T> { @dev.shuttle.Stage void store(T item) {} }");
    assertThat(compile(src)).hadErrorContaining("@Pipeline class Box is generic")
        .inFile(src).onLineContaining("@dev.shuttle.Pipeline");
  }

  @Test
  void everyProblemIsReportedNotJustTheFirst() {
    JavaFileObject src = pipeline(
        "  @Stage(workers = 0) private Page fetch() { return null; }",
        "  @Stage(bound = -1) static void store(Page p) {}");
    Compilation compilation = compile(src);
    assertThat(compilation).hadErrorContaining("workers = 0");
    assertThat(compilation).hadErrorContaining("is private");
    assertThat(compilation).hadErrorContaining("takes 0 parameters");
    assertThat(compilation).hadErrorContaining("bound = -1");
    assertThat(compilation).hadErrorContaining("is static");
    assertThat(compilation).hadErrorCount(5);
  }
}
