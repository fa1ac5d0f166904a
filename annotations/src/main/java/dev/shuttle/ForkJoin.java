package dev.shuttle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a method over a range in parallel by divide and conquer (work stealing). The method is the
 * sequential leaf: it computes its result for the range {@code [from, to)} given by its
 * {@link From @From} and {@link To @To} parameters. The processor generates
 * {@code ConcurrentFoo}, whose override splits the range in halves until a range holds at most
 * {@link #threshold()} elements (by default, a few ranges per worker), runs each such range on the
 * original method, and combines the results: with {@code +} for a numeric result ({@code byte},
 * {@code short}, {@code int}, {@code long}, {@code float}, {@code double} or their boxes),
 * otherwise with the method named by
 * {@link #combine()}. A {@code void} method just runs its ranges in parallel.
 *
 * <pre>{@code
 * @ForkJoin
 * public long sum(long[] array, @From int start, @To int end) {
 *   long s = 0;
 *   for (int i = start; i < end; i++) s += array[i];
 *   return s;
 * }
 * }</pre>
 *
 * <p>The halves run as a {@code RecursiveTask} (or {@code RecursiveAction}) on
 * {@code ForkJoinPool.commonPool()}, or on a pool of the method's own with
 * {@link #parallelism()}; called from inside a fork/join worker, the call runs in that worker's
 * pool instead of blocking it. The leaves must be independent of one another: they run at the
 * same time on the same arguments. An exception from a leaf reaches the caller unchanged.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface ForkJoin {

  /** The largest {@link #parallelism()}: 32,767 threads, the most a {@code ForkJoinPool} runs. */
  int MAX_PARALLELISM = 0x7fff;

  /**
   * {@link #threshold()} sized from each call: its range is split into about four leaves per
   * worker of the pool it runs in, the rule parallel streams follow.
   */
  int AUTO = 0;

  /**
   * The largest range the original method runs without splitting it further: at least 1, or
   * {@link #AUTO} (the default). A fixed threshold suits leaves whose cost varies a lot along
   * the range: pick it so that a leaf does some tens of microseconds of work, as smaller leaves
   * cost more in tasks than they gain in parallelism.
   */
  int threshold() default AUTO;

  /**
   * The name of a method of the same class that combines the results of two adjacent ranges,
   * {@code R merge(R left, R right)}, where {@code left} is the lower range's result. Required for
   * a result that is not numeric; for a numeric one it replaces {@code +}, e.g. to keep the
   * larger of the two. It may be static. {@code ""} (the default) means {@code +}.
   */
  String combine() default "";

  /**
   * Threads of a pool of this method's own ({@code shuttle-Foo.method-forkjoin-N}, daemon), for
   * work that must not compete with the rest of the process for the common pool. {@code 0} (the
   * default) uses {@code ForkJoinPool.commonPool()}. At most {@link #MAX_PARALLELISM}.
   */
  int parallelism() default 0;
}
