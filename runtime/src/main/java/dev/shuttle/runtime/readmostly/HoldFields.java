package dev.shuttle.runtime.readmostly;

/**
 * The field layout of {@link ReadMostlyHold}: each thread writes its own record on every call of a
 * {@code STAMPED} lock, so a record gets cache lines of its own. Threads allocate their records
 * far apart, but a garbage collection copies live objects next to each other, after which two
 * threads' records would share a line and every call of either would take it from the other. The
 * JVM lays out a superclass's fields before its subclass's, so the padding is a chain of classes
 * (as in {@link RingFields}).
 */
final class HoldFields {
  private HoldFields() {}

  /** 128 bytes (CPUs prefetch lines in pairs), and an int for the gap after the object header. */
  abstract static class PadBefore {
    int pa;
    long pa00, pa01, pa02, pa03, pa04, pa05, pa06, pa07, pa08, pa09, pa10, pa11, pa12, pa13, pa14, pa15;
  }

  abstract static class Fields extends PadBefore {
    /** The outermost hold: id (read) or -id (write), 0 when none; no deeper frames then. */
    long first;
    long[] deeperHolds;
    int deeper;

    /** The thread this record belongs to ({@code 0} for the shared constants). */
    final long threadId;

    Fields(long threadId) {
      this.threadId = threadId;
    }
  }

  abstract static class PadAfter extends Fields {
    long pb00, pb01, pb02, pb03, pb04, pb05, pb06, pb07, pb08, pb09, pb10, pb11, pb12, pb13, pb14, pb15;

    PadAfter(long threadId) {
      super(threadId);
    }
  }
}
