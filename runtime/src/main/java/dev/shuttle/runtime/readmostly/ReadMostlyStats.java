package dev.shuttle.runtime.readmostly;

import dev.shuttle.LockStrategy;
import dev.shuttle.runtime.Snapshot;

/**
 * A snapshot of one {@link ReadMostlyLock}, cheap enough to poll.
 *
 * <p>Only optimistic reads that a write spoiled are counted. Reads and writes are not: even an
 * uncontended {@code LongAdder} costs more than all of this lock's own bookkeeping on a read,
 * and a plain shared counter is a cache line that every call would take from the last caller's
 * core. Nor are waits: counting them on the way into the queue changes how the lock is handed
 * over. To see waits, record {@code dev.shuttle.ReadMostlyWait} with Flight Recorder (or
 * {@code jdk.ThreadPark}).
 *
 * @param typeName the user's class
 * @param strategy the lock behind it
 * @param optimisticRetries optimistic reads that a write spoiled, so they ran again under the
 *     read lock ({@code STAMPED} only)
 * @param readers read locks held right now (with {@code MUTEX}, whose reads hold it exclusively:
 *     1 while a read holds it)
 * @param writeLocked whether a write holds the lock right now
 */
public record ReadMostlyStats(
    String typeName,
    LockStrategy strategy,
    long optimisticRetries,
    int readers,
    boolean writeLocked) implements Snapshot {}
