package dev.shuttle.processor.woven;

import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One validated {@code @Race} method: what the generated implementation races, and how.
 *
 * @param constant the static {@code RaceSettings}: {@code QUOTE_RACE}
 * @param description what messages and exceptions call the race: {@code Quotes.quote}
 * @param valueType the {@code T} of the method's {@code CompletableFuture<T>}
 * @param hedgeAfter 0 for all sources at once
 * @param timeout 0 for none
 * @param unit the unit of both
 */
record RaceCall(String constant, String description, PoolRef pool, TypeName valueType, List<Source> sources,
    long hedgeAfter, long timeout, TimeUnit unit, String overridePath) {

  /**
   * A source method, by name.
   *
   * @param staged whether it returns a {@code CompletionStage} of the value rather than the value
   */
  record Source(String name, boolean staged) {}
}
