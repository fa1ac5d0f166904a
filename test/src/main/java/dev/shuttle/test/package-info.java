/**
 * Deterministic tests of code that uses Shuttle: {@link dev.shuttle.test.ShuttleTest} (or
 * {@link dev.shuttle.test.ShuttleTestExtension}) gives each test a
 * {@link dev.shuttle.test.ManualClock}, which rate limits, timeouts, timers and races read, and a
 * {@link dev.shuttle.test.ManualExecutor}, on which actors and pools run one step at a time on the
 * test's thread; a {@link dev.shuttle.test.Probe} records what an actor sends. A test moves time
 * and runs work by hand, and asserts exactly what happened: no sleeps, no elapsed-time checks.
 */
package dev.shuttle.test;
