/**
 * {@code @Actor}: eight account actors take transfers from four threads, and the total of all
 * balances never changes.
 */
package dev.shuttle.examples.actor;
