package dev.shuttle.runtime.readmostly;

import dev.shuttle.runtime.InternalApi;
import java.lang.ref.WeakReference;
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
 * <p>Behind it, for the {@code STAMPED} and {@code READ_WRITE} strategies, is the calling thread's
 * own record of the locks it holds and how, so that a nested call proceeds without touching the lock
 * (a {@code StampedLock} is not reentrant and has no owner; a nested {@code ReentrantReadWriteLock}
 * hold could be left behind by a stack overflow) and a write nested in a read is refused.
 * {@code MUTEX}'s lock knows its holder itself and returns a constant. Confined to
 * its thread: no synchronization, and no write to memory that another thread reads. It is on every
 * call's path, so it is shaped by measurement ({@code HoldTrackingCpuTime} in
 * {@code benchmarks/}; the figures are in BENCHMARKS.md):
 * <ul>
 *   <li>The enter method returns the record itself, so the exit needs no lookup: one lookup
 *       per call instead of two.
 *   <li>The lookup goes to an array indexed by thread id before the {@code ThreadLocal}:
 *       {@code ThreadLocal.get()} alone was a large part of a {@code STAMPED} read's cost.
 *   <li>One record for all locks, not one per lock: however many locks exist, a lookup is the
 *       same.
 *   <li>Locks are known by a {@code long} id ({@code id} for a read hold, {@code -id} for a
 *       write hold), not by reference, and no method name is kept (an upgrade's message finds
 *       the read on the stack): a reference store into a long-lived object runs the GC's write
 *       barrier on every call. So a thread never keeps a lock reachable.
 *   <li>No stamps: the lock is released without one, so a call stores one word going in and
 *       one going out.
 *   <li>The first frame is inline; deeper ones (a thread holding several objects' locks at once)
 *       go to an array made on first need. Generated code releases in reverse order
 *       (try/finally), so this is a stack.
 *   <li>Each record has cache lines of its own ({@link HoldFields}).
 * </ul>
 */
@InternalApi
public final class ReadMostlyHold extends HoldFields.PadAfter {
  static final int NONE = 0;
  static final int READ = 1;
  static final int WRITE = 2;

  /** Returned to a nested call: its exit releases nothing. */
  static final ReadMostlyHold NESTED = new ReadMostlyHold(0L);
  /** Returned by {@code MUTEX}, whose lock itself knows its holder. */
  static final ReadMostlyHold ACQUIRED = new ReadMostlyHold(0L);

  private static final ThreadLocal<ReadMostlyHold> CURRENT =
      ThreadLocal.withInitial(() -> new ReadMostlyHold(Thread.currentThread()));

  /**
   * A cache in front of {@link #CURRENT}, indexed by thread id: three dependent loads find a
   * thread's record where {@code ThreadLocal.get()} takes six. A slot belongs to the first thread
   * whose id maps to it until that thread has died and been garbage collected; then the next
   * thread mapping to it takes it over, so that thread churn (a virtual thread per task, each
   * with a new id) does not leave every later thread on the {@code ThreadLocal}, which stays the
   * record's home. A thread only ever takes a record with its own id, so a slot read racing a
   * claim is harmless; ids are never reused, and a slot keeps a record, not its thread: at most
   * 256 small records outlive their threads.
   */
  private static final ReadMostlyHold[] BY_THREAD_ID = new ReadMostlyHold[256];

  /** The record's thread, known weakly: once it is collected, another thread may take its slot. */
  private final WeakReference<Thread> owner;

  private ReadMostlyHold(long threadId) {
    super(threadId);
    this.owner = null;
  }

  private ReadMostlyHold(Thread thread) {
    super(thread.getId());
    this.owner = new WeakReference<>(thread);
  }

  static ReadMostlyHold current() {
    long threadId = Thread.currentThread().getId();
    int slot = cacheSlot(threadId);
    ReadMostlyHold cached = BY_THREAD_ID[slot];
    if (cached != null && cached.threadId == threadId) {
      return cached;
    }
    return uncached(slot);
  }

  private static ReadMostlyHold uncached(int slot) {
    ReadMostlyHold hold = CURRENT.get();
    ReadMostlyHold cached = BY_THREAD_ID[slot];
    if (cached == null || cached.owner.get() == null) {
      BY_THREAD_ID[slot] = hold;
    }
    return hold;
  }

  static int cacheSlot(long threadId) {
    return (int) threadId & (BY_THREAD_ID.length - 1);
  }

  /** Whether {@link #current()} finds this record without the {@code ThreadLocal}. */
  static boolean isCached(ReadMostlyHold hold) {
    return BY_THREAD_ID[cacheSlot(hold.threadId)] == hold;
  }

  /** Records a hold, whatever this thread holds already. */
  void push(long hold) {
    if (first == 0L) {
      first = hold;
    } else {
      pushDeeper(hold);
    }
  }

  /** Forgets a hold; {@code false} if this thread did not have it. */
  boolean pop(long hold) {
    if (deeper == 0 && first == hold) {
      first = 0L;
      return true;
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

  private void pushDeeper(long hold) {
    if (deeperHolds == null) {
      deeperHolds = new long[4];
    } else if (deeper == deeperHolds.length) {
      deeperHolds = Arrays.copyOf(deeperHolds, deeper * 2);
    }
    deeperHolds[deeper++] = hold;
  }

  /** The top frame unless the caller released out of order. */
  private boolean popDeeper(long hold) {
    int i;
    if (deeper > 0 && deeperHolds[deeper - 1] == hold) {
      i = deeper - 1;
    } else if (first == hold) {
      first = deeperHolds[0];
      i = 0;
    } else {
      i = deeper - 1;
      while (i >= 0 && deeperHolds[i] != hold) {
        i--;
      }
      if (i < 0) {
        return false;
      }
    }
    deeper--;
    System.arraycopy(deeperHolds, i + 1, deeperHolds, i, deeper - i);
    return true;
  }

  @Override
  public String toString() {
    return this == NESTED ? "ReadMostlyHold[nested]" : this == ACQUIRED ? "ReadMostlyHold[acquired]" : "ReadMostlyHold";
  }
}
