package dev.shuttle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a {@link ReadMostly} class that changes its state: the generated override
 * runs it under the exclusive write lock. Public methods marked neither {@code @Read} nor
 * {@code @Write} are treated as writes, the safe default.
 *
 * <p>A write may call reads and writes of the same object: they proceed at once, since the
 * thread already holds the lock exclusively.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Write {}
