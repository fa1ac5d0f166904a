package dev.shuttle.examples.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.shuttle.LockStrategy;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntUnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** A fault in a {@code @Read} or {@code @Write} body reaches its caller, and the lock is free afterwards. */
class ReadMostlyFaultsTest {
  private static final Duration BOUND = Duration.ofSeconds(60);
  private static final long WAIT = 30;

  private ExecutorService otherThread;

  @BeforeEach
  void startOtherThread() {
    otherThread = Executors.newSingleThreadExecutor();
  }

  @AfterEach
  void stopOtherThread() {
    otherThread.shutdownNow();
  }

  static Stream<Arguments> everyStrategyAndFault() {
    return Stream.of(LockStrategy.values())
        .flatMap(strategy -> Stream.of(Fault.values()).map(fault -> Arguments.of(strategy, fault)));
  }

  @ParameterizedTest
  @MethodSource("everyStrategyAndFault")
  void aReadsFaultReachesTheCallerAndFreesTheLock(LockStrategy strategy, Fault fault) {
    FaultyLocks.Guarded guarded = guarded(strategy);
    assertTimeoutPreemptively(BOUND, () -> {
      Thrown.assertArrivesUnchanged(guarded.thrown, () -> guarded.read(fault));
      assertFree(guarded, 1);
    });
  }

  @ParameterizedTest
  @MethodSource("everyStrategyAndFault")
  void aWritesFaultReachesTheCallerAndFreesTheLock(LockStrategy strategy, Fault fault) {
    FaultyLocks.Guarded guarded = guarded(strategy);
    assertTimeoutPreemptively(BOUND, () -> {
      Thrown.assertArrivesUnchanged(guarded.thrown, () -> guarded.write(fault));
      assertFree(guarded, 1);
    });
  }

  @ParameterizedTest
  @EnumSource(LockStrategy.class)
  void aStackOverflowThroughNestedReadsLeavesTheLockFree(LockStrategy strategy) {
    FaultyLocks.Guarded guarded = guarded(strategy);
    overflowFromEveryDepth(guarded, guarded::readDeeper);
  }

  @ParameterizedTest
  @EnumSource(LockStrategy.class)
  void aStackOverflowThroughNestedWritesLeavesTheLockFree(LockStrategy strategy) {
    FaultyLocks.Guarded guarded = guarded(strategy);
    overflowFromEveryDepth(guarded, guarded::writeDeeper);
  }

  /** A fault of a lock-free run that a write tore is no answer: the read runs again, under the lock. */
  @ParameterizedTest
  @EnumSource(Fault.class)
  void anOptimisticReadTornByAWriteRetriesUnderTheLockWhateverItThrew(Fault fault) {
    ConcurrentFaultyLocks_Stamped guarded = new ConcurrentFaultyLocks_Stamped();
    assertTimeoutPreemptively(BOUND, () -> {
      guarded.interveningWrite = () -> CompletableFuture.runAsync(() -> guarded.set(42), otherThread).join();
      assertEquals(42, Thrown.nothingBy(() -> guarded.readOptimistically(fault)));
      assertFree(guarded, 1);
    });
  }

  @ParameterizedTest
  @EnumSource(Fault.class)
  void anUntornOptimisticReadsFaultReachesTheCaller(Fault fault) {
    ConcurrentFaultyLocks_Stamped guarded = new ConcurrentFaultyLocks_Stamped();
    assertTimeoutPreemptively(BOUND, () -> {
      guarded.interveningWrite = () -> {};
      Thrown.assertArrivesUnchanged(guarded.thrown, () -> guarded.readOptimistically(fault));
      assertFree(guarded, 1);
    });
  }

  /** The body runs on its caller's thread, so an interrupt from outside is the caller's, and frees the lock too. */
  @ParameterizedTest
  @EnumSource(LockStrategy.class)
  void aBodyInterruptedFromOutsideThrowsToItsCallerAndFreesTheLock(LockStrategy strategy) {
    FaultyLocks.Guarded guarded = guarded(strategy);
    Blocker blocker = new Blocker();
    assertTimeoutPreemptively(BOUND, () -> {
      BackgroundCall caller = BackgroundCall.start(() -> guarded.hold(blocker));
      blocker.interruptWorker();
      assertInstanceOf(InterruptedException.class, caller.thrown());
      assertFree(guarded, 1);
    });
  }

  /** Runs out of stack from many starting depths, so that the overflow strikes at many points of the lock's code. */
  private void overflowFromEveryDepth(FaultyLocks.Guarded guarded, IntUnaryOperator deeper) {
    assertTimeoutPreemptively(BOUND, () -> {
      for (int depth = 0; depth < 200; depth++) {
        int start = depth;
        assertThrows(StackOverflowError.class, () -> padded(start, deeper));
        assertFree(guarded, depth);
      }
    });
  }

  private static int padded(int frames, IntUnaryOperator deeper) {
    return frames == 0 ? deeper.applyAsInt(0) : padded(frames - 1, deeper) + 1;
  }

  /** Another thread can write and read: no hold was left behind. */
  private void assertFree(FaultyLocks.Guarded guarded, int value) throws Exception {
    otherThread.submit(() -> guarded.set(value)).get(WAIT, TimeUnit.SECONDS);
    assertEquals(value, otherThread.submit(guarded::get).get(WAIT, TimeUnit.SECONDS));
  }

  private static FaultyLocks.Guarded guarded(LockStrategy strategy) {
    return switch (strategy) {
      case STAMPED -> new ConcurrentFaultyLocks_Stamped();
      case READ_WRITE -> new ConcurrentFaultyLocks_ReadWrite();
      case MUTEX -> new ConcurrentFaultyLocks_Mutex();
    };
  }
}
