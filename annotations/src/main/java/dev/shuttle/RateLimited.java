package dev.shuttle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.TimeUnit;

/**
 * Limits how often a method runs: at most {@link #value()} calls per {@link #period()}
 * {@link #unit()}, with bursts of up to {@link #burst()} calls. On a class, it applies to every
 * public instance method. The processor generates {@code ConcurrentFoo}, whose overrides take a
 * permit before calling {@code super}.
 *
 * <p>{@code @RateLimited(100)} allows 100 calls per second, up to 100 at once after a quiet
 * second. Permits come due evenly, one every {@code period / value} (exactly, with no rounding
 * drift), and callers waiting for them are served in the order they asked.
 *
 * <p>When no permit is free, {@link #onLimit()} decides: {@link OnLimit#WAIT} (the default) blocks
 * until the caller's permit is due, {@link OnLimit#FAIL} throws {@code RateLimitExceededException}
 * at once, and {@link #maxWait()} bounds the wait. A method that returns {@code CompletionStage}
 * or {@code CompletableFuture} never blocks its caller: its body runs when its permit is due and
 * the returned future completes with the body's result.
 *
 * <pre>{@code
 * @RateLimited(value = 5000, period = 1, unit = TimeUnit.HOURS, name = "github")
 * class GitHubClient {
 *   Repo repo(@RateLimited.Key String token, String name) { ... }
 * }
 * }</pre>
 *
 * <p>By default every instance has its own bucket per method. {@link #name()} shares one bucket
 * across methods, instances and classes; {@link Key} gives each value of a parameter its own
 * bucket.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RateLimited {

  /**
   * The longest a full bucket may take to refill, in nanoseconds (2^59, about 18 years): the
   * interval between two permits, {@code period / value} rounded up to whole nanoseconds, times
   * the {@link #burst()} must not exceed it. The runtime's limiter keeps its arithmetic exact
   * within this range and refuses a longer one.
   */
  long MAX_REFILL_NANOS = 1L << 59;

  /** Permits per {@link #period()}; must be positive. */
  long value();

  /** The length of the period, in {@link #unit()}; must be positive. */
  long period() default 1;

  /** The unit of {@link #period()}. */
  TimeUnit unit() default TimeUnit.SECONDS;

  /**
   * How many calls may run back to back after a quiet spell (the bucket's capacity);
   * {@code 0} (the default) means the same as {@link #value()}. Use {@code 1} for evenly spaced
   * calls with no bursts.
   */
  long burst() default 0;

  /** What a call does when no permit is free yet. */
  OnLimit onLimit() default OnLimit.WAIT;

  /**
   * The longest a call waits for its permit, in {@link #maxWaitUnit()}: a call whose permit would
   * come later is refused at once with {@code RateLimitExceededException} and takes no permit.
   * {@code -1} (the default) waits as long as needed. Only with {@link OnLimit#WAIT}.
   */
  long maxWait() default -1;

  /** The unit of {@link #maxWait()}. */
  TimeUnit maxWaitUnit() default TimeUnit.MILLISECONDS;

  /**
   * A bucket name shared by every method, instance and class that uses it (a process-wide
   * registry). All uses of one name must give the same limit, or the first call that disagrees
   * fails with {@code IllegalStateException}. {@code ""} (the default) means one bucket per
   * instance and method.
   */
  String name() default "";

  /**
   * Marks the parameter whose value picks the bucket: each distinct value (by {@code equals})
   * gets its own, e.g. one per user or per API token. Buckets that are full again are forgotten,
   * so memory stays bounded however many keys come by. A {@code null} key is refused with
   * {@code NullPointerException}. At most one parameter per method.
   */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.PARAMETER)
  @interface Key {}

  /**
   * Marks the {@code int} parameter that says how many permits a call costs, e.g. a payload's size
   * against a limit in bytes per second. A cost of less than 1 or more than the burst is refused
   * with {@code IllegalArgumentException}, taking nothing. At most one parameter per method; not on
   * a method of an {@code @Actor} class whose limit waits.
   */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.PARAMETER)
  @interface Cost {}
}
