/**
 * Shuttle's runtime. Generated code lives in the user's own module and calls the pattern packages,
 * so each of them is exported to every module; {@code dev.shuttle.runtime.internal} is not
 * exported: only the runtime's own packages use it.
 *
 * <p>A module that uses Shuttle needs one line, {@code requires dev.shuttle.runtime;}: it reads the
 * annotations transitively, because the runtime's API takes their enums.
 */
module dev.shuttle.runtime {
  requires transitive dev.shuttle.annotations;
  requires java.management; // an ADAPTIVE pool measures each task's CPU time
  requires jdk.jfr; // waits and failures are Flight Recorder events

  exports dev.shuttle.runtime;
  exports dev.shuttle.runtime.actor;
  exports dev.shuttle.runtime.config;
  exports dev.shuttle.runtime.context;
  exports dev.shuttle.runtime.phased;
  exports dev.shuttle.runtime.pipeline;
  exports dev.shuttle.runtime.pool;
  exports dev.shuttle.runtime.queue;
  exports dev.shuttle.runtime.ratelimit;
  exports dev.shuttle.runtime.readmostly;
}
