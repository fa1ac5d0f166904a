package dev.shuttle.benchmarks.actor;

import dev.shuttle.Actor;

/** A leaf of a fan-out: replies to each ping into the hub's mailbox. */
@Actor
public class Leaf {
  public void ping(HubActor hub) {
    hub.pong();
  }
}
