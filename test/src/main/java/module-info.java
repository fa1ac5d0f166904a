/**
 * Shuttle's test support: a manual clock, a step-by-step executor, a probe and the JUnit 5
 * extension that installs them around each test. A test module reads it with
 * {@code requires dev.shuttle.test;}; it reads the runtime and JUnit's API transitively.
 */
module dev.shuttle.test {
  requires transitive dev.shuttle.runtime;
  requires transitive org.junit.jupiter.api;

  exports dev.shuttle.test;
}
