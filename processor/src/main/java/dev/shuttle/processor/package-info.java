/**
 * Shuttle's annotation processor: {@link dev.shuttle.processor.ShuttleProcessor} hands each
 * annotation to its step (a validator, then a generator that runs only on a clean report), and
 * this package holds what every step shares: the error report, the messages, the source writer and
 * the names of runtime types generated code uses.
 *
 * <p>Nothing here is an API: a user puts the processor on the compiler's processor path and never
 * calls it.
 */
package dev.shuttle.processor;
