package dev.shuttle.processor.pipeline;

import static dev.shuttle.processor.Compilations.compile;
import static dev.shuttle.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shuttle.processor.CompiledClasses;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stages whose class or field names would fold together ({@code parse} and {@code Parse}, an
 * overload and a method named like its number) each get their own, and the items pass through
 * every stage in order.
 */
class PipelineNamesTest {

  @Test
  void stagesNamedAlikeButForCaseGetTheirOwnStageClasses() throws Exception {
    assertEquals(List.of("<a>", "<b>"), run("Ingest",
        "  private final java.util.List<String> stored = new java.util.concurrent.CopyOnWriteArrayList<>();",
        "  @dev.shuttle.Stage String parse(String in) { return \"<\" + in; }",
        "  @dev.shuttle.Stage String Parse(String in) { return in + \">\"; }",
        "  @dev.shuttle.Stage void store(String in) { stored.add(in); }",
        "  static Object run() {",
        "    Ingest ingest = new Ingest();",
        "    IngestPipeline pipeline = IngestPipeline.start(ingest);",
        "    pipeline.submit(\"a\");",
        "    pipeline.submit(\"b\");",
        "    pipeline.close().join();",
        "    return ingest.stored.stream().sorted().toList();",
        "  }"));
  }

  @Test
  void anOverloadedStageAndAStageNamedLikeItsNumberGetTheirOwnStageClasses() throws Exception {
    assertEquals(List.of(21), run("Steps",
        "  private final java.util.List<Integer> stored = new java.util.concurrent.CopyOnWriteArrayList<>();",
        "  @dev.shuttle.Stage String step(int in) { return String.valueOf(in + 1); }",
        "  @dev.shuttle.Stage int step(String in) { return Integer.parseInt(in) * 10; }",
        "  @dev.shuttle.Stage int step2(int in) { return in + 1; }",
        "  @dev.shuttle.Stage void store(int in) { stored.add(in); }",
        "  static Object run() {",
        "    Steps steps = new Steps();",
        "    StepsPipeline pipeline = StepsPipeline.start(steps);",
        "    pipeline.submit(1);",
        "    pipeline.close().join();",
        "    return steps.stored;",
        "  }"));
  }

  @Test
  void aStageTakingAPrimitiveIsCalledRatherThanItsBoxedOverload() throws Exception {
    assertEquals(List.of(20), run("Boxes",
        "  private final java.util.List<Integer> stored = new java.util.concurrent.CopyOnWriteArrayList<>();",
        "  @dev.shuttle.Stage int step(int in) { return in + 1; }",
        "  @dev.shuttle.Stage int step(Integer in) { return in * 10; }",
        "  @dev.shuttle.Stage void store(int in) { stored.add(in); }",
        "  static Object run() {",
        "    Boxes boxes = new Boxes();",
        "    BoxesPipeline pipeline = BoxesPipeline.start(boxes);",
        "    pipeline.submit(1);",
        "    pipeline.close().join();",
        "    return boxes.stored;",
        "  }"));
  }

  /** Compiles {@code @Pipeline class name} with {@code body} (warnings fail it) and calls its static {@code run()}. */
  private static Object run(String name, String... body) throws Exception {
    String[] lines = new String[body.length + 4];
    lines[0] = "package test;";
    lines[1] = "@dev.shuttle.Pipeline";
    lines[2] = "class " + name + " {";
    System.arraycopy(body, 0, lines, 3, body.length);
    lines[lines.length - 1] = "}";
    return new CompiledClasses(compile(source("test." + name, lines))).call("test." + name, "run");
  }
}
