package dev.shuttle.runtime;

import dev.shuttle.runtime.internal.Census;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Every live Shuttle object of the process: rate limiters, keyed rate limiters, read-mostly
 * locks, task pools, actors, running pipelines and phased runs, each with its name and a cheap
 * snapshot ({@link ShuttleObject}). Reach it with {@link Shuttle#registry()}.
 *
 * <p>An object is listed from the moment it is made (a pipeline, from {@code start()}) until it is
 * done: an actor once it has stopped, a pipeline once its workers have stopped, a phased run once
 * its parties have, a pool once a new pool of its name replaces it; or until it is garbage
 * collected. The registry holds everything weakly, so short-lived objects that a program drops
 * (a woven instance per request, and its limiters and lock) do not fill it.
 *
 * <p>For metrics: snapshots are cheap enough to poll, and a {@link Listener} hears of every object
 * as it is made and as it leaves, with its last snapshot, so that a binder counts short-lived
 * objects too. Nothing here touches the objects' hot paths; registering is one small object and
 * one short lock when an object is made.
 */
public final class ShuttleRegistry {
  static final ShuttleRegistry INSTANCE = new ShuttleRegistry();

  private ShuttleRegistry() {}

  /**
   * Hears of objects as they come and go. Its methods run on the thread that made or finished
   * the object (often a Shuttle worker), so they must be quick and must not block; what they
   * throw is logged and ignored.
   */
  public interface Listener {
    /** {@code object} was just made (or, for a pipeline, started). */
    void added(ShuttleObject object);

    /**
     * {@code object} is done (stopped, closed, its run over, its pool replaced); {@code last} is
     * its final snapshot. An object that is garbage collected instead leaves without a call: its
     * {@link ShuttleObject#snapshot()} turns empty.
     */
    void removed(ShuttleObject object, Snapshot last);
  }

  /** A listener's registration; closing it stops the calls. */
  public interface Subscription extends AutoCloseable {
    @Override
    void close();
  }

  /** The objects live now, a copy: objects made meanwhile are not in it. */
  public List<ShuttleObject> objects() {
    return Census.objects();
  }

  /** {@link #objects()} as a stream. */
  public Stream<ShuttleObject> stream() {
    return objects().stream();
  }

  /** Calls {@code action} with each object of {@link #objects()}. */
  public void forEach(Consumer<? super ShuttleObject> action) {
    objects().forEach(action);
  }

  /**
   * Calls {@code listener} for every object made or finished from now on. To see the objects
   * that exist already too, add the listener first, then walk {@link #objects()}: an object made
   * in between is then seen twice (the {@link ShuttleObject}s are equal), never missed.
   */
  public Subscription addListener(Listener listener) {
    return Census.listen(listener)::run;
  }
}
