package dev.shuttle.runtime;

import dev.shuttle.LockStrategy;

/**
 * A snapshot of one {@link ReadMostlyLock}, cheap enough to poll.
 *
 * <p>Reads are not counted: every counter a reader bumps is a write to memory shared by all
 * readers, which costs about as much as the read lock itself and would erase the point of
 * sharing it. Writes hold the lock exclusively, so counting them is free; contended calls and
 * failed optimistic reads are counted on their slow paths only.
 *
 * @param typeName the user's class
 * @param strategy the lock behind it
 * @param writes write locks taken (nested writes not included)
 * @param contendedReads reads that found a writer holding the lock (or, with {@code MUTEX},
 *     anyone) and waited for it
 * @param contendedWrites writes that could not take the lock at once and waited for it
 * @param optimisticRetries optimistic reads that a write invalidated, so they ran again under
 *     the read lock ({@code STAMPED} only)
 * @param readers read locks held right now (with {@code MUTEX}: 1 while a read holds it)
 * @param writeLocked whether a write holds the lock right now
 */
public record ReadMostlyStats(
    String typeName,
    LockStrategy strategy,
    long writes,
    long contendedReads,
    long contendedWrites,
    long optimisticRetries,
    int readers,
    boolean writeLocked) {}
