package dev.shuttle.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public type that exists for the code Shuttle's processor generates, or for the runtime's
 * own packages, and not for users. It is public only because generated code lives in the user's
 * package. Such a type may change or go away in any release; generated code is always regenerated
 * against the runtime it runs on.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface InternalApi {}
