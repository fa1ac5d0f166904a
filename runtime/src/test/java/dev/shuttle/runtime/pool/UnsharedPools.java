package dev.shuttle.runtime.pool;

/** Pools outside the {@link TaskPools} registry, for tests in other packages. */
public final class UnsharedPools {
  private UnsharedPools() {}

  public static TaskPool create(String name, PoolSpec spec) {
    return new TaskPool(name, spec);
  }
}
