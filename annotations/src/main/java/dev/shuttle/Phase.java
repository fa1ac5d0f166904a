package dev.shuttle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One phase of a {@link Phased @Phased} class. Every party calls it, in the order of the phase
 * numbers, with its party index ({@code 0} to {@code parties - 1}) if the method takes an
 * {@code int}: {@code @Phase(1) void forces(int party)}. A non-private instance method returning
 * {@code void}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Phase {

  /** The phase's place in a round: phases run in increasing order; each number at most once. */
  int value();
}
