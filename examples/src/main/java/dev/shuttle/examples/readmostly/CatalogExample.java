package dev.shuttle.examples.readmostly;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Six reader threads and two writer threads share one {@code ConcurrentCatalog}; readers check
 * that the catalog's total always matches its prices, which would fail on the bare HashMap.
 */
public final class CatalogExample {
  static final int READERS = 6;
  static final int WRITERS = 2;
  static final int OPERATIONS = 20_000;

  public static void main(String[] args) throws Exception {
    Catalog catalog = new ConcurrentCatalog();
    for (int i = 0; i < 100; i++) {
      catalog.put("item-" + i, 10);
    }
    AtomicLong reads = new AtomicLong();
    AtomicLong writes = new AtomicLong();
    AtomicLong inconsistent = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    for (int r = 0; r < READERS; r++) {
      threads.add(new Thread(() -> {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < OPERATIONS; i++) {
          catalog.price("item-" + random.nextInt(100));
          if (i % 100 == 0 && !catalog.consistent()) {
            inconsistent.incrementAndGet();
          }
          reads.incrementAndGet();
        }
      }, "reader-" + r));
    }
    for (int w = 0; w < WRITERS; w++) {
      threads.add(new Thread(() -> {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < OPERATIONS / 10; i++) {
          catalog.put("item-" + random.nextInt(120), random.nextInt(1, 100));
          writes.incrementAndGet();
        }
      }, "writer-" + w));
    }
    threads.forEach(Thread::start);
    for (Thread thread : threads) {
      thread.join();
    }
    System.out.printf("readmostly: %d readers made %d reads, %d writers made %d writes; catalog holds %d items%n",
        READERS, reads.get(), WRITERS, writes.get(), catalog.size());
    System.out.printf("readmostly: %d inconsistent totals seen by readers -> %s%n", inconsistent.get(),
        inconsistent.get() == 0 && catalog.consistent() ? "invariant held" : "INVARIANT BROKEN");
    if (inconsistent.get() != 0 || !catalog.consistent()) {
      throw new IllegalStateException("a reader saw a half-done write");
    }
  }

  private CatalogExample() {}
}
