package dev.shuttle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a thread pool that the class's {@link Async} and {@link Race} methods run on.
 *
 * <pre>{@code
 * @Pool(sizing = Sizing.IO_BOUND, waitRatio = 9.0)                  // the class's default pool
 * @Pool(name = "thumbs", sizing = Sizing.FIXED, threads = 4)        // a named pool, shared by name
 * public class Thumbnailer {
 *   @Async public CompletableFuture<Image> resize(Image in) { ... }  // default pool
 *   @Async(pool = "thumbs") public void store(Image in) { ... }
 *   @Async(pool = Pool.CPU) public void index(Image in) { ... }     // built in
 * }
 * }</pre>
 *
 * <p>The unnamed {@code @Pool} configures the class's default pool, which its instances share;
 * without one, the default pool is {@link Sizing#MIXED} with the defaults below. A named
 * {@code @Pool} declares a pool that methods pick with {@code pool = "name"}: one pool per name
 * in the whole program, shared by every class that declares it (they must agree on its settings,
 * or the second one to start fails naming both). {@link #CPU} and {@link #IO} are built in and
 * need no declaration.
 *
 * <p>Threads are daemons named {@code shuttle-pool-<name>-<n>} (the default pool's name is the
 * class's qualified name). Tasks wait in a bounded queue; when it is full, {@link #overflow()}
 * decides: the caller waits for room ({@link Overflow#BLOCK}) or the call is refused
 * ({@link Overflow#REJECT}: the future fails, or a {@code void} method throws,
 * {@code RejectedExecutionException}). No task is ever dropped. {@code TaskPools.shutdownAll}
 * stops every pool gracefully.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Pool.List.class)
public @interface Pool {
  /**
   * The largest {@link #threads()} and {@link #maxThreads()}: 32,767, the most threads any Shuttle
   * pool, stage or phased run starts (and a {@code ForkJoinPool}'s own limit).
   */
  int MAX_THREADS = 0x7fff;

  /** The built-in pool for computation: {@link Sizing#CPU_BOUND}, default queue. */
  String CPU = "cpu";
  /** The built-in pool for blocking I/O: {@link Sizing#IO_BOUND} with the default {@link #waitRatio()}. */
  String IO = "io";

  /** The pool's name, for {@code pool = "name"}; {@code ""} (the default) configures the class's default pool. */
  String name() default "";

  /** The sizing formula. */
  Sizing sizing() default Sizing.MIXED;

  /**
   * Wait time over compute time of a typical task, for {@link Sizing#IO_BOUND} (and
   * {@link Sizing#VIRTUAL}'s fallback on JDKs without virtual threads): {@code 9.0} (the
   * default) means a task waits 90% of the time. Must be 0 or more.
   */
  double waitRatio() default 9.0;

  /** The number of threads, for {@link Sizing#FIXED} only (where it is required); at least 1. */
  int threads() default 0;

  /**
   * The most threads an {@link Sizing#ADAPTIVE} pool grows to; {@code 0} (the default) means
   * {@code cores × 10} (enough for tasks that wait 90% of the time).
   */
  int maxThreads() default 0;

  /** How many tasks may wait for a thread (for {@link Sizing#VIRTUAL}: run at once); at least 1. */
  int queue() default 10_000;

  /** What a call does when the queue is full. */
  Overflow overflow() default Overflow.BLOCK;

  /** Holds several {@code @Pool}s on one class; Java writes it for you when you repeat {@code @Pool}. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    Pool[] value();
  }
}
