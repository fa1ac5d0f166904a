package dev.shuttle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a class's {@link Phase @Phase} methods on several threads ("parties") in lock step, with a
 * barrier between phases: no party starts phase k+1 before every party has finished phase k. The
 * processor generates {@code FooPhases} with {@code run(foo)}, {@code run(foo, timeout)} and
 * {@code runAsync(foo)}.
 *
 * <pre>{@code
 * @Phased(parties = 4, until = "converged")
 * public class Simulation {
 *   @Phase(1) void forces(int party) { ... }      // party is 0..3: each takes its share
 *   @Phase(2) void integrate(int party) { ... }
 *   @AfterPhase void checkpoint(int phase) { ... } // once per phase, while the parties wait
 *   boolean converged() { ... }                    // asked once after each round
 * }
 * SimulationPhases.run(new Simulation());
 * }</pre>
 *
 * <p>Each party runs on its own daemon thread, {@code shuttle-Foo-party-N}. A party that throws
 * breaks the barrier: the other parties leave at their next barrier and {@code run} throws the
 * first failure, unchanged, with any later ones suppressed.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Phased {

  /** The largest {@link #parties()}: {@link Pool#MAX_THREADS}, as each party runs on a thread of its own. */
  int MAX_PARTIES = Pool.MAX_THREADS;

  /**
   * How many parties run the phases, up to {@link #MAX_PARTIES}; {@code 0} (the default) means one
   * per available processor.
   */
  int parties() default 0;

  /**
   * The name of a {@code boolean} method with no parameters, asked once after each round (all
   * phases, in order) while the parties wait: {@code true} stops, {@code false} runs another
   * round. {@code ""} (the default) runs one round.
   */
  String until() default "";
}
