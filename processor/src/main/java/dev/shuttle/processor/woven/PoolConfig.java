package dev.shuttle.processor.woven;

import static dev.shuttle.processor.RuntimeNames.POOL_SPEC;

import dev.shuttle.Overflow;
import static dev.shuttle.processor.AnnotationMirrors.explicitValue;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.shuttle.processor.AnnotationMirrors;
import dev.shuttle.processor.Messages;
import dev.shuttle.processor.ValidationReport;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * A {@code @Pool}'s settings, validated: what the generated code hands the runtime as a
 * {@code PoolSpec}. Parameters a sizing does not use are 0, so equal configs mean one pool.
 */
record PoolConfig(String sizing, double waitRatio, int threads, int maxThreads, int queue, String overflow) {
  private static final ClassName OVERFLOW = ClassName.get(Overflow.class);
  private static final int DEFAULT_QUEUE = 10_000;
  private static final double DEFAULT_WAIT_RATIO = 9.0;

  /** A class's default pool when it declares none. */
  static final PoolConfig DEFAULT = new PoolConfig("MIXED", 0, 0, 0, DEFAULT_QUEUE, "BLOCK");

  /** {@code Pool.CPU} and {@code Pool.IO}, which need no declaration. */
  static final Map<String, PoolConfig> BUILT_IN = Map.of(
      "cpu", new PoolConfig("CPU_BOUND", 0, 0, 0, DEFAULT_QUEUE, "BLOCK"),
      "io", new PoolConfig("IO_BOUND", DEFAULT_WAIT_RATIO, 0, 0, DEFAULT_QUEUE, "BLOCK"));

  /** The settings of {@code mirror}, a {@code @Pool} on {@code type}, or {@code null} after reporting why they make no sense. */
  static PoolConfig read(Element type, AnnotationMirror mirror, Elements elements, ValidationReport report) {
    String sizing = AnnotationMirrors.enumValue(elements, mirror, "sizing");
    double waitRatio = (Double) AnnotationMirrors.value(elements, mirror, "waitRatio").getValue();
    int threads = AnnotationMirrors.intValue(elements, mirror, "threads");
    int maxThreads = AnnotationMirrors.intValue(elements, mirror, "maxThreads");
    int queue = AnnotationMirrors.intValue(elements, mirror, "queue");
    boolean usesWaitRatio = sizing.equals("IO_BOUND") || sizing.equals("VIRTUAL");
    boolean ok = true;
    if (explicitValue(mirror, "waitRatio") != null) {
      if (!(waitRatio >= 0) || Double.isInfinite(waitRatio)) {
        report.error(Messages.poolWaitRatio(waitRatio), type, mirror, explicitValue(mirror, "waitRatio"));
        ok = false;
      } else if (!usesWaitRatio) {
        report.error(Messages.poolParameterUnused("waitRatio", String.valueOf(waitRatio), sizing, "IO_BOUND and VIRTUAL"),
            type, mirror, explicitValue(mirror, "waitRatio"));
        ok = false;
      }
    }
    if (sizing.equals("FIXED")) {
      if (threads < 1) {
        report.error(Messages.poolFixedThreads(threads), type, mirror,
            explicitValue(mirror, explicitValue(mirror, "threads") != null ? "threads" : "sizing"));
        ok = false;
      }
    } else if (explicitValue(mirror, "threads") != null) {
      report.error(Messages.poolParameterUnused("threads", String.valueOf(threads), sizing, "FIXED"),
          type, mirror, explicitValue(mirror, "threads"));
      ok = false;
    }
    if (explicitValue(mirror, "maxThreads") != null) {
      if (!sizing.equals("ADAPTIVE")) {
        report.error(Messages.poolParameterUnused("maxThreads", String.valueOf(maxThreads), sizing, "ADAPTIVE"),
            type, mirror, explicitValue(mirror, "maxThreads"));
        ok = false;
      } else if (maxThreads < 1) {
        report.error(Messages.poolMaxThreads(maxThreads), type, mirror, explicitValue(mirror, "maxThreads"));
        ok = false;
      }
    }
    if (queue < 1) {
      report.error(Messages.poolQueue(queue), type, mirror, explicitValue(mirror, "queue"));
      ok = false;
    }
    if (!ok) {
      return null;
    }
    return new PoolConfig(sizing, usesWaitRatio ? waitRatio : 0, threads, maxThreads, queue,
        AnnotationMirrors.enumValue(elements, mirror, "overflow"));
  }

  /** {@code PoolSpec.ioBound(9.0)}, {@code PoolSpec.fixed(4).withQueue(100, Overflow.REJECT)}. */
  CodeBlock initializer() {
    CodeBlock spec = switch (sizing) {
      case "CPU_BOUND" -> CodeBlock.of("$T.cpuBound()", POOL_SPEC);
      case "IO_BOUND" -> CodeBlock.of("$T.ioBound($L)", POOL_SPEC, waitRatio);
      case "FIXED" -> CodeBlock.of("$T.fixed($L)", POOL_SPEC, threads);
      case "VIRTUAL" -> CodeBlock.of("$T.virtual($L)", POOL_SPEC, waitRatio);
      case "ADAPTIVE" -> CodeBlock.of("$T.adaptive($L)", POOL_SPEC, maxThreads);
      default -> CodeBlock.of("$T.mixed()", POOL_SPEC);
    };
    if (queue != DEFAULT_QUEUE || !overflow.equals("BLOCK")) {
      spec = CodeBlock.of("$L.withQueue($L, $T.$L)", spec, queue, OVERFLOW, overflow);
    }
    return spec;
  }

  /** {@code IO_BOUND, cores * (1 + 9.0) threads, queue of 10000, callers wait when full}. */
  String describe() {
    String threadCount = switch (sizing) {
      case "CPU_BOUND" -> "one thread per core";
      case "IO_BOUND" -> "cores * (1 + " + waitRatio + ") threads";
      case "FIXED" -> threads + (threads == 1 ? " thread" : " threads");
      case "VIRTUAL" -> "a virtual thread per task on JDK 21+, else cores * (1 + " + waitRatio + ") threads";
      case "ADAPTIVE" -> "cores to " + (maxThreads == 0 ? "cores * 10" : String.valueOf(maxThreads))
          + " threads, following the measured wait/compute ratio";
      default -> "2 * cores threads";
    };
    String bound = sizing.equals("VIRTUAL") ? "at most " + queue + " tasks at once" : "queue of " + queue;
    String whenFull = overflow.equals("BLOCK") ? "callers wait when full" : "calls refused when full";
    return sizing + ", " + threadCount + ", " + bound + ", " + whenFull;
  }
}
