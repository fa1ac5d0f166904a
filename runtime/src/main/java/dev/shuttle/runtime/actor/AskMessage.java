package dev.shuttle.runtime.actor;

import dev.shuttle.runtime.InternalApi;
import dev.shuttle.runtime.internal.Failures;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A message whose caller waits for a reply: the generated proxy returns {@link #reply}. */
@InternalApi
public abstract class AskMessage<T> extends ActorMessage {

  /** Completed with the handler's result, or failed with its exception unchanged. */
  public final CompletableFuture<T> reply = new CompletableFuture<>();

  protected AskMessage(int kind) {
    super(kind);
  }

  /** Completes the reply with the handler's result. */
  public final void replyWith(T value) {
    reply.complete(value);
  }

  /** Completes the reply when the stage returned by the handler completes. */
  public final void replyWhen(CompletionStage<? extends T> stage) {
    if (stage == null) {
      reply.completeExceptionally(
          new NullPointerException("the actor method returned a null CompletionStage"));
      return;
    }
    stage.whenComplete(
        (value, failure) -> {
          if (failure != null) {
            reply.completeExceptionally(Failures.unwrap(failure));
          } else {
            reply.complete(value);
          }
        });
  }

  @Override
  final boolean fail(Throwable failure) {
    reply.completeExceptionally(failure);
    return true;
  }
}
