package dev.shuttle.benchmarks.readmostly;

import dev.shuttle.benchmarks.readmostly.LockBenchmark.Store;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;

/**
 * {@link LockBenchmark}'s comparisons for shared, busy machines, where run-to-run noise (other
 * builds) dwarfs a 10% difference: one Shuttle strategy and its hand-written peer in one JVM,
 * run in alternating 100 ms slices by the same threads, so that both see the same machine; the
 * result is the median of the per-slice-pair throughput ratios (Shuttle / peer) and its quartiles.
 * Only two receivers reach each call site, so both stay inlined.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.shuttle.benchmarks.readmostly.LockPairs \
 *     shuttle-STAMPED StampedLock 4 95 [slicePairs [lookupsPerRead]]
 * </pre>
 */
public final class LockPairs {
  private static final long SLICE_NANOS = 100_000_000L;

  private final Store[] stores;
  private final int readPercent;
  private volatile int current = -1; // index into stores; -1 = idle; -2 = exit
  private final AtomicLongArray counts; // per thread at [16 * thread + 8]: a line each

  private LockPairs(Store[] stores, int threads, int readPercent) {
    this.stores = stores;
    this.readPercent = readPercent;
    this.counts = new AtomicLongArray(16 * threads + 16);
  }

  public static void main(String[] args) throws Exception {
    String shuttle = args[0];
    String peer = args[1];
    int threads = Integer.parseInt(args[2]);
    int readPercent = Integer.parseInt(args[3]);
    int pairs = args.length > 4 ? Integer.parseInt(args[4]) : 30;
    LockBenchmark.lookups = args.length > 5 ? Integer.parseInt(args[5]) : 1;
    Store[] stores = {LockBenchmark.create(shuttle), LockBenchmark.create(peer)};
    for (Store store : stores) {
      for (int i = 0; i < LockBenchmark.SIZE; i++) {
        store.put(i, i);
      }
    }
    LockPairs run = new LockPairs(stores, threads, readPercent);
    double[] ratios = run.measure(threads, pairs);
    double[] sorted = ratios.clone();
    Arrays.sort(sorted);
    System.out.printf("%s/%s threads=%d reads=%d%% lookups=%d: ratio median %.3f [q1 %.3f, q3 %.3f] over %d slice pairs%n",
        shuttle, peer, threads, readPercent, LockBenchmark.lookups, sorted[sorted.length / 2],
        sorted[sorted.length / 4], sorted[3 * sorted.length / 4], sorted.length);
  }

  private double[] measure(int threads, int pairs) throws InterruptedException {
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int index = t;
      Thread worker = new Thread(() -> work(index), "pair-" + t);
      worker.setDaemon(true);
      worker.start();
      workers.add(worker);
    }
    int warmupPairs = 10;
    double[] ratios = new double[pairs];
    for (int p = 0; p < warmupPairs + pairs; p++) {
      boolean shuttleFirst = p % 2 == 0; // alternate the order too
      long a = slice(shuttleFirst ? 0 : 1);
      long b = slice(shuttleFirst ? 1 : 0);
      long shuttleOps = shuttleFirst ? a : b;
      long peerOps = shuttleFirst ? b : a;
      if (p >= warmupPairs) {
        ratios[p - warmupPairs] = shuttleOps / (double) Math.max(1, peerOps);
      }
    }
    current = -2;
    for (Thread worker : workers) {
      worker.join();
    }
    return ratios;
  }

  /** Runs every thread on one store for a slice; returns the operations done. */
  private long slice(int store) {
    long before = total();
    current = store;
    LockSupport.parkNanos(SLICE_NANOS);
    current = -1;
    LockSupport.parkNanos(1_000_000L); // let the workers notice and stop counting
    return total() - before;
  }

  private long total() {
    long sum = 0;
    for (int i = 8; i < counts.length(); i += 16) {
      sum += counts.get(i);
    }
    return sum;
  }

  private void work(int index) {
    int slot = 16 * index + 8;
    int x = (int) System.nanoTime() | 1;
    for (;;) {
      int store = current;
      if (store == -2) {
        return;
      }
      if (store < 0) {
        Thread.onSpinWait();
        continue;
      }
      Store s = stores[store];
      long done = 0;
      for (int i = 0; i < 256; i++) {
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        Integer key = LockBenchmark.boxed((x >>> 16) % LockBenchmark.SIZE);
        if ((x & 0xFFFF) % 100 < readPercent) {
          if (s.find(key) == null) {
            throw new AssertionError(key);
          }
        } else {
          s.put(key, LockBenchmark.boxed(x & 1023));
        }
        done++;
      }
      if (current == store) { // a batch that straddles the end of its slice is not counted
        counts.lazySet(slot, counts.get(slot) + done); // one writer per slot: a release store
      }
    }
  }
}
