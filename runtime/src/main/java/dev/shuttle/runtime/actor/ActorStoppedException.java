package dev.shuttle.runtime.actor;

import java.util.concurrent.RejectedExecutionException;

/** A message sent to an actor that is stopping or stopped: it was refused, not handled. */
public class ActorStoppedException extends RejectedExecutionException {
  private static final long serialVersionUID = 1L;

  public ActorStoppedException(String message) {
    super(message);
  }

  public ActorStoppedException(String message, Throwable cause) {
    super(message, cause);
  }
}
