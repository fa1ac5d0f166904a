package dev.shuttle.runtime.actor;

import dev.shuttle.runtime.context.ContextSnapshot;
import dev.shuttle.runtime.context.Contexts;
import dev.shuttle.runtime.internal.Deadline;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** Entry points shared by all generated actors. */
public final class Actors {
  private Actors() {}

  /**
   * The executor {@code FooActor.spawn(foo)} uses: one pool shared by every actor, sized to the
   * cores, with daemon threads named {@code shuttle-actor-N}. It is a {@link ForkJoinPool} in
   * FIFO mode, as in Akka: an actor re-submitted by a worker goes to that worker's own queue,
   * and idle workers steal.
   */
  public static Executor defaultExecutor() {
    return DefaultPool.POOL;
  }

  /**
   * Runs {@code continuation} as a message of the actor whose turn is running, once {@code stage}
   * completes: with its value, or with its failure ({@code CompletionException} unwrapped). Call it
   * from an actor's own method, typically after asking another actor or starting an I/O call; the
   * continuation then updates the actor's state one message at a time like every other, never on
   * the thread that completed the stage. Everything the actor did before this call happens-before
   * the continuation runs.
   *
   * <p>The continuation takes no room in a bounded mailbox and never makes the completing thread
   * wait. One that throws fails like a tell (the failure handler, then the failure policy). If the
   * actor stops before the stage completes, the continuation is dropped as a dead letter, counted
   * in {@link ActorStats#deadLetters()} and logged. It runs with the context ({@link Contexts}) this
   * call was made with: that of the message whose handler made it.
   *
   * @throws IllegalStateException if no actor's turn is running on this thread
   */
  public static <T> void pipeToSelf(CompletionStage<T> stage, BiConsumer<? super T, ? super Throwable> continuation) {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(continuation, "continuation");
    ActorCell self = ActorCell.current("Actors.pipeToSelf");
    ContextSnapshot context = Contexts.capture();
    stage.whenComplete((value, failure) -> self.tellOwn(Continuation.of(continuation, value, failure, context), true));
  }

  /**
   * Starts a timer of the actor whose turn is running: once {@code delay} has passed,
   * {@code action} runs as a message of that actor, one at a time with its other messages. A timer
   * already started under an equal {@code key} is replaced, and a replaced or cancelled timer never
   * runs, even if it was due. Timers wait on the actor's {@link dev.shuttle.runtime.ShuttleClock}
   * (Shuttle's one timer thread, never a thread each), and die with the actor: none runs once it
   * has stopped. Each run has the context ({@link Contexts}) this call was made with: that of the
   * message whose handler started the timer.
   *
   * @throws IllegalStateException if no actor's turn is running on this thread
   * @throws IllegalArgumentException if {@code delay} is negative
   */
  public static void startTimer(Object key, Duration delay, Runnable action) {
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative: " + delay);
    }
    ActorCell.current("Actors.startTimer").timers().start(key, delay.toNanos(), -1, action);
  }

  /**
   * Starts a periodic timer of the actor whose turn is running: {@code action} runs as a message
   * of that actor {@code interval} from now, then again {@code interval} after each run began
   * (a fixed delay, so a busy actor never finds its mailbox flooded with ticks). Otherwise as
   * {@link #startTimer}.
   *
   * @throws IllegalArgumentException if {@code interval} is not positive
   */
  public static void startPeriodicTimer(Object key, Duration interval, Runnable action) {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("interval must be positive: " + interval);
    }
    long nanos = interval.toNanos();
    ActorCell.current("Actors.startPeriodicTimer").timers().start(key, nanos, nanos, action);
  }

  /** Cancels the running actor's timer {@code key}, if it has one: it will not run, even if it was due. */
  public static void cancelTimer(Object key) {
    ActorCell.current("Actors.cancelTimer").timers().cancel(key);
  }

  /** Whether the running actor has a timer {@code key} that has yet to run (a periodic one, until cancelled). */
  public static boolean isTimerActive(Object key) {
    return ActorCell.current("Actors.isTimerActive").timers().isActive(key);
  }

  /**
   * Binds {@code child}, an actor the running actor has just spawned, to the running actor's
   * lifetime: once the running actor has stopped and handled everything it accepted, {@code stop}
   * stops the child (which handles everything it accepted in turn), and the running actor's
   * {@code termination()} completes only when every such child has stopped too.
   *
   * <pre>{@code
   * RoomActor room = Actors.child(RoomActor.spawn(new Room(name)), RoomActor::stop);
   * }</pre>
   *
   * <p>To learn instead when another actor stops, as a message: {@code
   * Actors.pipeToSelf(other.termination(), (done, failure) -> ...)}.
   *
   * @return {@code child}
   * @throws IllegalStateException if no actor's turn is running on this thread
   */
  public static <C> C child(C child, Function<? super C, ? extends CompletionStage<?>> stop) {
    Objects.requireNonNull(child, "child");
    Objects.requireNonNull(stop, "stop");
    ActorCell.current("Actors.child").adopt(() -> stop.apply(child));
    return child;
  }

  /**
   * Stops every actor gracefully: each refuses new messages, handles every message it accepted,
   * then stops, as with its own {@code stop()}. Waits at most {@code timeout} in all, then reports
   * which actors did not finish.
   *
   * <p>Actors spawned from outside any actor stop first, since that is where work comes in; the
   * actors they spawned keep running, and accepting, until those have drained, then stop in turn,
   * with any actor spawned meanwhile. Children bound with {@link #child} stop after their parent,
   * as always. Every actor still reachable is stopped, including actors on executors of the
   * user's; one that nothing refers to any more has nothing left to handle and is not looked for.
   *
   * @throws IllegalArgumentException if {@code timeout} is negative
   * @throws dev.shuttle.runtime.WaitInterruptedException if interrupted while waiting: the actors
   *     it stopped go on draining
   */
  public static StopAllReport stopAll(Duration timeout) {
    return StopAll.within(Deadline.in(timeout));
  }

  private static final class DefaultPool {
    static final ForkJoinPool POOL = new ForkJoinPool(
        Runtime.getRuntime().availableProcessors(), DefaultPool::newThread, null, true);

    private static final AtomicInteger THREADS = new AtomicInteger();

    private static ForkJoinWorkerThread newThread(ForkJoinPool pool) {
      ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
      thread.setName("shuttle-actor-" + THREADS.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
