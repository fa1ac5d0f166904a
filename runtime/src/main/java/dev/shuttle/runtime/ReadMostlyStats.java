package dev.shuttle.runtime;

import dev.shuttle.LockStrategy;

/**
 * A snapshot of one {@link ReadMostlyLock}, cheap enough to poll.
 *
 * <p>Only the slow paths count: calls that had to wait, and optimistic reads a write spoiled.
 * Reads and writes are not counted: even a {@code LongAdder} costs 2.8 ns a call uncontended,
 * more than all of this lock's own bookkeeping on a read (2.3 ns over a bare
 * {@code StampedLock}), and a plain shared counter is a cache line that every call would take
 * from the last caller's core.
 *
 * @param typeName the user's class
 * @param strategy the lock behind it
 * @param contendedReads reads that found a writer holding the lock (with {@code MUTEX}: anyone)
 *     and waited for it. {@code READ_WRITE} and {@code STAMPED} look only while a JFR recording
 *     enables {@code dev.shuttle.ReadMostlyWait}: looking costs their read fast path about 10%
 * @param contendedWrites writes that could not take the lock at once and waited for it
 * @param optimisticRetries optimistic reads that a write spoiled, so they ran again under the
 *     read lock ({@code STAMPED} only)
 * @param readers read locks held right now (with {@code MUTEX}, whose reads hold it exclusively:
 *     1 while a read holds it)
 * @param writeLocked whether a write holds the lock right now
 */
public record ReadMostlyStats(
    String typeName,
    LockStrategy strategy,
    long contendedReads,
    long contendedWrites,
    long optimisticRetries,
    int readers,
    boolean writeLocked) {}
