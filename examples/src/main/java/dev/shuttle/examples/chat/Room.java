package dev.shuttle.examples.chat;

import dev.shuttle.Actor;
import java.util.ArrayList;
import java.util.List;

/**
 * A chat room as an actor: it knows its members' actors, and each member knows the room's. What
 * one member says, the room tells every member, in the order the room received it.
 */
@Actor
public class Room {
  private final String name;
  private final List<MemberActor> members = new ArrayList<>();
  private long posted;

  public Room(String name) {
    this.name = name;
  }

  /** A member enters; it hands over its own actor ({@code MemberActor.self()}). */
  public void join(MemberActor member) {
    members.add(member);
  }

  /** Tells every member, the sender included, what {@code from} said. */
  public void post(String from, long seq, String text) {
    posted++;
    for (MemberActor member : members) {
      member.receive(name, from, seq, text);
    }
  }

  /** An ask: how many messages the room has passed on. */
  public long posted() {
    return posted;
  }
}
