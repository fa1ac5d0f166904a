package dev.shuttle.runtime.readmostly;

import dev.shuttle.LockStrategy;
import dev.shuttle.runtime.InternalApi;
import dev.shuttle.runtime.ShuttleObject;
import dev.shuttle.runtime.internal.FlightRecording;
import dev.shuttle.runtime.internal.LiveObjects;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The lock behind a {@code @ReadMostly} class, one per instance of the generated
 * {@code ConcurrentFoo}. Generated overrides call it in this shape:
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
 * <p>and, for {@code @Read(optimistic = true)} with {@link LockStrategy#STAMPED}:
 *
 * <pre>{@code
 * long stamp = lock.tryOptimisticRead();
 * if (stamp != ReadMostlyLock.NO_STAMP) {
 *   try {
 *     Item result = super.find(key);
 *     if (lock.validate(stamp)) return result;
 *   } catch (Throwable e) {
 *     if (lock.validate(stamp)) throw e;    // a torn read may throw anything: retry under the lock
 *   }
 * }
 * ReadMostlyHold hold = lock.enterRead("Catalog.find");
 * try { return super.find(key); } finally { lock.exitRead(hold); }
 * }</pre>
 *
 * <p>Self-calls go through the overrides, so every strategy is safe to nest in one thread: a read
 * inside a read or a write, and a write inside a write, proceed at once, never waiting, and never
 * touch the lock again, since the thread's hold says how it holds it (so a nested call that runs out
 * of stack leaves no hold behind). A write inside a read would be an upgrade, which deadlocks a read-write lock
 * (two upgraders wait for each other, and a {@code StampedLock} is not even reentrant), so it
 * throws {@link IllegalStateException} naming both methods; {@code MUTEX} refuses it too, so that
 * changing the strategy never changes what a program does.
 *
 * <p>The method names are constants in generated code: passing them is free, and they are only
 * read on the error and contended paths (an upgrade's message finds the read's name on the
 * stack, so no read keeps it). Waits of {@code enterRead} and {@code enterWrite} ignore
 * interrupts, as hand-written {@code lock()} does; the {@code ...Interruptibly} variants are for
 * methods that declare {@link InterruptedException}. Nothing here uses {@code synchronized}, so a
 * waiting virtual thread unmounts instead of pinning its carrier.
 *
 * <p>Each strategy keeps its whole fast path to itself (no shared template method calling back
 * into the strategy), so a generated class's call sites stay monomorphic whatever strategies
 * other classes use, and inline.
 */
@InternalApi
public abstract class ReadMostlyLock {
  /** What {@link #tryOptimisticRead()} returns when an optimistic read cannot start. */
  public static final long NO_STAMP = 0L;

  private static final AtomicLong IDS = new AtomicLong();
  /** Every lock, for the registry. */
  private static final LiveObjects<ReadMostlyLock> LIVE = LiveObjects.of(ShuttleObject.Kind.READ_MOSTLY_LOCK,
      ReadMostlyLock::typeName, lock -> null, ReadMostlyLock::stats);

  // Waits are not counted: a waiter bumping a counter before it queues changes how the lock is
  // handed over, and costs throughput (LockBenchmark). Flight Recorder's wait event shows them
  // instead. A spoiled
  // optimistic read is rare and already on a slow path, so it is counted.
  private final LongAdder optimisticRetries = new LongAdder();

  /** Names this lock in {@link ReadMostlyHold}, which must not keep the lock itself reachable. */
  final long id = IDS.incrementAndGet();

  private final String typeName;

  ReadMostlyLock(String typeName) {
    this.typeName = Objects.requireNonNull(typeName, "typeName");
  }

  /**
   * A new lock of the given strategy.
   *
   * @param typeName the user's class, for error messages, statistics and JFR events
   */
  public static ReadMostlyLock create(LockStrategy strategy, String typeName) {
    ReadMostlyLock lock = switch (Objects.requireNonNull(strategy, "strategy")) {
      case READ_WRITE -> new ReadWriteReadMostlyLock(typeName);
      case STAMPED -> new StampedReadMostlyLock(typeName);
      case MUTEX -> new MutexReadMostlyLock(typeName);
    };
    LIVE.register(lock);
    return lock;
  }

  /**
   * Takes the read lock, waiting uninterruptibly while a writer holds it. Inside a read or write
   * of the same thread, proceeds at once.
   *
   * @param method the calling method, e.g. {@code "Catalog.find"}
   * @return what to pass to {@link #exitRead}
   */
  public abstract ReadMostlyHold enterRead(String method);

  /**
   * {@link #enterRead}, for a method that declares {@link InterruptedException}.
   *
   * @throws InterruptedException if the thread is interrupted on entry or while it waits (not in
   *     a nested call, which never waits); the lock is not taken and the flag is cleared
   */
  public abstract ReadMostlyHold enterReadInterruptibly(String method) throws InterruptedException;

