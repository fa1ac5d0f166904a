/**
 * Shuttle's annotation processor: {@link dev.shuttle.processor.ShuttleProcessor} hands each
 * annotation to its step (a validator, then a generator that runs only on a clean report), and
 * this package holds what every step shares: annotations read through their types
 * ({@link dev.shuttle.processor.AnnotationOn}), the rules every annotated class must pass
 * ({@link dev.shuttle.processor.ClassRules}), the problems a step reports and the report they go
 * to, the source writer, and the names of runtime types generated code uses.
 *
 * <p>Nothing here is an API: a user puts the processor on the compiler's processor path and never
 * calls it.
 */
package dev.shuttle.processor;
