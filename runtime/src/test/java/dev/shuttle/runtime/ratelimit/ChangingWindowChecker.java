package dev.shuttle.runtime.ratelimit;

import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Checks the bound across changes of limit on a record of grants: for every set of grants, the
 * permits they took are at most {@code B + (the integral of the rate in force)} over the shortest
 * interval that surely holds them all, {@code B} being the largest burst in force in it.
 *
 * <p>Where the instant a change took effect is known only to lie within an interval, both limits
 * count as in force there (the larger rate and burst), so the check never blames the limiter for
 * what the test cannot see. Grant times are in nanoseconds from an origin, each known to lie in
 * {@code [lo, hi]}. The sum is worked out in doubles, and exactly when it comes close.
 */
final class ChangingWindowChecker {
  private final long origin;
  private final List<Era> eras = new ArrayList<>();
  private final List<long[]> grants = new ArrayList<>(); // {lo, hi, permits}, ns from the origin
  private TreeSet<Long> cuts; // every era boundary, during a check

  /** A limit, in force at some instants of {@code [from, to]} and surely in force strictly inside. */
  private record Era(RateLimit limit, long from, long to) {}

  ChangingWindowChecker(RateLimit limit, long originNanos) {
    this.origin = originNanos;
    eras.add(new Era(limit, Long.MIN_VALUE, Long.MAX_VALUE));
  }

  /** The limit became {@code limit} at some instant of {@code [fromNanos, toNanos]}. */
  synchronized void change(RateLimit limit, long fromNanos, long toNanos) {
    Era last = eras.remove(eras.size() - 1);
    eras.add(new Era(last.limit, last.from, toNanos - origin));
    eras.add(new Era(limit, fromNanos - origin, Long.MAX_VALUE));
  }

  /** {@code permits} taken exactly at {@code nanos}. */
  synchronized void exact(long nanos, int permits) {
    grants.add(new long[] {nanos - origin, nanos - origin, permits});
  }

  /** {@code permits} due at some instant in {@code (dueNanos - 1, dueNanos]}. */
  synchronized void waited(long dueNanos, int permits) {
    grants.add(new long[] {dueNanos - origin - 1, dueNanos - origin, permits});
  }

  /** {@code permits} accounted at some instant in {@code [fromNanos, toNanos]}. */
  synchronized void between(long fromNanos, long toNanos, int permits) {
    grants.add(new long[] {fromNanos - origin, toNanos - origin, permits});
  }

  synchronized long permits() {
    return grants.stream().mapToLong(g -> g[2]).sum();
  }

  synchronized void check(String context) {
    cuts = new TreeSet<>();
    for (Era era : eras) {
      cuts.add(era.from);
      cuts.add(era.to);
    }
    List<long[]> sorted = new ArrayList<>(grants);
    sorted.sort(Comparator.comparingLong(g -> g[0]));
    int n = sorted.size();
    long[] after = new long[n + 1]; // permits of the grants from j on
    for (int j = n - 1; j >= 0; j--) {
      after[j] = after[j + 1] + sorted.get(j)[2];
    }
    for (int i = 0; i < n; i++) {
      long lo = sorted.get(i)[0];
      long maxHi = Long.MIN_VALUE;
      long count = 0;
      for (int j = i; j < n; j++) {
        maxHi = Math.max(maxHi, sorted.get(j)[1]);
        count += sorted.get(j)[2];
        double allowed = allowance(lo, maxHi);
        if (count > allowed - 1e-6 * (1 + allowed) && !withinExactly(count, lo, maxHi)) {
          fail(context + ": " + count + " permits within [" + lo + ", " + maxHi + "] ns, but the limits in force allow "
              + allowed + " (" + eras + ")");
        }
        if (allowed - count > after[j + 1] + 1) {
          break; // the allowance only grows with j: too few permits are left to break it
        }
      }
    }
  }

  private double allowance(long from, long to) {
    if (cuts.subSet(from, false, to, false).isEmpty()) { // one piece: the common case
      RateLimit limit = fastest(from, to);
      return largestBurst(from, to) + (double) limit.permits() * (to - from) / limit.periodNanos();
    }
    double sum = largestBurst(from, to);
    for (long[] piece : pieces(from, to)) {
      RateLimit limit = fastest(piece[0], piece[1]);
      sum += (double) limit.permits() * (piece[1] - piece[0]) / limit.periodNanos();
    }
    return sum;
  }

  private boolean withinExactly(long count, long from, long to) {
    // count <= B + sum(permits * length / period), times the product of the periods
    BigInteger denominator = BigInteger.ONE;
    List<long[]> pieces = pieces(from, to);
    List<RateLimit> limits = new ArrayList<>();
    for (long[] piece : pieces) {
      RateLimit limit = fastest(piece[0], piece[1]);
      limits.add(limit);
      denominator = denominator.multiply(BigInteger.valueOf(limit.periodNanos()));
    }
    BigInteger allowed = BigInteger.valueOf(largestBurst(from, to)).multiply(denominator);
    for (int k = 0; k < pieces.size(); k++) {
      RateLimit limit = limits.get(k);
      allowed = allowed.add(BigInteger.valueOf(limit.permits()).multiply(BigInteger.valueOf(pieces.get(k)[1] - pieces.get(k)[0]))
          .multiply(denominator).divide(BigInteger.valueOf(limit.periodNanos())));
    }
    return BigInteger.valueOf(count).multiply(denominator).compareTo(allowed) <= 0;
  }

  /** {@code [from, to]} cut at every era boundary inside it. */
  private List<long[]> pieces(long from, long to) {
    TreeSet<Long> inside = new TreeSet<>(cuts.subSet(from, false, to, false));
    inside.add(from);
    inside.add(to);
    List<long[]> pieces = new ArrayList<>();
    Long previous = null;
    for (long cut : inside) {
      if (previous != null) {
        pieces.add(new long[] {previous, cut});
      }
      previous = cut;
    }
    return pieces;
  }

  /** The fastest limit that may be in force somewhere in the piece {@code [from, to]}. */
  private RateLimit fastest(long from, long to) {
    RateLimit fastest = null;
    for (Era era : eras) {
      if (era.from < to && era.to > from || from == to && era.from <= from && era.to >= from) {
        RateLimit limit = era.limit;
        if (fastest == null || BigInteger.valueOf(limit.permits()).multiply(BigInteger.valueOf(fastest.periodNanos()))
            .compareTo(BigInteger.valueOf(fastest.permits()).multiply(BigInteger.valueOf(limit.periodNanos()))) > 0) {
          fastest = limit;
        }
      }
    }
    return fastest;
  }

  private long largestBurst(long from, long to) {
    long burst = 0;
    for (Era era : eras) {
      if (era.from <= to && era.to >= from) {
        burst = Math.max(burst, era.limit.burst());
      }
    }
    return burst;
  }
}
