/**
 * {@code @Async} and {@code @Pool}: a thumbnailer resizes images against a fake store with slow
 * round trips on an I/O-sized pool, indexes them on the built-in CPU pool, and drains both with
 * {@code TaskPools.shutdownAll}.
 */
package dev.shuttle.examples.async;
