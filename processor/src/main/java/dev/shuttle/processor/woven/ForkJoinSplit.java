package dev.shuttle.processor.woven;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.shuttle.ForkJoin;
import javax.lang.model.element.ExecutableElement;

/**
 * One validated {@code @ForkJoin} method: its range, how far to split it, how two results become
 * one, and the names of what the woven class gets for it.
 *
 * @param taskName the nested task class: {@code SumTask}
 * @param poolField the instance field with the pool the method runs on (overrides applied): {@code sumPool}
 * @param thresholdField the instance field with its threshold (overrides applied): {@code sumThreshold}
 * @param from the {@code @From} parameter's name
 * @param to the {@code @To} parameter's name
 * @param boundType {@code int} or {@code long}
 * @param threshold the largest range the original method runs without splitting it, or
 *     {@code ForkJoin.AUTO} to size it from each call's range and pool
 * @param parallelism threads of the method's own pool; {@code 0} for the common pool
 * @param description how thread names and messages name the method: {@code Sums.sum}
 * @param overridePath where its deploy-time overrides live: {@code golden.Sums/sum/ForkJoin}
 */
record ForkJoinSplit(
    ExecutableElement method,
    String taskName,
    String poolField,
    String thresholdField,
    String from,
    String to,
    TypeName boundType,
    int threshold,
    int parallelism,
    Combine combine,
    String description,
    String overridePath) {

  /** How the results of two adjacent ranges become one. */
  enum Combining {
    /** A {@code void} method: the halves only run. */
    NONE,
    /** A numeric result: {@code left + right}, cast back for {@code byte} and {@code short}. */
    PLUS,
    /** The {@code combine} method: {@code merge(left, right)}. */
    METHOD
  }

  /**
   * @param method for {@link Combining#METHOD}, the method's name: {@code merge}
   * @param target for {@link Combining#METHOD}, how the task calls it: {@code merge},
   *     {@code Sums.merge} (static) or {@code ConcurrentSums.this.join} (a name the task inherits)
   * @param narrowing for {@link Combining#PLUS} on {@code byte} or {@code short}, the cast back
   */
  record Combine(Combining combining, String method, CodeBlock target, TypeName narrowing) {
    static Combine none() {
      return new Combine(Combining.NONE, null, null, null);
    }

    static Combine plus(TypeName primitive) {
      boolean promoted = primitive.equals(TypeName.BYTE) || primitive.equals(TypeName.SHORT);
      return new Combine(Combining.PLUS, null, null, promoted ? primitive : null);
    }

    static Combine method(String method, CodeBlock target) {
      return new Combine(Combining.METHOD, method, target, null);
    }
  }

  boolean ownPool() {
    return parallelism > 0;
  }

  /** Whether each call sizes its threshold from its range and pool, unless an override sets one. */
  boolean autoThreshold() {
    return threshold == ForkJoin.AUTO;
  }
}
