/**
 * {@code @RateLimited}: a weather client whose calls stay under the service's limit from several
 * threads, and whose alert query is refused at once over its own limit.
 */
package dev.shuttle.examples.ratelimit;
