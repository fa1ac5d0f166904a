/** Carries SLF4J's MDC to the threads Shuttle hands work to: {@link dev.shuttle.mdc.MdcContext#install()}. */
module dev.shuttle.mdc {
  requires transitive dev.shuttle.runtime;
  requires org.slf4j;

  exports dev.shuttle.mdc;
}
