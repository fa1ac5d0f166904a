/**
 * Shuttle's metrics for Micrometer: {@link dev.shuttle.micrometer.ShuttleMetrics} binds every live
 * Shuttle object of the process ({@code dev.shuttle.runtime.ShuttleRegistry}) to a
 * {@code MeterRegistry}. It is the one type a user touches here.
 */
package dev.shuttle.micrometer;
