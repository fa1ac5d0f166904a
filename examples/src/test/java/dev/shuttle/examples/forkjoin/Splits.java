package dev.shuttle.examples.forkjoin;

import dev.shuttle.ForkJoin;
import dev.shuttle.From;
import dev.shuttle.To;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** {@code @ForkJoin} test classes: several thresholds, every way to combine, failures and pools. */
final class Splits {
  private Splits() {}

  static class Sums {
    final AtomicInteger leaves = new AtomicInteger();

    @ForkJoin(threshold = 1)
    public long sumBy1(long[] a, @From int from, @To int to) {
      return loop(a, from, to);
    }

    @ForkJoin(threshold = 2)
    public long sumBy2(long[] a, @From int from, @To int to) {
      return loop(a, from, to);
    }

    @ForkJoin(threshold = 7)
    public long sumBy7(long[] a, @From int from, @To int to) {
      return loop(a, from, to);
    }

    @ForkJoin(threshold = 1_000)
    public long sumBy1000(long[] a, @From int from, @To int to) {
      return loop(a, from, to);
    }

    /** The threshold each call sizes from its range and pool. */
    @ForkJoin
    public long sumAuto(long[] a, @From int from, @To int to) {
      return loop(a, from, to);
    }

    /** AUTO on a pool of its own, with long bounds. */
    @ForkJoin(parallelism = 3)
    public long sumOfIndicesAuto(@From long from, @To long to) {
      leaves.incrementAndGet();
      long sum = 0;
      for (long i = from; i < to; i++) {
        sum += i;
      }
      return sum;
    }

    /** Long bounds, and a boxed result. */
    @ForkJoin(threshold = 3)
    public Long sumOfIndices(@From long from, @To long to) {
      leaves.incrementAndGet();
      long sum = 0;
      for (long i = from; i < to; i++) {
        sum += i;
      }
      return sum;
    }

    /** Doubles add up too (each leaf sums exact small integers, so the order does not matter). */
    @ForkJoin(threshold = 5)
    public double sumAsDouble(long[] a, @From int from, @To int to) {
      return loop(a, from, to);
    }

    private long loop(long[] a, int from, int to) {
      leaves.incrementAndGet();
      long sum = 0;
      for (int i = from; i < to; i++) {
        sum += a[i];
      }
      return sum;
    }
  }

  /** A combine that is not commutative: the order of the halves must be kept. */
  static class Text {
    @ForkJoin(threshold = 3, combine = "concat")
    public String digits(@From int from, @To int to) {
      StringBuilder out = new StringBuilder();
      for (int i = from; i < to; i++) {
        out.append(i % 10);
      }
      return out.toString();
    }

    String concat(String left, String right) {
      return left + right;
    }

    /** A combine over a numeric result replaces +. */
    @ForkJoin(threshold = 4, combine = "larger")
    public int max(int[] xs, @From int from, @To int to) {
      int max = Integer.MIN_VALUE;
      for (int i = from; i < to; i++) {
        max = Math.max(max, xs[i]);
      }
      return max;
    }

    static int larger(int a, int b) {
      return Math.max(a, b);
    }
  }

  static class Failing {
    final RuntimeException failure = new IllegalStateException("leaf 437 failed");
    final IOException checked = new IOException("disk gone");

    @ForkJoin(threshold = 10)
    public long sum(int failAt, @From int from, @To int to) {
      if (from <= failAt && failAt < to) {
        throw failure;
      }
      return to - from;
    }

    @ForkJoin(threshold = 10)
    public void read(@From int from, @To int to) throws IOException {
      if (from <= 500 && 500 < to) {
        throw checked;
      }
    }
  }

  static class Pools {
    final Set<String> threads = ConcurrentHashMap.newKeySet();

    @ForkJoin(threshold = 16, parallelism = 2)
    public void touch(boolean[] touched, @From int from, @To int to) {
      threads.add(Thread.currentThread().getName());
      for (int i = from; i < to; i++) {
        touched[i] = true;
      }
    }

    /** Each leaf calls another fork/join method: the nested calls run in the same pool. */
    @ForkJoin(threshold = 100)
    public long sumOfSums(@From int from, @To int to) {
      long total = 0;
      for (int i = from; i < to; i++) {
        total += triangle(0, i);
      }
      return total;
    }

    @ForkJoin(threshold = 10)
    public long triangle(@From int from, @To int to) {
      long sum = 0;
      for (int i = from; i < to; i++) {
        sum += i;
      }
      return sum;
    }
  }
}
