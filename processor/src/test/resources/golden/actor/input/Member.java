package golden;

import dev.shuttle.Actor;
import dev.shuttle.runtime.actor.Actors;

/** The other of the pair: a member keeps its room's actor and hands the room its own. */
@Actor
public class Member {
  private RoomActor room;
  private int heard;
  private int roomSize;

  public void enter(RoomActor room) {
    this.room = room;
    room.join(MemberActor.self());
    Actors.pipeToSelf(room.size(), (size, failure) -> roomSize = size);
  }

  public void hear(String from, String text) {
    heard++;
  }

  public RoomActor room() {
    return room;
  }
}
