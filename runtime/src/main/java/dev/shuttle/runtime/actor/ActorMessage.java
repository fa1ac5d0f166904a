package dev.shuttle.runtime.actor;

import dev.shuttle.runtime.InternalApi;
import dev.shuttle.runtime.context.ContextSnapshot;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A message in an actor's mailbox. Generated code declares one small final subclass per actor
 * method, holding the call's arguments; the message is also the mailbox's queue node, so a send
 * allocates nothing but the message itself.
 *
 * <p>A message is handed over exactly once: either the actor {@linkplain #take() takes} it and
 * handles it, or the sender {@linkplain #revoke() revokes} it after losing a race with
 * {@code stop()} and refuses the call loudly. The CAS between the two decides which.
 */
@InternalApi
public abstract class ActorMessage {
  private static final int NEW = 0;
  private static final int TAKEN = 1;
  private static final int REVOKED = 2;

  /** Which actor method this message calls; generated code switches on it. */
  public final int kind;

  volatile ActorMessage next; // written with VarHandles by Mailbox
  ContextSnapshot context; // the sender's (Contexts.capture()), published by the mailbox's offer; null: none
  private volatile int state; // NEW -> TAKEN by the actor, or NEW -> REVOKED by the sender

  protected ActorMessage(int kind) {
    this.kind = kind;
  }

  final boolean take() {
    return STATE.compareAndSet(this, NEW, TAKEN);
  }

  final boolean revoke() {
    return STATE.compareAndSet(this, NEW, REVOKED);
  }

  /**
   * Fails the caller waiting for this message, if there is one.
   *
   * @return whether a caller was told; {@code false} for a tell, whose failure goes to the
   *     actor's failure handler instead
   */
  boolean fail(Throwable failure) {
    return false;
  }

  static final VarHandle NEXT;
  private static final VarHandle STATE;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      NEXT = lookup.findVarHandle(ActorMessage.class, "next", ActorMessage.class);
      STATE = lookup.findVarHandle(ActorMessage.class, "state", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}
