package dev.shuttle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The inclusive start of the range a {@link ForkJoin @ForkJoin} method works on; an {@code int}
 * or a {@code long}, of the same type as its {@link To @To}. Exactly one per method.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface From {}
