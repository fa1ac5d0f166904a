/**
 * {@code @Actor} with {@code @RateLimited}: a geocoder actor in front of an API that allows one
 * request a second. A lookup over the limit waits in the actor's mailbox for its permit, not on a
 * thread, so another actor on the same single thread answers meanwhile.
 */
package dev.shuttle.examples.geocoding;
