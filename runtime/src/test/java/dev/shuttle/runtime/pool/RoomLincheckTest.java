package dev.shuttle.runtime.pool;

import dev.shuttle.runtime.testing.LincheckBounds;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.junit.jupiter.api.Test;

/**
 * Linearizability of {@link Room}, the free places of a pool's queue, against a plain counter:
 * a take succeeds exactly when a place is free, a forced take always succeeds and may go below
 * zero, and a place given back is free at once. (Waiting takes are {@link TaskPoolTest}'s.)
 */
public class RoomLincheckTest {
  private final Room room = new Room(Spec.CAPACITY);

  @Operation
  public boolean tryTake() {
    return room.tryTake();
  }

  @Operation
  public void force() {
    room.force();
  }

  @Operation
  public void give() {
    room.give();
  }

  @Operation
  public int free() {
    return room.free();
  }

  @Test
  void modelChecking() {
    LincheckBounds.apply(new ModelCheckingOptions()).sequentialSpecification(Spec.class).check(getClass());
  }

  @Test
  void stress() {
    LincheckBounds.apply(new StressOptions()).sequentialSpecification(Spec.class).check(getClass());
  }

  /** The sequential meaning: a counter of free places. */
  public static final class Spec {
    static final int CAPACITY = 2;
    private int free = CAPACITY;

    public boolean tryTake() {
      if (free <= 0) {
        return false;
      }
      free--;
      return true;
    }

    public void force() {
      free--;
    }

    public void give() {
      free++;
    }

    public int free() {
      return free;
    }
  }
}
