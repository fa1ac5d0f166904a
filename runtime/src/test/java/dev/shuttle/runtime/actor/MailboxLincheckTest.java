package dev.shuttle.runtime.actor;

import java.util.ArrayDeque;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.junit.jupiter.api.Test;

/**
 * Linearizability of {@link Mailbox} against {@link ArrayDeque}: {@code offer} from any thread,
 * {@code poll} and {@code isEmpty} from one consumer thread at a time (the {@code consumer}
 * non-parallel group), as {@link ActorCell} uses it.
 *
 * <p>Both strategies are bounded so that each stays under 30 seconds on two busy cores (model
 * checking with Lincheck's defaults, 100 iterations x 10,000 invocations, takes minutes). At these
 * bounds model checking still finds, within a few iterations, a {@code poll()} that returns
 * {@code null} while a producer is between its swap and its link, and an {@code isEmpty()} that
 * looks at {@code tail} alone.
 */
public class MailboxLincheckTest {
  private final Mailbox mailbox = new Mailbox();

  @Operation
  public void offer(int value) {
    mailbox.offer(new Item(value));
  }

  @Operation(nonParallelGroup = "consumer")
  public Integer poll() {
    ActorMessage message = mailbox.poll();
    return message == null ? null : ((Item) message).value;
  }

  @Operation(nonParallelGroup = "consumer")
  public boolean isEmpty() {
    return mailbox.isEmpty();
  }

  @Test
  void modelChecking() {
    new ModelCheckingOptions()
        .iterations(15)
        .invocationsPerIteration(400)
        .threads(3)
        .actorsPerThread(3)
        .sequentialSpecification(Spec.class)
        .check(getClass());
  }

  @Test
  void stress() {
    new StressOptions()
        .iterations(10)
        .invocationsPerIteration(500)
        .threads(3)
        .actorsPerThread(3)
        .sequentialSpecification(Spec.class)
        .check(getClass());
  }

  /** The sequential behaviour every concurrent history must match. */
  public static final class Spec {
    private final ArrayDeque<Integer> queue = new ArrayDeque<>();

    public void offer(int value) {
      queue.offer(value);
    }

    public Integer poll() {
      return queue.poll();
    }

    public boolean isEmpty() {
      return queue.isEmpty();
    }
  }

  private static final class Item extends ActorMessage {
    final int value;

    Item(int value) {
      super(0);
      this.value = value;
    }
  }
}
