/**
 * Shuttle's annotations. A module that uses Shuttle reads them through {@code requires
 * dev.shuttle.runtime}, which requires this module transitively.
 */
module dev.shuttle.annotations {
  exports dev.shuttle;
}
