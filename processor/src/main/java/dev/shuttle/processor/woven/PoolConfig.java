package dev.shuttle.processor.woven;

import static dev.shuttle.processor.RuntimeNames.POOL_SPEC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.shuttle.Overflow;
import dev.shuttle.Pool;
import dev.shuttle.Sizing;
import dev.shuttle.processor.AnnotationOn;
import dev.shuttle.processor.Literals;
import dev.shuttle.processor.Problems;
import dev.shuttle.processor.ValidationReport;
import java.util.Map;

/**
 * A {@code @Pool}'s settings, validated: what the generated code hands the runtime as a
 * {@code PoolSpec}. Parameters a sizing does not use are 0, so equal configs mean one pool.
 */
record PoolConfig(Sizing sizing, double waitRatio, int threads, int maxThreads, int queue, Overflow overflow) {
  private static final ClassName OVERFLOW = ClassName.get(Overflow.class);
  private static final int DEFAULT_QUEUE = 10_000;
  private static final double DEFAULT_WAIT_RATIO = 9.0;

  /** A class's default pool when it declares none. */
  static final PoolConfig DEFAULT = new PoolConfig(Sizing.MIXED, 0, 0, 0, DEFAULT_QUEUE, Overflow.BLOCK);

  /** {@code Pool.CPU} and {@code Pool.IO}, which need no declaration. */
  static final Map<String, PoolConfig> BUILT_IN = Map.of(
      Pool.CPU, new PoolConfig(Sizing.CPU_BOUND, 0, 0, 0, DEFAULT_QUEUE, Overflow.BLOCK),
      Pool.IO, new PoolConfig(Sizing.IO_BOUND, DEFAULT_WAIT_RATIO, 0, 0, DEFAULT_QUEUE, Overflow.BLOCK));

  /** The settings of {@code pool}, or {@code null} after reporting why they make no sense. */
  static PoolConfig read(AnnotationOn<Pool> pool, ValidationReport report) {
    Pool values = pool.values();
    Sizing sizing = values.sizing();
    boolean ok = true;
    if (pool.isWritten(Pool::waitRatio)) {
      double waitRatio = values.waitRatio();
      if (!(waitRatio >= 0) || Double.isInfinite(waitRatio)) {
        report.add(Problems.poolWaitRatio(waitRatio), pool, Pool::waitRatio);
        ok = false;
      } else if (!usesWaitRatio(sizing)) {
        report.add(Problems.poolWaitRatioUnused(waitRatio, sizing), pool, Pool::waitRatio);
        ok = false;
      }
    }
    if (sizing == Sizing.FIXED) {
      if (values.threads() < 1) {
        report.add(Problems.poolFixedThreads(values.threads()), pool,
            pool.isWritten(Pool::threads) ? Pool::threads : Pool::sizing);
        ok = false;
      } else if (values.threads() > Pool.MAX_THREADS) {
        report.add(Problems.poolThreadsTooLarge("threads", values.threads()), pool, Pool::threads);
        ok = false;
      }
    } else if (pool.isWritten(Pool::threads)) {
      report.add(Problems.poolThreadsUnused(values.threads(), sizing), pool, Pool::threads);
      ok = false;
    }
    if (pool.isWritten(Pool::maxThreads)) {
      if (sizing != Sizing.ADAPTIVE) {
        report.add(Problems.poolMaxThreadsUnused(values.maxThreads(), sizing), pool, Pool::maxThreads);
        ok = false;
      } else if (values.maxThreads() < 1) {
        report.add(Problems.poolMaxThreads(values.maxThreads()), pool, Pool::maxThreads);
        ok = false;
      } else if (values.maxThreads() > Pool.MAX_THREADS) {
        report.add(Problems.poolThreadsTooLarge("maxThreads", values.maxThreads()), pool, Pool::maxThreads);
        ok = false;
      }
    }
    if (values.queue() < 1) {
      report.add(Problems.poolQueue(values.queue()), pool, Pool::queue);
      ok = false;
    }
    if (!ok) {
      return null;
    }
    return new PoolConfig(sizing, usesWaitRatio(sizing) ? values.waitRatio() : 0, values.threads(),
        values.maxThreads(), values.queue(), values.overflow());
  }

  /** The sizings whose thread count follows the wait/compute ratio. */
  private static boolean usesWaitRatio(Sizing sizing) {
    return switch (sizing) {
      case IO_BOUND, VIRTUAL -> true;
      case CPU_BOUND, MIXED, FIXED, ADAPTIVE -> false;
    };
  }

  /** {@code PoolSpec.ioBound(9.0)}, {@code PoolSpec.fixed(4).withQueue(100, Overflow.REJECT)}. */
  CodeBlock initializer() {
    CodeBlock spec = switch (sizing) {
      case CPU_BOUND -> CodeBlock.of("$T.cpuBound()", POOL_SPEC);
      case IO_BOUND -> CodeBlock.of("$T.ioBound($L)", POOL_SPEC, Literals.decimal(waitRatio));
      case MIXED -> CodeBlock.of("$T.mixed()", POOL_SPEC);
      case FIXED -> CodeBlock.of("$T.fixed($L)", POOL_SPEC, Literals.grouped(threads));
      case VIRTUAL -> CodeBlock.of("$T.virtual($L)", POOL_SPEC, Literals.decimal(waitRatio));
      case ADAPTIVE -> CodeBlock.of("$T.adaptive($L)", POOL_SPEC, Literals.grouped(maxThreads));
    };
    if (queue != DEFAULT_QUEUE || overflow != Overflow.BLOCK) {
      spec = CodeBlock.of("$L.withQueue($L, $T.$L)", spec, Literals.grouped(queue), OVERFLOW, overflow);
    }
    return spec;
  }

  /** {@code IO_BOUND, cores * (1 + 9.0) threads, queue of 10000, callers wait when full}. */
  String describe() {
    String threadCount = switch (sizing) {
      case CPU_BOUND -> "one thread per core";
      case IO_BOUND -> "cores * (1 + " + waitRatio + ") threads";
      case MIXED -> "2 * cores threads";
      case FIXED -> Literals.count(threads, "thread");
      case VIRTUAL -> "a virtual thread per task on JDK 21+, else cores * (1 + " + waitRatio + ") threads";
      case ADAPTIVE -> "cores to " + (maxThreads == 0 ? "cores * 10" : String.valueOf(maxThreads))
          + " threads, following the measured wait/compute ratio";
    };
    String bound = sizing == Sizing.VIRTUAL ? "at most " + queue + " tasks at once" : "queue of " + queue;
    String whenFull = switch (overflow) {
      case BLOCK -> "callers wait when full";
      case REJECT -> "calls refused when full";
    };
    return sizing + ", " + threadCount + ", " + bound + ", " + whenFull;
  }
}
