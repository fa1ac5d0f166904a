package dev.shuttle;

/**
 * The lock behind a {@link ReadMostly} class. All three give the same semantics to the code that
 * uses them (readers share unless {@link #MUTEX}, writers exclude everyone, nested calls of the
 * same thread are safe, a read that calls a write fails loudly); they differ only in speed.
 */
public enum LockStrategy {
  /**
   * A non-fair {@code ReentrantReadWriteLock}: readers share the lock, and a reader does not
   * barge past a writer that is first in line, so writers are not starved. Choose it for that
   * policy.
   */
  READ_WRITE,
  /**
   * A {@code StampedLock}, the default: cheaper to take than {@link #READ_WRITE}, and the only
   * strategy with optimistic reads ({@link Read#optimistic()}), which take no lock at all when no
   * write intervenes.
   */
  STAMPED,
  /**
   * One plain mutex for reads and writes alike (the non-fair queued lock behind
   * {@code ReentrantLock}): readers exclude each other. When writes are about as frequent as
   * reads, or the guarded work is tiny, a mutex can be faster than a read-write lock, whose
   * shared read count is itself contended.
   */
  MUTEX
}
