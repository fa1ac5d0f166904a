package dev.shuttle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The barrier action of a {@link Phased @Phased} class: runs once after each phase, on the last
 * party to finish it, before any party goes on, with the number of the phase just finished:
 * {@code @AfterPhase void checkpoint(int phase)}. Everything the parties wrote in that phase is
 * visible to it, and everything it writes is visible to the next phase. At most one per class.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface AfterPhase {}
