/**
 * Shuttle's Spring Boot auto-configuration. A user touches nothing here but the properties
 * {@link dev.shuttle.spring.ShuttleProperties} documents ({@code shuttle.overrides},
 * {@code shuttle.shutdown.*}, {@code shuttle.context.mdc}, {@code shuttle.metrics.enabled}):
 * {@link dev.shuttle.spring.ShuttleAutoConfiguration} applies itself when the jar is on the class
 * path.
 */
package dev.shuttle.spring;
