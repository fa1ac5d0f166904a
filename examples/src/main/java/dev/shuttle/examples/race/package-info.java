/**
 * {@code @Race}: a quote is raced between a primary and a mirror, once all at once and once
 * hedged, so the mirror is asked only when the primary is slow.
 */
package dev.shuttle.examples.race;
