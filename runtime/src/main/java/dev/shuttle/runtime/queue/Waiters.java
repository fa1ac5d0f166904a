package dev.shuttle.runtime.queue;

import dev.shuttle.runtime.ShuttleClock;
import java.util.concurrent.Future;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Where threads park when a {@link BoundedQueue} has no item (or no room) for them, after they
 * have spun. Only the slow path touches the lock: a thread that changed the queue pays one
 * volatile read of {@link #count} to learn that nobody waits.
 *
 * <p>No lost wake-up (Dekker's pattern, with no extra fence): every queue publishes an offer or a
 * poll by a volatile write (or CAS) of its index. A waiter writes {@link #count} and only then
 * reads the indices once more; a changer writes its index and only then reads the count. Volatile
 * accesses are totally ordered, so whichever write comes second, its thread sees the other's.
 */
final class Waiters {
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition wakeUp = lock.newCondition();
  private volatile int count; // written under the lock only

  /** Counts the caller as waiting. The caller then checks the queue again, and always {@link #leave()}s. */
  void enter() {
    lock.lock();
    count = count + 1;
  }

  void leave() {
    count = count - 1;
    lock.unlock();
  }

  /** Between {@link #enter()} and {@link #leave()}: parks until woken (or spuriously). */
  void awaitUninterruptibly() {
    wakeUp.awaitUninterruptibly();
  }

  /** Like {@link #awaitUninterruptibly()}, but an interrupt ends the wait. */
  void await() throws InterruptedException {
    wakeUp.await();
  }

  /**
   * Like {@link #await()}, at most {@code nanos} of {@code clock}'s time. On a test's clock the
   * clock's alarm wakes every waiter at the deadline (each checks its own).
   */
  void await(long nanos, ShuttleClock clock) throws InterruptedException {
    if (clock == ShuttleClock.system()) {
      wakeUp.awaitNanos(nanos);
      return;
    }
    Future<?> alarm = clock.schedule(this::wakeAll, nanos);
    try {
      wakeUp.await();
    } finally {
      alarm.cancel(false);
    }
  }

  /** Whether a thread waits (or is about to): one volatile read, the whole cost on the fast path. */
  boolean any() {
    return count != 0;
  }

  /** After a change that lets one waiter go on; call only if {@link #any()}. */
  void wakeOne() {
    lock.lock();
    try {
      wakeUp.signal();
    } finally {
      lock.unlock();
    }
  }

  /** After a change that concerns every waiter (the queue closed). */
  void wakeAll() {
    lock.lock();
    try {
      wakeUp.signalAll();
    } finally {
      lock.unlock();
    }
  }
}