  /** Releases what {@link #enterRead} took; a nested call's exit leaves the outer hold in place. */
  public abstract void exitRead(ReadMostlyHold hold);

  /**
   * Takes the write lock, waiting uninterruptibly for readers and writers to leave. Inside a
   * write of the same thread, proceeds at once.
   *
   * @param method the calling method, e.g. {@code "Catalog.put"}
   * @return what to pass to {@link #exitWrite}
   * @throws IllegalStateException if this thread holds the read lock (a read called a write):
   *     the upgrade would deadlock. The lock is left as it was.
   */
  public abstract ReadMostlyHold enterWrite(String method);

  /**
   * {@link #enterWrite}, for a method that declares {@link InterruptedException}.
   *
   * @throws InterruptedException if the thread is interrupted on entry or while it waits (not in
   *     a nested call, which never waits); the lock is not taken and the flag is cleared
   */
  public abstract ReadMostlyHold enterWriteInterruptibly(String method) throws InterruptedException;

  /** Releases what {@link #enterWrite} took; a nested call's exit leaves the outer hold in place. */
  public abstract void exitWrite(ReadMostlyHold hold);

  /**
   * A stamp for an optimistic read, or {@link #NO_STAMP} when there is none: the strategy is not
   * {@code STAMPED}, or a writer (perhaps this thread) holds the lock. Then the caller takes the
   * read lock instead.
   */
  public long tryOptimisticRead() {
    return NO_STAMP;
  }

  /**
   * Whether no write started since {@link #tryOptimisticRead()} returned {@code stamp}, so what
   * was read is consistent. Always {@code false} for a stamp of {@code 0}.
   */
  public boolean validate(long stamp) {
    return false;
  }

  /** The strategy behind this lock. */
  public abstract LockStrategy strategy();

  /** The user's class this lock guards. */
  public final String typeName() {
    return typeName;
  }

  /** A snapshot of the counters and the current state; see {@link ReadMostlyStats}. */
  public abstract ReadMostlyStats stats();

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + typeName + "]";
  }

  // ---- for the strategies: slow paths only ----

  final ReadMostlyStats stats(int readers, boolean writeLocked) {
    return new ReadMostlyStats(typeName, strategy(), optimisticRetries.sum(), readers, writeLocked);
  }

  /** Counts an optimistic read that a write invalidated. */
  final void countOptimisticRetry() {
    optimisticRetries.increment();
  }

  /**
   * Whether a recording wants waits timed. Flight Recorder's own state is asked first (see
   * {@link FlightRecording}): once the event class is initialized, its {@code begin()} and
   * {@code end()} do real work with no recording at all, on the way into the queue and out of
   * it, which a program that never records should not pay for.
   */
  static boolean timingWaits() {
    return FlightRecording.running() && ReadMostlyWaitEvent.enabled();
  }

  /** Starts timing a wait: {@code null} (nothing to do) unless a recording wants it. */
  static ReadMostlyWaitEvent waitStarted() {
    return timingWaits() ? FlightRecording.begin(ReadMostlyWaitEvent::new) : null;
  }

  final void waitEnded(ReadMostlyWaitEvent event, String method, boolean write) {
    if (event == null) {
      return;
    }
    event.end();
    if (event.shouldCommit()) {
      event.typeName = typeName;
      event.method = method;
      event.strategy = strategy().name();
      event.write = write;
      event.commit();
    }
  }

  /**
   * For strategies that keep holds in {@link ReadMostlyHold}: whether this thread already holds
   * the write lock, so a write proceeds at once. Throws if it holds the read lock: a read called
   * a write, and the upgrade is refused before the lock is touched.
   */
  final boolean nestedInWrite(ReadMostlyHold hold, String method) {
    int mode = hold.mode(id);
    if (mode == ReadMostlyHold.NONE) {
      return false;
    }
    if (mode == ReadMostlyHold.READ) {
      throw upgrade(method);
    }
    return true;
  }

  /**
   * A read called a write: the refusal, naming both. The read is found on the stack (see
   * {@link EnclosingCall}), so that no read has to record its name on the way in.
   */
  final IllegalStateException upgrade(String writeMethod) {
    return EnclosingCall.of()
        .map(name -> typeName + "." + name)
        .map(read -> new IllegalStateException(writeMethod + " called from inside the read lock held by " + read
            + ": upgrading a read lock to a write lock would deadlock. Make " + read + " @Write, or call "
            + writeMethod + " after " + read + " returns."))
        .orElseGet(() -> new IllegalStateException(writeMethod + " called from inside a read lock this thread"
            + " holds on the same " + typeName + ": upgrading a read lock to a write lock would deadlock. Make"
            + " that read @Write, or call " + writeMethod + " after it returns."));
  }
}
