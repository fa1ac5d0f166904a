/**
 * {@code @ReadMostly}: a price catalog read by six threads and written by two, whose readers check
 * that they never see a half-finished write.
 */
package dev.shuttle.examples.readmostly;
