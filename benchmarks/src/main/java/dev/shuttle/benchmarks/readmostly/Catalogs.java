package dev.shuttle.benchmarks.readmostly;

import dev.shuttle.LockStrategy;
import dev.shuttle.Read;
import dev.shuttle.ReadMostly;
import dev.shuttle.Write;
import java.util.HashMap;
import java.util.Map;

/**
 * The user's catalog as a {@code @ReadMostly} user writes it, once per strategy: the benchmark
 * measures the {@code ConcurrentCatalogs_*} classes the processor generates from these.
 */
final class Catalogs {
  private Catalogs() {}

  /** The work: a plain map, {@code @Read} lookups and {@code @Write} replacements. */
  abstract static class Body implements LockBenchmark.Store {
    private final Map<Integer, Integer> items = new HashMap<>();

    @Read
    @Override
    public Integer find(Integer key) {
      return LockBenchmark.lookup(items, key);
    }

    @Write
    @Override
    public void put(Integer key, Integer value) {
      items.put(key, value);
    }
  }

  @ReadMostly(lock = LockStrategy.MUTEX)
  static class Mutex extends Body {}

  @ReadMostly(lock = LockStrategy.READ_WRITE)
  static class ReadWrite extends Body {}

  @ReadMostly(lock = LockStrategy.STAMPED)
  static class Stamped extends Body {}

  @ReadMostly(lock = LockStrategy.STAMPED)
  static class Optimistic extends Body {
    @Read(optimistic = true)
    @Override
    public Integer find(Integer key) {
      return super.find(key);
    }
  }
}
