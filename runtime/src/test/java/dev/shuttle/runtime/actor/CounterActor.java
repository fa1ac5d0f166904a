package dev.shuttle.runtime.actor;

import dev.shuttle.FailurePolicy;
import dev.shuttle.Overflow;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A hand-written actor in the shape the processor generates, for this user class:
 *
 * <pre>{@code
 * @Actor
 * class Counter {
 *   void count(int sender, long seq) { ... }   // a tell: checks each sender's sequence
 *   long echo(long value) { return value; }     // an ask
 *   void fail(RuntimeException e) { throw e; }  // a tell whose handler throws
 *   long failAsk(RuntimeException e) { throw e; }
 * }
 * }</pre>
 *
 * <p>One small final message class per method, a proxy method per send, and a {@code switch} over
 * {@code message.kind} in {@link #dispatch}. Besides the user state, it carries probes for the
 * tests: a flag that detects two handlers running at once, and the failures its
 * {@link #onFailure} received.
 *
 * <p>The user state ({@link #counted}, {@link #lastSeq}, ...) is plain fields, touched only by
 * handlers: read it after {@code stop().get(...)} or {@code termination().get(...)} (which
 * happens-after every handler), or on the thread that ran a {@link ManualExecutor}.
 */
public class CounterActor extends ActorCell { // not final: a test overrides onFailure
  static final int COUNT = 0;
  static final int ECHO = 1;
  static final int FAIL = 2;
  static final int FAIL_ASK = 3;

  // User state, touched by handlers only.
  final long[] lastSeq;
  long counted;
  long outOfOrder;
  long echoed;

  // Test probes.
  private final AtomicBoolean inHandler = new AtomicBoolean();
  private final AtomicInteger overlaps = new AtomicInteger();
  private final Queue<Throwable> failures = new ConcurrentLinkedQueue<>();

  public CounterActor(ActorSettings settings, Executor executor, int senders) {
    super(settings, executor);
    this.lastSeq = new long[senders];
  }

  /** As {@code @Actor} reads them: a {@code mailbox} or {@code throughput} of 0 keeps the default. */
  public static ActorSettings settings(int mailbox, Overflow overflow, FailurePolicy onFailure, int throughput) {
    ActorSettings settings = ActorSettings.of("Counter").onFailure(onFailure);
    if (mailbox > 0) {
      settings = settings.mailbox(mailbox, overflow);
    }
    return throughput > 0 ? settings.throughput(throughput) : settings;
  }

  static ActorSettings unbounded() {
    return settings(0, Overflow.BLOCK, FailurePolicy.RESUME, 0);
  }

  // ---- The proxy: what generated code exposes to callers ----

  /** {@code seq} starts at 1 for each sender. */
  void count(int sender, long seq) {
    tell(new Count(sender, seq));
  }

  void count(int sender, long seq, long timeoutNanos) {
    tell(new Count(sender, seq), timeoutNanos);
  }

  CompletableFuture<Long> echo(long value) {
    return ask(new Echo(value));
  }

  CompletableFuture<Long> echo(long value, long timeoutNanos) {
    return ask(new Echo(value), timeoutNanos);
  }

  CompletableFuture<Long> echoWithin(long value, long replyWaitNanos) {
    return ask(new Echo(value), NO_TIMEOUT, replyWaitNanos);
  }

  public void fail(RuntimeException failure) {
    tell(new Fail(failure));
  }

  CompletableFuture<Long> failAsk(RuntimeException failure) {
    return ask(new FailAsk(failure));
  }

  // ---- The mailbox loop's dispatch ----

  @Override
  protected void dispatch(ActorMessage message) throws Throwable {
    if (!inHandler.compareAndSet(false, true)) {
      overlaps.incrementAndGet();
    }
    try {
      switch (message.kind) {
        case COUNT -> {
          Count m = (Count) message;
          onCount(m.sender, m.seq);
        }
        case ECHO -> {
          Echo m = (Echo) message;
          m.reply.complete(onEcho(m.value));
        }
        case FAIL -> throw ((Fail) message).failure;
        case FAIL_ASK -> throw ((FailAsk) message).failure;
        default -> throw new AssertionError("unknown message kind " + message.kind);
      }
    } finally {
      inHandler.set(false);
    }
  }

  @Override
  protected void onFailure(Throwable failure) {
    failures.add(failure);
  }

  // ---- The user's methods ----

  private void onCount(int sender, long seq) {
    if (seq != lastSeq[sender] + 1) {
      outOfOrder++;
    }
    lastSeq[sender] = seq;
    counted++;
  }

  private long onEcho(long value) {
    echoed++;
    return value;
  }

  // ---- Probes ----

  /** How many times a handler started while another was still running. */
  int overlaps() {
    return overlaps.get();
  }

  /** What {@link #onFailure} received, in order. */
  List<Throwable> failures() {
    return List.copyOf(failures);
  }

  // ---- Messages: one small final class per method ----

  private static final class Count extends ActorMessage {
    final int sender;
    final long seq;

    Count(int sender, long seq) {
      super(COUNT);
      this.sender = sender;
      this.seq = seq;
    }
  }

  private static final class Echo extends AskMessage<Long> {
    final long value;

    Echo(long value) {
      super(ECHO);
      this.value = value;
    }
  }

  private static final class Fail extends ActorMessage {
    final RuntimeException failure;

    Fail(RuntimeException failure) {
      super(FAIL);
      this.failure = failure;
    }
  }

  private static final class FailAsk extends AskMessage<Long> {
    final RuntimeException failure;

    FailAsk(RuntimeException failure) {
      super(FAIL_ASK);
      this.failure = failure;
    }
  }
}
