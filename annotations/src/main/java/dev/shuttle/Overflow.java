package dev.shuttle;

/** What a send into a full bounded queue (a mailbox, a pool's task queue) does. */
public enum Overflow {
  /** The sender waits for room; the wait responds to interrupts and has a timed variant. */
  BLOCK,
  /** The send is refused at once with an exception (or a failed future for calls that return one). */
  REJECT
}
