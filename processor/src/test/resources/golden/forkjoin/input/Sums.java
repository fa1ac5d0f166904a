package golden;

import dev.shuttle.ForkJoin;
import dev.shuttle.From;
import dev.shuttle.To;

/**
 * The README's example: a numeric sum, a custom combine, a void method on a pool of its own, and a
 * sum whose threshold each call sizes from its range ({@code AUTO}).
 */
public class Sums {
  @ForkJoin
  public long total(long[] array, @From int start, @To int end) {
    long s = 0;
    for (int i = start; i < end; i++) {
      s += array[i];
    }
    return s;
  }

  @ForkJoin(threshold = 10_000)
  public long sum(long[] array, @From int start, @To int end) {
    long s = 0;
    for (int i = start; i < end; i++) {
      s += array[i];
    }
    return s;
  }

  @ForkJoin(threshold = 4_096, combine = "merge")
  public Histogram histogram(int[] xs, @From int lo, @To int hi) {
    Histogram h = new Histogram();
    for (int i = lo; i < hi; i++) {
      h.add(xs[i]);
    }
    return h;
  }

  Histogram merge(Histogram a, Histogram b) {
    return a.plus(b);
  }

  @ForkJoin(threshold = 1 << 16, parallelism = 4)
  public void fill(double[] out, @From long from, @To long to, double value) {
    for (long i = from; i < to; i++) {
      out[(int) i] = value;
    }
  }

  public static final class Histogram {
    final int[] counts = new int[16];

    void add(int x) {
      counts[x & 15]++;
    }

    Histogram plus(Histogram other) {
      Histogram h = new Histogram();
      for (int i = 0; i < counts.length; i++) {
        h.counts[i] = counts[i] + other.counts[i];
      }
      return h;
    }
  }
}
