package dev.shuttle.runtime.actor;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * Every actor that has not terminated and can still be reached: what {@link Actors#stopAll}
 * stops. An actor leaves when it terminates, or when nothing refers to it any more (it can then
 * receive no message, and nothing of it is lost): the registry holds each one weakly, so a
 * program that spawns short-lived actors and drops them does not fill it.
 *
 * <p>Off the hot path: an actor registers once, when it is spawned, and leaves once. The entries
 * are spread over a few locked lists, picked by the spawning thread, so that threads spawning at
 * once rarely meet; a whole-registry walk happens only for {@code stopAll}.
 */
final class ActorRegistry {
  private static final Stripe[] STRIPES = newStripes();
  private static final ReferenceQueue<ActorCell> COLLECTED = new ReferenceQueue<>();

  private ActorRegistry() {}

  /**
   * Registers {@code cell}.
   *
   * @param spawnedByActor whether it was spawned from another actor's message: such actors are
   *     downstream of whoever spawned them, and {@code stopAll} stops them second
   */
  static Registration register(ActorCell cell, boolean spawnedByActor) {
    forgetCollected();
    int stripe = (int) Thread.currentThread().getId() & (STRIPES.length - 1);
    Registration registration = new Registration(cell, (byte) stripe, spawnedByActor);
    STRIPES[stripe].add(registration);
    return registration;
  }

  /** Takes a terminated actor out. Idempotent. */
  static void unregister(Registration registration) {
    registration.clear(); // a cleared reference is never queued as collected, so it is not removed twice
    STRIPES[registration.stripe].remove(registration);
  }

  /** The registered actors still reachable, those spawned from outside any actor or (if not) from one. */
  static List<ActorCell> live(boolean spawnedByActor) {
    forgetCollected();
    List<ActorCell> live = new ArrayList<>();
    for (Stripe stripe : STRIPES) {
      stripe.collect(spawnedByActor, live);
    }
    return live;
  }

  /** How many actors are registered, collected ones included until they are noticed. */
  static int registered() {
    int registered = 0;
    for (Stripe stripe : STRIPES) {
      registered += stripe.size();
    }
    return registered;
  }

  private static void forgetCollected() {
    Reference<? extends ActorCell> collected;
    while ((collected = COLLECTED.poll()) != null) {
      Registration registration = (Registration) collected;
      STRIPES[registration.stripe].remove(registration);
    }
  }

  private static Stripe[] newStripes() {
    int stripes = Math.min(64, Integer.highestOneBit(4 * Runtime.getRuntime().availableProcessors() - 1) << 1);
    Stripe[] all = new Stripe[stripes];
    for (int i = 0; i < stripes; i++) {
      all[i] = new Stripe();
    }
    return all;
  }

  /** One actor's entry: the weak reference itself is the list node, so an actor pays one small object. */
  static final class Registration extends WeakReference<ActorCell> {
    private final byte stripe;
    private final boolean spawnedByActor;
    private boolean linked; // guarded by the stripe
    private Registration previous; // guarded by the stripe
    private Registration next; // guarded by the stripe

    private Registration(ActorCell cell, byte stripe, boolean spawnedByActor) {
      super(cell, COLLECTED);
      this.stripe = stripe;
      this.spawnedByActor = spawnedByActor;
    }
  }

  /** A doubly linked list of registrations under one lock. */
  private static final class Stripe {
    private Registration head;
    private int size;

    synchronized void add(Registration registration) {
      registration.next = head;
      if (head != null) {
        head.previous = registration;
      }
      head = registration;
      registration.linked = true;
      size++;
    }

    synchronized void remove(Registration registration) {
      if (!registration.linked) {
        return;
      }
      registration.linked = false;
      size--;
      if (registration.previous == null) {
        head = registration.next;
      } else {
        registration.previous.next = registration.next;
      }
      if (registration.next != null) {
        registration.next.previous = registration.previous;
      }
      registration.previous = null;
      registration.next = null;
    }

    synchronized int size() {
      return size;
    }

    synchronized void collect(boolean spawnedByActor, List<ActorCell> into) {
      for (Registration r = head; r != null; r = r.next) {
        ActorCell cell = r.get();
        if (cell != null && r.spawnedByActor == spawnedByActor) {
          into.add(cell);
        }
      }
    }
  }
}
