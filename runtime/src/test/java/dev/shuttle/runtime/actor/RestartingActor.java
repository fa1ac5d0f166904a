package dev.shuttle.runtime.actor;

import dev.shuttle.runtime.testing.FakeScheduler;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A hand-written {@code RESTART} actor in the shape the processor generates: its behaviour is a
 * {@link Tally} made by a factory, replaced on {@link #restart()}. Its clock and its timer are the
 * test's, so restart windows and back-offs are deterministic.
 */
class RestartingActor extends ActorCell {
  private static final int RUN = 0;
  private static final int ASK = 1;

  /** The behaviour: plain state, touched only by handlers. */
  static final class Tally {
    int handled;
  }

  final List<Tally> made = new ArrayList<>(); // every behaviour the factory made, in order
  RuntimeException factoryFailure; // when set, the next restart's factory throws it
  private final FakeScheduler clock;
  private Tally behaviour;

  RestartingActor(ActorSettings settings, Executor executor, FakeScheduler clock) {
    super(settings, executor);
    this.clock = clock;
    this.behaviour = make();
  }

  private Tally make() {
    if (factoryFailure != null) {
      throw factoryFailure;
    }
    Tally tally = new Tally();
    made.add(tally);
    return tally;
  }

  void run(Consumer<Tally> action) {
    tell(new Run(action));
  }

  <T> CompletableFuture<T> ask(Function<Tally, T> question) {
    return ask(new Ask<>(question));
  }

  @Override
  protected void restart() {
    behaviour = make();
  }

  @Override
  FakeScheduler clock() {
    return clock;
  }

  @Override
  protected void dispatch(ActorMessage message) {
    if (message instanceof Run run) {
      behaviour.handled++;
      run.action.accept(behaviour);
    } else {
      answer((Ask<?>) message);
    }
  }

  private <T> void answer(Ask<T> ask) {
    behaviour.handled++;
    ask.replyWith(ask.question.apply(behaviour));
  }

  @Override
  protected void onFailure(Throwable failure) {
    // reported; the policy decides what comes next
  }

  private static final class Run extends ActorMessage {
    final Consumer<Tally> action;

    Run(Consumer<Tally> action) {
      super(RUN);
      this.action = action;
    }
  }

  private static final class Ask<T> extends AskMessage<T> {
    final Function<Tally, T> question;

    Ask(Function<Tally, T> question) {
      super(ASK);
      this.question = question;
    }
  }
}
