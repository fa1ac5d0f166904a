package dev.shuttle.runtime.actor;

import java.util.concurrent.RejectedExecutionException;

/**
 * A message sent to a bounded mailbox that was full ({@code Overflow.REJECT}), or stayed full
 * for the whole timeout of a timed send: it was refused, not queued.
 */
public class MailboxFullException extends RejectedExecutionException {
  private static final long serialVersionUID = 1L;

  public MailboxFullException(String message) {
    super(message);
  }
}
