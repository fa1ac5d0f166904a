package dev.shuttle.processor.woven;

/**
 * A pool the woven class uses: its registry name, its settings, and the members that hold it.
 *
 * @param name what {@code TaskPools.shared} is given: the pool's name, or for a class's default
 *     pool the class's qualified name
 * @param field the instance field with the pool: {@code pool}, {@code cpuPool}
 * @param constant the static {@code PoolSpec}: {@code POOL}, {@code CPU_POOL}
 */
record PoolRef(String name, PoolConfig config, String field, String constant) {

  /** Two lines for an override's Javadoc: which pool, and how it is sized and queued. */
  String describe() {
    return "pool {@code \"" + name + "\"}\n(" + config.describe() + ")";
  }
}
