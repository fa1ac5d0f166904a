package dev.shuttle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the method of a {@link Pipeline} class that receives every item a stage failed on:
 * {@code void failed(Object item, Throwable error, String stage)}, non-private and non-static,
 * where {@code stage} is the stage method's name. It runs on the failing stage's worker, possibly
 * on several workers at once, so it must be thread-safe. The worker goes on with the next item
 * afterwards. Without one, failures go to {@code System.Logger} {@code dev.shuttle.pipeline} at
 * {@code WARNING}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OnError {}
