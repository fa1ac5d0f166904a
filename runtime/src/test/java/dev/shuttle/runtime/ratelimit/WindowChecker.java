package dev.shuttle.runtime.ratelimit;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks the rate-limit bound on a record of grants: for every set of grants, their count is at
 * most {@code burst + permits * t / period}, where {@code t} is the length of the shortest
 * interval that surely holds all of them.
 *
 * <p>Time is in ticks of {@code 1/permits} ns, so the bound is exact integer arithmetic. Each
 * grant is known to have happened somewhere in {@code [lo, hi]}: exactly at its clock reading for
 * a permit taken at once; within the nanosecond before the time a waiter resumed for a permit it
 * waited for (a waiter resumes at the first whole ns at or after its permit's exact due time).
 */
final class WindowChecker {
  private final RateLimit limit;
  private final long origin;
  private final List<long[]> grants = new ArrayList<>(); // {lo, hi} in ticks

  WindowChecker(RateLimit limit, long originNanos) {
    this.limit = limit;
    this.origin = originNanos;
  }

  /** A permit accounted exactly at {@code nanos}. */
  synchronized void exact(long nanos) {
    long t = ticks(nanos);
    grants.add(new long[] {t, t});
  }

  /** A permit due at some instant in {@code (dueNanos - 1, dueNanos]}. */
  synchronized void waited(long dueNanos) {
    long t = ticks(dueNanos);
    grants.add(new long[] {t - limit.permits() + 1, t});
  }

  /** A permit accounted at some instant in {@code [fromNanos, toNanos]}. */
  synchronized void between(long fromNanos, long toNanos) {
    grants.add(new long[] {ticks(fromNanos), ticks(toNanos)});
  }

  synchronized int size() {
    return grants.size();
  }

  synchronized void check(String context) {
    List<long[]> sorted = new ArrayList<>(grants);
    sorted.sort(Comparator.comparingLong(g -> g[0]));
    int n = sorted.size();
    for (int i = 0; i < n; i++) {
      long lo = sorted.get(i)[0];
      long maxHi = Long.MIN_VALUE;
      for (int j = i; j < n; j++) {
        maxHi = Math.max(maxHi, sorted.get(j)[1]);
        long count = j - i + 1;
        long allowed = limit.burst() + Math.floorDiv(maxHi - lo, limit.periodNanos());
        if (count > allowed) {
          fail(context + ": " + count + " permits within " + (maxHi - lo) + "/" + limit.permits()
              + " ns, but " + limit + " allows " + allowed);
        }
        if (allowed - count >= n - 1 - j) {
          break; // the allowance only grows with j: too few grants are left to break it
        }
      }
    }
  }

  private long ticks(long nanos) {
    return Math.multiplyExact(nanos - origin, limit.permits());
  }
}
