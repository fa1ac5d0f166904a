package dev.shuttle.examples.chat;

import dev.shuttle.Actor;
import dev.shuttle.runtime.actor.Actors;
import java.util.HashMap;
import java.util.Map;

/**
 * A chat member as an actor. It talks to its room through the room's actor, hands the room its
 * own actor to be told what others say, and asks the room a question whose answer comes back as
 * a message of its own ({@link Actors#pipeToSelf}): its state is only ever touched in its turn.
 */
@Actor
public class Member {
  private final String name;
  private RoomActor room;
  private long said;
  private long received;
  private long outOfOrder;
  private long roomPostedWhenAsked = -1;
  private final Map<String, Long> lastSeqBySender = new HashMap<>();

  public Member(String name) {
    this.name = name;
  }

  /** Enters {@code room}: the room learns this member's actor, from the member itself. */
  public void enter(RoomActor room) {
    this.room = room;
    room.join(MemberActor.self());
  }

  /** Says something in the room; each message carries this member's own sequence number. */
  public void say(String text) {
    room.post(name, ++said, text);
  }

  /** What the room tells this member; counts a message that overtook an earlier one of its sender. */
  public void receive(String roomName, String from, long seq, String text) {
    received++;
    Long last = lastSeqBySender.put(from, seq);
    if (last != null && seq != last + 1) {
      outOfOrder++;
    }
  }

  /**
   * Asks the room how much it has passed on. The room answers on its own thread; the answer is
   * written into this member's state by a message of this member, never by the room's thread.
   */
  public void askRoom() {
    Actors.pipeToSelf(room.posted(), (posted, failure) -> roomPostedWhenAsked = failure == null ? posted : -2);
  }

  /** An ask: what this member has seen so far. */
  public Tally tally() {
    return new Tally(name, said, received, outOfOrder, roomPostedWhenAsked);
  }

  /** A member's counters, read through an ask, so after everything the member handled before it. */
  public record Tally(String member, long said, long received, long outOfOrder, long roomPostedWhenAsked) {}
}
