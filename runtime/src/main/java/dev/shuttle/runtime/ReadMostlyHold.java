package dev.shuttle.runtime;

import java.util.Arrays;

/**
 * What an enter method of {@link ReadMostlyLock} returns and the matching exit method takes
 * back; opaque to its callers. Generated code keeps it in a local:
 *
 * <pre>{@code
 * ReadMostlyHold hold = lock.enterRead("Catalog.find");
 * try {
 *   return super.find(key);
 * } finally {
 *   lock.exitRead(hold);
 * }
 * }</pre>
 *
 * <p>Behind it, for the {@code STAMPED} strategy, is the calling thread's own record of the locks
 * it holds (mode and stamp), so that a nested call proceeds without blocking (a
 * {@code StampedLock} is not reentrant and has no owner) and a write nested in a read is refused.
 * The other strategies' locks know their holders themselves and return a constant. Confined to
 * its thread: no synchronization, and no write to memory that another thread reads. It is on every
 * call's path, so it is shaped by measurement (single thread, thread CPU time,
 * {@code HoldTrackingCpuTime}):
 * <ul>
 *   <li>The enter method returns the record itself, so the exit needs no lookup: one
 *       {@code ThreadLocal.get()} per call instead of two cost 1.7 ns over a bare
 *       {@code StampedLock} read/unlock (6.4 ns) instead of 4.1 ns.
 *   <li>One {@code ThreadLocal} for all locks, not one per lock: its slot in every thread's map
 *       is fixed, so a lookup is a hash and one probe however many locks exist.
 *   <li>Locks are known by a {@code long} id ({@code id} for a read hold, {@code -id} for a
 *       write hold), not by reference, and no method name is kept (an upgrade's message finds
 *       the read on the stack): a reference store into a long-lived object runs the GC's write
 *       barrier (an array of (lock, method) pairs cost 6 ns more per call). So a thread never
 *       keeps a lock reachable.
 *   <li>The first frame is inline; deeper ones (a thread holding several objects' locks at once)
 *       go to arrays made on first need. Generated code releases in reverse order
 *       (try/finally), so this is a stack.
 * </ul>
 */
public final class ReadMostlyHold {
  static final int NONE = 0;
  static final int READ = 1;
  static final int WRITE = 2;

  /** Returned to a nested call: its exit releases nothing. */
  static final ReadMostlyHold NESTED = new ReadMostlyHold();
  /** Returned by strategies whose lock itself knows its holder ({@code MUTEX}, {@code READ_WRITE}). */
  static final ReadMostlyHold ACQUIRED = new ReadMostlyHold();

  private static final ThreadLocal<ReadMostlyHold> CURRENT = ThreadLocal.withInitial(ReadMostlyHold::new);

  /** The outermost hold: id (read) or -id (write), 0 when none; no deeper frames then. */
  long first;
  private long firstStamp;
  private long[] deeperHolds;
  private long[] deeperStamps;
  private int deeper;

  private ReadMostlyHold() {}

  static ReadMostlyHold current() {
    return CURRENT.get();
  }

  /** Records the first hold; only when {@code first == 0}. */
  void pushFirst(long hold, long stamp) {
    first = hold;
    firstStamp = stamp;
  }

  /** Forgets a hold and returns its stamp. */
  long pop(long hold) {
    if (deeper == 0 && first == hold) {
      first = 0L;
      return firstStamp;
    }
    return popDeeper(hold);
  }

  /** What this thread holds of the lock with this id: {@link #NONE}, {@link #READ} or {@link #WRITE}. */
  int mode(long lock) {
    long f = first;
    if (f == lock) {
      return READ;
    }
    if (f == -lock) {
      return WRITE;
    }
    for (int i = deeper - 1; i >= 0; i--) {
      long h = deeperHolds[i];
      if (h == lock) {
        return READ;
      }
      if (h == -lock) {
        return WRITE;
      }
    }
    return NONE;
  }

  /** Records a hold, whatever this thread holds already. */
  void push(long hold, long stamp) {
    if (first == 0L) {
      pushFirst(hold, stamp);
      return;
    }
    if (deeperHolds == null) {
      deeperHolds = new long[4];
      deeperStamps = new long[4];
    } else if (deeper == deeperHolds.length) {
      deeperHolds = Arrays.copyOf(deeperHolds, deeper * 2);
      deeperStamps = Arrays.copyOf(deeperStamps, deeper * 2);
    }
    deeperHolds[deeper] = hold;
    deeperStamps[deeper] = stamp;
    deeper++;
  }

  /** The top frame unless the caller released out of order. */
  private long popDeeper(long hold) {
    long stamp;
    int i;
    if (deeper > 0 && deeperHolds[deeper - 1] == hold) {
      i = deeper - 1;
      stamp = deeperStamps[i];
    } else if (first == hold) {
      stamp = firstStamp;
      first = deeperHolds[0];
      firstStamp = deeperStamps[0];
      i = 0;
    } else {
      i = deeper - 1;
      while (i >= 0 && deeperHolds[i] != hold) {
        i--;
      }
      if (i < 0) {
        return 0L; // not held: the lock's own unlock reports the misuse
      }
      stamp = deeperStamps[i];
    }
    deeper--;
    System.arraycopy(deeperHolds, i + 1, deeperHolds, i, deeper - i);
    System.arraycopy(deeperStamps, i + 1, deeperStamps, i, deeper - i);
    return stamp;
  }

  @Override
  public String toString() {
    return this == NESTED ? "ReadMostlyHold[nested]" : this == ACQUIRED ? "ReadMostlyHold[acquired]" : "ReadMostlyHold";
  }
}
