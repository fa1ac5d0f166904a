package dev.shuttle.runtime.actor;

import dev.shuttle.FailurePolicy;
import dev.shuttle.Overflow;
import dev.shuttle.runtime.InternalApi;
import dev.shuttle.runtime.ShuttleClock;
import dev.shuttle.runtime.ShuttleObject;
import dev.shuttle.runtime.WaitInterruptedException;
import dev.shuttle.runtime.context.ContextScope;
import dev.shuttle.runtime.context.Contexts;
import dev.shuttle.runtime.internal.ClockWaits;
import dev.shuttle.runtime.internal.ContextHandoff;
import dev.shuttle.runtime.internal.Failures;
import dev.shuttle.runtime.internal.FlightRecording;
import dev.shuttle.runtime.internal.LiveObjects;
import dev.shuttle.runtime.internal.ShutdownState;
import dev.shuttle.runtime.internal.WeakRegistry;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * The engine of one actor: its mailbox, its scheduling on an {@link Executor}, and its life
 * cycle. Generated code subclasses it with the {@code switch} that calls the user's methods.
 *
 * <p>Scheduling follows Akka's mailbox: a send that finds the actor idle flips its status with
 * one CAS and submits the actor to the executor; a running actor handles at most
 * {@code throughput} messages, then gives the thread back. So an actor occupies a thread only
 * while it has mail, and two of its handlers never run at once.
 *
 * <p>Stopping never loses a message silently. {@link #stop()} queues a stop signal; everything
 * queued before it is handled, then the actor stops. A sender that races with stop re-checks
 * after queueing and revokes its own message (one CAS against the actor's take), so each message
 * is either handled or refused to its sender, never both and never neither.
 *
 * <p>A message carries the context its sender's thread had when it sent it ({@link Contexts}): its
 * handler, and the failure handling of a tell, run with it restored.
 */
@InternalApi
public abstract class ActorCell implements Runnable {
  private static final int IDLE = 0;
  private static final int SCHEDULED = 1;
  private static final int TERMINATED = 2;
  private static final int STOP_SIGNAL = -2;
  /** The actor whose turn the thread is running: what {@code FooActor.self()} and {@link Actors#pipeToSelf} find. */
  private static final ThreadLocal<ActorCell> CURRENT = new ThreadLocal<>();
  private static final System.Logger LOG = System.getLogger("dev.shuttle.actor");

  /**
   * Every actor not yet terminated, for {@link Actors#stopAll} and the registry: by who spawned it,
   * {@link #SPAWNED_OUTSIDE} or {@link #SPAWNED_BY_ACTOR}.
   */
  static final LiveObjects<ActorCell> LIVE = LiveObjects.of(ShuttleObject.Kind.ACTOR,
      cell -> cell.settings.actorType(), cell -> cell.settings.actorType(), ActorCell::stats);
  static final int SPAWNED_OUTSIDE = 0;
  static final int SPAWNED_BY_ACTOR = 1;

  /** The send timeout that waits as long as it takes for room in a full {@code BLOCK} mailbox. */
  public static final long NO_TIMEOUT = -1;

  private final ActorSettings settings;
  private final Executor executor;
  private final ShuttleClock clock; // the current one when the actor was made: its timeouts, timers and pauses
  private final Mailbox mailbox = new Mailbox();
  private final Semaphore room; // null when the mailbox is unbounded
  private final LongAdder sent = new LongAdder(); // queued and not revoked, the stop signal included
  private final WeakRegistry.Registration<ActorCell> registration;
  private volatile CompletableFuture<Void> termination; // made when first asked for: most actors never are

  private volatile int status = IDLE;
  private volatile boolean stopped;
  private boolean draining; // actor thread only: the stop signal was handled
  private ActorExtras extras; // actor thread only: timers, restarts, children, made on first use

  // Written by the actor thread only, read by stats(): opaque access is enough.
  private long received; // taken from the mailbox (not revoked), the stop signal included
  private long processed;
  private long failed;
  private long deadLetters; // also counted by threads that complete a continuation late: atomic adds

  protected ActorCell(ActorSettings settings, Executor executor) {
    this.settings = settings.configured();
    this.executor = Objects.requireNonNull(executor, "executor");
    this.clock = ShuttleClock.current();
    this.room = this.settings.boundedMailbox() ? new Semaphore(this.settings.mailboxCapacity()) : null;
    // Last, once this cell's own fields are set: Actors.stopAll may stop it from now on, and
    // stopping uses nothing of a subclass.
    this.registration = LIVE.register(this, CURRENT.get() == null ? SPAWNED_OUTSIDE : SPAWNED_BY_ACTOR);
    if (ShutdownState.isShutDown()) { // checked after registering, so a shutdown's walk sees it or this sees the shutdown
      terminate();
    }
  }

  /** Calls the user method that {@code message.kind} names. Runs on the actor, one at a time. */
  protected abstract void dispatch(ActorMessage message) throws Throwable;

  /**
   * Reserves the rate-limit permit that {@code message} needs before it runs, in an actor whose
   * settings have {@linkplain ActorSettings#rateLimitedMessages() rate-limited messages}: generated
   * code overrides it for the methods whose {@code @RateLimited} waits. Runs on the actor, just
   * before the message would; the actor holds a message whose permit is not due yet, without a
   * thread, until it is.
   *
   * @return nanoseconds until the permit is due: {@code 0} if now, or if the message needs none
   * @throws RuntimeException ({@code RateLimitExceededException}) if the permit would be due later
   *     than the limit's {@code maxWait}: the message fails with it, as if its handler had thrown
   */
  protected long reservePermit(ActorMessage message) {
    return 0;
  }

  /**
   * Receives the failure of a tell (no caller is waiting for it). Runs on the actor. Generated
   * code overrides it when the class has an {@code @OnFailure} method; by default it logs.
   */
  protected void onFailure(Throwable failure) throws Exception {
    LOG.log(System.Logger.Level.WARNING, () -> "Actor " + settings.actorType() + ": a tell failed", failure);
  }

  /** Queues a message with no reply; on a full {@code BLOCK} mailbox, waits as long as it takes. */
  public final void tell(ActorMessage message) {
    tell(message, NO_TIMEOUT);
  }

  /** Queues a message whose caller waits for a reply; see {@link #ask(AskMessage, long)}. */
  public final <T> CompletableFuture<T> ask(AskMessage<T> message) {
    return ask(message, NO_TIMEOUT);
  }

  /**
   * Queues a message with no reply.
   *
   * @param timeoutNanos for a full mailbox with {@code Overflow.BLOCK}: how long to wait for room,
   *     or {@link #NO_TIMEOUT} (any negative number) to wait as long as it takes
   * @throws ActorStoppedException if the actor is stopping or stopped
   * @throws MailboxFullException if the mailbox is full ({@code REJECT}) or stayed full until the timeout
   * @throws WaitInterruptedException if the sender was interrupted while it waited for room
   * @throws NullPointerException if {@code message} is null: refused at the door, the mailbox untouched
   */
  public final void tell(ActorMessage message, long timeoutNanos) {
    Objects.requireNonNull(message, "message");
    if (stopped) {
      throw refusedBecauseStopped(null);
    }
    message.context = Contexts.capture(); // before taking room: a capture that throws leaves none taken
    awaitRoom(timeoutNanos);
    mailbox.offer(message);
    sent.increment();
    if (stopped && message.revoke()) {
      // stop() won the race: the actor may never look at this message, so refuse it here.
      unsend(message);
      throw refusedBecauseStopped(null);
    }
    schedule(message);
  }

  /**
   * Queues a message whose caller waits for a reply at most {@code replyWaitNanos}; then the
   * future fails with a {@code TimeoutException}. Only the caller stops waiting: the message, once
   * accepted, is still handled, and its late reply goes nowhere.
   *
   * @param sendWaitNanos as for {@link #tell(ActorMessage, long)}
   * @param replyWaitNanos how long the caller waits for the reply, or {@link #NO_TIMEOUT} (any
   *     negative number) to wait as long as it takes
   * @throws NullPointerException if {@code message} is null
   */
  public final <T> CompletableFuture<T> ask(AskMessage<T> message, long sendWaitNanos, long replyWaitNanos) {
    CompletableFuture<T> reply = ask(message, sendWaitNanos);
    if (replyWaitNanos >= 0 && !reply.isDone()) {
      Future<?> timeout = clock().schedule(() -> reply.completeExceptionally(new TimeoutException(
          "Actor " + settings.actorType() + ": no reply within " + Duration.ofNanos(replyWaitNanos))), replyWaitNanos);
      reply.whenComplete((value, failure) -> timeout.cancel(false));
    }
    return reply;
  }

  /**
   * What this actor's timeouts, timers, pauses and restart window run on: the clock current when
   * it was made; a test in this package may drive its own.
   */
  ShuttleClock clock() {
    return clock;
  }

  /** This actor's timers, made on first use. Actor thread only. */
  final ActorTimers timers() {
    ActorExtras extras = extras();
    if (extras.timers == null) {
      extras.timers = new ActorTimers(this, clock());
    }
    return extras.timers;
  }

  private ActorExtras extras() {
    if (extras == null) {
      extras = new ActorExtras();
    }
    return extras;
  }

  /** Binds a child's lifetime to this actor's: {@code stop} runs once this actor has drained. Actor thread only. */
  final void adopt(Supplier<? extends CompletionStage<?>> stop) {
    ActorExtras extras = extras();
    if (extras.children == null) {
      extras.children = new ArrayList<>();
    }
    extras.children.add(stop);
  }

  /**
   * Queues a message whose caller waits for a reply. Never throws: a refusal fails the returned
   * future with the exception {@link #tell} would have thrown.
   *
   * @throws NullPointerException if {@code message} is null: there is no future to fail
   */
  public final <T> CompletableFuture<T> ask(AskMessage<T> message, long timeoutNanos) {
    Objects.requireNonNull(message, "message");
    try {
      tell(message, timeoutNanos);
    } catch (RuntimeException refused) {
      message.reply.completeExceptionally(refused);
    }
    return message.reply;
  }

  /**
   * Stops accepting messages, handles every message accepted before, then stops. Idempotent.
   *
   * @return completes once the last accepted message has been handled
   */
  public final CompletableFuture<Void> stop() {
    if (STOPPED.compareAndSet(this, false, true)) {
      mailbox.offer(new StopSignal());
      sent.increment();
      try {
        schedule(null);
      } catch (RuntimeException executorRefused) {
        termination().completeExceptionally(executorRefused);
        LIVE.unregister(registration);
      }
    }
    return termination();
  }

  /** Completes when the actor has stopped (after {@link #stop()} or a {@code STOP} failure). */
  public final CompletableFuture<Void> termination() {
    CompletableFuture<Void> termination = this.termination;
    if (termination != null) {
      return termination;
    }
    CompletableFuture<Void> made = new CompletableFuture<>();
    return TERMINATION.compareAndSet(this, null, made) ? made : this.termination;
  }

  /** Whether the actor refuses new messages: stopping, or stopped. */
  final boolean isStopping() {
    return stopped;
  }

  /** Messages waiting in the mailbox (approximate while senders are sending). */
  public final long mailboxSize() {
    return Math.max(0, sent.sum() - (long) RECEIVED.getOpaque(this));
  }

  public final ActorStats stats() {
    return new ActorStats(
        settings.actorType(),
        mailboxSize(),
        (long) PROCESSED.getOpaque(this),
        (long) FAILED.getOpaque(this),
        (long) DEAD_LETTERS.getOpaque(this),
        stopped);
  }

  /**
   * The actor of {@code cellType} whose turn this thread is running: how a generated
   * {@code FooActor.self()} finds its actor.
   *
   * @throws IllegalStateException if this thread runs no turn of such an actor
   */
  public static <C extends ActorCell> C current(Class<C> cellType) {
    ActorCell cell = CURRENT.get();
    if (!cellType.isInstance(cell)) {
      String actor = cellType.getEnclosingClass() == null ? cellType.getName() : cellType.getEnclosingClass().getName();
      throw new IllegalStateException("No " + actor + " is handling a message on this thread: self() is for the "
          + "actor's own methods, while they run as its messages");
    }
    return cellType.cast(cell);
  }

  /** The actor whose turn this thread is running; see {@link Actors#pipeToSelf}. */
  static ActorCell current(String caller) {
    ActorCell cell = CURRENT.get();
    if (cell == null) {
      throw new IllegalStateException(caller + " is for an actor's own methods, while they run as its messages, "
          + "but this thread runs none");
    }
    return cell;
  }

  /**
   * One turn on the executor: up to {@code throughput} messages, then give the thread back.
   *
   * <p>Each handler starts with the interrupt flag clear: an interrupt that comes while a handler
   * runs is that handler's, and what it leaves set must not fail the next message, perhaps another
   * actor's. One already set when the turn starts belongs to the thread's owner (an executor that
   * runs the actor on the sender's own thread), and is set again when the turn ends.
   */
  @Override
  public final void run() {
    boolean ownerInterrupted = Thread.interrupted();
    ActorCell outer = CURRENT.get(); // an executor may run a turn inside another actor's, on the sender's thread
    CURRENT.set(this);
    try {
      turn();
    } finally {
      CURRENT.set(outer);
      if (ownerInterrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Up to {@code throughput} messages. A message that must wait for its rate-limit permit ends the
   * turn: it is held, the actor pauses as for a restart's back-off, and the turn that ends the wait
   * starts with it. So no thread waits for a permit, and the messages behind it wait their turn, as
   * behind a long message.
   */
  private void turn() {
    ActorMessage due = takeHeld();
    for (int budget = settings.throughput(); budget > 0; budget--) {
      ActorMessage message = due != null ? due : mailbox.poll();
      if (message == null) {
        break;
      }
      if (message == due || message.take()) {
        if (message == due) {
          due = null;
          receive(message); // taken and counted when it was held; now its permit is due
        } else {
          RECEIVED.setOpaque(this, received + 1);
          releaseRoom(message);
          if (!receiveWhenPermitted(message)) {
            return; // held for its permit
          }
        }
        Thread.interrupted(); // clears what the handler left, as above
        if (status == TERMINATED) {
          return;
        }
        if (extras != null && extras.restartBudget != null) {
          long pause = extras.restartBudget.takePause();
          if (pause > 0) {
            pauseFor(pause);
            return;
          }
        }
      }
    }
    if (mailbox.isEmpty()) {
      if (draining) {
        terminate();
        return;
      }
      status = IDLE;
      if (!mailbox.isEmpty()) {
        rescheduleAfterIdle();
      }
    } else {
      yieldThread();
    }
  }

  /**
   * Receives a message just taken, once its rate-limit permit, if it needs one, is due. One not due
   * yet is held until it is; one the limit refuses ({@code maxWait}) fails as a refused
   * {@code onLimit = FAIL} call does, through the failure handling of a handler that threw.
   *
   * @return false if the message is held: the turn must end
   */
  private boolean receiveWhenPermitted(ActorMessage message) {
    if (settings.hasRateLimitedMessages()) {
      long waitNanos;
      try {
        waitNanos = reservePermit(message);
      } catch (Throwable refused) {
        FAILED.setOpaque(this, failed + 1);
        PROCESSED.setOpaque(this, processed + 1);
        handleFailure(message, refused);
        return true;
      }
      if (waitNanos > 0) {
        extras().held = message;
        pauseFor(waitNanos);
        return false;
      }
    }
    receive(message);
    return true;
  }

  /** The message held for its permit, now due, which the turn starts with; null if none. */
  private ActorMessage takeHeld() {
    if (extras == null || extras.held == null) {
      return null;
    }
    ActorMessage held = extras.held;
    extras.held = null;
    return held;
  }

  /** A message arrived after the last poll but saw us SCHEDULED, so its sender did not schedule us. */
  private void rescheduleAfterIdle() {
    try {
      schedule(null);
    } catch (ActorStoppedException executorRefused) {
      // Not ours to throw into the executor's thread; the next send will be refused loudly.
      LOG.log(System.Logger.Level.WARNING, () -> "Actor " + settings.actorType()
          + ": its executor refused to run it with " + mailboxSize() + " message(s) waiting", executorRefused);
    }
  }

  /** Out of budget with mail left: stay scheduled, but let other actors have the thread. */
  private void yieldThread() {
    try {
      executor.execute(this);
    } catch (RejectedExecutionException executorRefused) {
      stopAfter(executorRefused); // nobody will run us again: refuse what is queued, loudly
    }
  }

  private void receive(ActorMessage message) {
    if (message.kind == STOP_SIGNAL) {
      draining = true;
      return;
    }
    ContextScope restored = null;
    try {
      restored = ContextHandoff.restore(message.context);
      if (message instanceof Continuation continuation) {
        continuation.run();
      } else if (message instanceof ActorTimers.Tick tick) {
        tick.run();
      } else {
        dispatch(message);
      }
    } catch (Throwable failure) {
      FAILED.setOpaque(this, failed + 1);
      handleFailure(message, failure);
    } finally {
      PROCESSED.setOpaque(this, processed + 1);
      ContextHandoff.undo(restored);
    }
  }

  private void handleFailure(ActorMessage message, Throwable failure) {
    boolean callerTold = message.fail(failure);
    if (FlightRecording.running()) {
      ActorFailureEvent.emit(settings.actorType(), message, failure, callerTold);
    }
    if (callerTold) {
      return;
    }
    reportTellFailure(failure);
    switch (settings.onFailure()) {
      case RESUME -> { }
      case STOP -> stopAfter(failure);
      case RESTART -> restartAfter(failure);
    }
  }

  /**
   * Replaces the behaviour, if the restart budget allows, and owes the back-off before the next
   * message; stops the actor as {@code STOP} does when the budget is spent or the factory fails.
   */
  private void restartAfter(Throwable failure) {
    ActorExtras extras = extras();
    if (extras.restartBudget == null) {
      extras.restartBudget = new RestartBudget(settings.restarts());
    }
    RestartBudget budget = extras.restartBudget;
    if (!budget.tryRestart(clock().nanoTime())) {
      LOG.log(System.Logger.Level.WARNING, () -> "Actor " + settings.actorType() + " failed again after "
          + budget.describeLimit() + ": stopping it", failure);
      stopAfter(failure);
      return;
    }
    try {
      restart();
    } catch (Throwable factoryFailure) {
      LOG.log(System.Logger.Level.WARNING, () -> "Actor " + settings.actorType()
          + " could not make a fresh behaviour: stopping it", Failures.handlerFailed(factoryFailure, failure));
      stopAfter(factoryFailure);
    }
  }

  /**
   * Replaces the behaviour with a fresh one ({@code FailurePolicy.RESTART}). Generated code
   * overrides it for a {@code RESTART} actor, from the factory given to {@code spawn}.
   */
  protected void restart() throws Throwable {
    throw new UnsupportedOperationException("Actor " + settings.actorType() + " has no factory to restart from");
  }

  /**
   * Ends the turn for a wait the actor owes (a restart's back-off, a held message's permit): the
   * actor stays scheduled, so no send schedules it meanwhile, and the clock's timer hands it back
   * to its executor when the wait is over.
   */
  private void pauseFor(long pauseNanos) {
    clock().schedule(() -> {
      try {
        executor.execute(this);
      } catch (RejectedExecutionException executorRefused) {
        stopAfter(executorRefused); // nobody will run us again: refuse what is queued, loudly
      }
    }, pauseNanos);
  }

  private void reportTellFailure(Throwable failure) {
    try {
      onFailure(failure);
    } catch (Throwable handlerFailure) {
      LOG.log(System.Logger.Level.WARNING, () -> "Actor " + settings.actorType()
          + ": the @OnFailure handler itself failed", Failures.handlerFailed(handlerFailure, failure));
    }
  }

  /**
   * {@code FailurePolicy.STOP}: refuse new sends, and refuse loudly everything still queued
   * (asks fail, tells become dead letters), then terminate.
   */
  private void stopAfter(Throwable cause) {
    stopped = true;
    ActorMessage held = takeHeld(); // the executor refused to resume the actor that held it
    if (held != null) {
      refuseAfterStop(held, cause);
    }
    ActorMessage message;
    while ((message = mailbox.poll()) != null) {
      if (!message.take()) {
        continue;
      }
      RECEIVED.setOpaque(this, received + 1);
      if (message.kind == STOP_SIGNAL) {
        continue;
      }
      releaseRoom(message);
      refuseAfterStop(message, cause);
    }
    terminate();
  }

  /** Refuses loudly a message the stopped actor will not handle: an ask fails, a tell becomes a dead letter. */
  private void refuseAfterStop(ActorMessage message, Throwable cause) {
    ActorStoppedException refused = new ActorStoppedException(
        "Actor " + settings.actorType() + " stopped after a failure before handling this message", cause);
    if (!message.fail(refused)) {
      DEAD_LETTERS.getAndAdd(this, 1L);
      reportTellFailure(refused);
    }
  }

  private void terminate() {
    status = TERMINATED;
    stopped = true;
    if (extras != null && extras.timers != null) {
      extras.timers.cancelAll(); // they die with the actor
    }
    LIVE.unregister(registration);
    if (extras == null || extras.children == null) {
      termination().complete(null);
      return;
    }
    // after this actor's own drain, each child drains in turn; this one has stopped once they all have
    CompletableFuture<?>[] stopped = extras.children.stream().map(ActorCell::stopChild).toArray(CompletableFuture<?>[]::new);
    CompletableFuture.allOf(stopped).whenComplete((done, failure) -> termination().complete(null));
  }

  private static CompletableFuture<?> stopChild(Supplier<? extends CompletionStage<?>> stop) {
    try {
      return stop.get().toCompletableFuture().exceptionally(failure -> null); // a child that failed has stopped too
    } catch (RuntimeException refused) {
      LOG.log(System.Logger.Level.WARNING, "A child actor could not be stopped", refused);
      return CompletableFuture.completedFuture(null);
    }
  }

  private void schedule(ActorMessage justSent) {
    if (status == IDLE && STATUS.compareAndSet(this, IDLE, SCHEDULED)) {
      try {
        executor.execute(this);
      } catch (RejectedExecutionException executorRefused) {
        status = IDLE;
        if (justSent == null || justSent.revoke()) {
          if (justSent != null) {
            unsend(justSent);
          }
          throw new ActorStoppedException(
              "Actor " + settings.actorType() + ": its executor refused to run it", executorRefused);
        }
        // The actor already took justSent in an earlier turn: that send succeeded.
      }
    }
  }

  private void awaitRoom(long timeoutNanos) {
    if (room == null || room.tryAcquire()) {
      return;
    }
    if (settings.overflow() == Overflow.REJECT) {
      throw new MailboxFullException(
          "Actor " + settings.actorType() + ": mailbox full (" + settings.mailboxCapacity() + " messages)");
    }
    try {
      if (timeoutNanos < 0) {
        room.acquire();
      } else if (!ClockWaits.tryAcquire(clock(), room, timeoutNanos)) {
        throw new MailboxFullException("Actor " + settings.actorType() + ": mailbox stayed full ("
            + settings.mailboxCapacity() + " messages) for " + timeoutNanos + " ns");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WaitInterruptedException(
          "Interrupted while waiting for room in the mailbox of actor " + settings.actorType(), e);
    }
  }

  /** The sender revoked its message: it no longer counts as queued, nor against the bound. */
  private void unsend(ActorMessage message) {
    sent.decrement();
    releaseRoom(message);
  }

  /** Gives back the room {@code message} took: only a sender's messages take room, not the runtime's own. */
  private void releaseRoom(ActorMessage message) {
    if (room != null && message.kind >= 0) {
      room.release();
    }
  }

  /**
   * Queues a message the actor asked for (a {@link Actors#pipeToSelf} continuation, a timer's
   * tick), from whichever thread completed it. It takes no room in a bounded mailbox and never
   * waits: the actor asked for it, and that thread may be another actor's or the timer's. Once the
   * actor has stopped it is refused: a continuation as a dead letter, counted and logged (the
   * actor is no longer there to run it); a tick quietly, since timers die with the actor.
   */
  final void tellOwn(ActorMessage message, boolean deadLetterIfRefused) {
    if (!stopped) {
      mailbox.offer(message);
      sent.increment();
      if (!stopped || !message.revoke()) {
        try {
          schedule(message);
          return;
        } catch (ActorStoppedException executorRefused) {
          // revoked and unsent by schedule: refused like any other
        }
      } else {
        sent.decrement();
      }
    }
    if (deadLetterIfRefused) {
      DEAD_LETTERS.getAndAdd(this, 1L);
      LOG.log(System.Logger.Level.WARNING, () -> "Actor " + settings.actorType()
          + " stopped before a continuation it asked for could run: dropped as a dead letter");
    }
  }

  private ActorStoppedException refusedBecauseStopped(Throwable cause) {
    String why = ShutdownState.isShutDown() ? " (" + ShutdownState.SHUT_DOWN + ")" : "";
    return new ActorStoppedException("Actor " + settings.actorType() + " is stopped" + why, cause);
  }

  private static final class StopSignal extends ActorMessage {
    StopSignal() {
      super(STOP_SIGNAL);
    }
  }

  private static final VarHandle STATUS;
  private static final VarHandle STOPPED;
  private static final VarHandle TERMINATION;
  private static final VarHandle RECEIVED;
  private static final VarHandle PROCESSED;
  private static final VarHandle FAILED;
  private static final VarHandle DEAD_LETTERS;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      STATUS = lookup.findVarHandle(ActorCell.class, "status", int.class);
      STOPPED = lookup.findVarHandle(ActorCell.class, "stopped", boolean.class);
      TERMINATION = lookup.findVarHandle(ActorCell.class, "termination", CompletableFuture.class);
      RECEIVED = lookup.findVarHandle(ActorCell.class, "received", long.class);
      PROCESSED = lookup.findVarHandle(ActorCell.class, "processed", long.class);
      FAILED = lookup.findVarHandle(ActorCell.class, "failed", long.class);
      DEAD_LETTERS = lookup.findVarHandle(ActorCell.class, "deadLetters", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}
