package dev.shuttle.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A test class whose tests each run on a {@link ManualClock} and a {@link ManualExecutor} of their
 * own ({@link ShuttleTestExtension}), never in parallel with another such test.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(ShuttleTestExtension.class)
@ResourceLock(ShuttleTestExtension.RESOURCE)
public @interface ShuttleTest {}
