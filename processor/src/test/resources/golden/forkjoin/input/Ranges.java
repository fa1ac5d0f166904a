package golden;

import dev.shuttle.ForkJoin;
import dev.shuttle.From;
import dev.shuttle.To;
import java.io.IOException;
import java.util.function.Predicate;

/**
 * The corners: parameters named like the task's locals, a boxed and a narrow result, a combine
 * named like a ForkJoinTask method, a static combine, type variables and a checked exception.
 */
public class Ranges<E> {
  @ForkJoin(threshold = 100)
  public Integer count(@From int left, @To int right, int middle) {
    return right - left;
  }

  @ForkJoin(threshold = 8)
  public short checksum(byte[] bytes, @From int from, @To int to) {
    short s = 0;
    for (int i = from; i < to; i++) {
      s += bytes[i];
    }
    return s;
  }

  @ForkJoin(threshold = 1_000, combine = "join")
  public String concat(String[] parts, @From int from, @To int to) throws IOException {
    return String.join("", java.util.Arrays.asList(parts).subList(from, to));
  }

  String join(String a, String b) {
    return a + b;
  }

  @ForkJoin(threshold = 50, combine = "max")
  public long longest(@From long from, @To long to) {
    return to - from;
  }

  static long max(long a, long b) {
    return Math.max(a, b);
  }

  @ForkJoin(threshold = 10, combine = "first")
  public E pick(E[] items, @From int from, @To int to) {
    return items[from];
  }

  E first(E a, E b) {
    return a;
  }

  @ForkJoin(threshold = 10)
  public <T> long countMatches(T[] items, @From int from, @To int to, Predicate<? super T> test) {
    long n = 0;
    for (int i = from; i < to; i++) {
      n += test.test(items[i]) ? 1 : 0;
    }
    return n;
  }

  /** AUTO on a pool of its own, with long bounds and a parameter named like the task's threshold field. */
  @ForkJoin(parallelism = 2)
  public long spread(@From long from, @To long to, long threshold) {
    return to - from;
  }
}
