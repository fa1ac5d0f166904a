package dev.shuttle.runtime;

import java.util.Arrays;

/**
 * The read locks one thread holds, each with the method that took it. The {@code READ_WRITE}
 * and {@code STAMPED} strategies keep it so that a nested read proceeds without blocking and a
 * nested write can name the read it would upgrade. Confined to its thread: no synchronization.
 *
 * <p>Its cost is on every outermost read, so it is shaped by measurement:
 * <ul>
 *   <li>One {@code ThreadLocal} for all locks, not one per lock: its slot in every thread's map
 *       is fixed, so a lookup is a hash and one probe however many locks exist (about 1.5 ns,
 *       paid on enter and on exit).
 *   <li>Locks are known by a {@code long} id, not by reference, and the method name is written
 *       only when it differs from the last one: a reference store into a long-lived object runs
 *       the GC's write barrier, which made an array of (lock, method) pairs cost 6 ns more per
 *       read than plain fields.
 *   <li>The first frame is inline; deeper ones (a thread reading several objects at once) go
 *       to arrays made on first need. Generated code releases in reverse order (try/finally),
 *       so this is a stack.
 * </ul>
 * It keeps no reference to a lock, so a thread never keeps a released lock reachable.
 */
final class ReadHolds {
  private static final ThreadLocal<ReadHolds> CURRENT = ThreadLocal.withInitial(ReadHolds::new);

  private long first; // id of the outermost lock held for reading, 0 when none
  private String firstMethod; // its method; left behind after release (a constant), rewritten on change
  private long[] deeperIds;
  private String[] deeperMethods;
  private int deeper; // frames in the arrays

  static ReadHolds current() {
    return CURRENT.get();
  }

  /** Whether this thread holds the read lock of the lock with this id. */
  boolean holds(long lock) {
    return first == lock || (deeper != 0 && indexOf(lock) >= 0);
  }

  /** The method that took the read lock of {@code lock} in this thread, or {@code null}. */
  String holder(long lock) {
    if (first == lock) {
      return firstMethod;
    }
    int i = deeper == 0 ? -1 : indexOf(lock);
    return i < 0 ? null : deeperMethods[i];
  }

  void push(long lock, String method) {
    if (first == 0L) {
      first = lock;
      if (firstMethod != method) {
        firstMethod = method;
      }
    } else {
      pushDeeper(lock, method);
    }
  }

  void pop(long lock) {
    if (deeper == 0) {
      if (first == lock) {
        first = 0L;
      }
    } else {
      popDeeper(lock);
    }
  }

  private void pushDeeper(long lock, String method) {
    if (deeperIds == null) {
      deeperIds = new long[4];
      deeperMethods = new String[4];
    } else if (deeper == deeperIds.length) {
      deeperIds = Arrays.copyOf(deeperIds, deeper * 2);
      deeperMethods = Arrays.copyOf(deeperMethods, deeper * 2);
    }
    deeperIds[deeper] = lock;
    deeperMethods[deeper] = method;
    deeper++;
  }

  /** The top frame unless the caller released out of order. */
  private void popDeeper(long lock) {
    int i;
    if (deeperIds[deeper - 1] == lock) {
      i = deeper - 1;
    } else if (first == lock) {
      first = deeperIds[0];
      firstMethod = deeperMethods[0];
      i = 0;
    } else {
      i = indexOf(lock);
      if (i < 0) {
        return; // not held: the lock's own unlock reports the misuse
      }
    }
    deeper--;
    System.arraycopy(deeperIds, i + 1, deeperIds, i, deeper - i);
    System.arraycopy(deeperMethods, i + 1, deeperMethods, i, deeper - i);
    deeperMethods[deeper] = null;
  }

  private int indexOf(long lock) {
    for (int i = deeper - 1; i >= 0; i--) {
      if (deeperIds[i] == lock) {
        return i;
      }
    }
    return -1;
  }
}
