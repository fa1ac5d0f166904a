/**
 * SLF4J's MDC on the threads Shuttle hands work to. A user touches
 * {@link dev.shuttle.mdc.MdcContext}, and nothing else: one call at startup,
 * {@code MdcContext.install()}.
 */
package dev.shuttle.mdc;
