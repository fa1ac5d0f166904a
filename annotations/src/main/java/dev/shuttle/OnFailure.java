package dev.shuttle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the method of an {@link Actor} class that receives failures of tells (messages with no
 * caller waiting for them). It must be a non-private instance method taking one {@code Throwable}
 * and returning {@code void}; it runs on the actor, like any other message. Without one, failures
 * go to {@code System.Logger} at {@code WARNING}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OnFailure {}
