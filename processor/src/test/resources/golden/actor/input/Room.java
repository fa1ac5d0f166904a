package golden;

import dev.shuttle.Actor;
import java.util.ArrayList;
import java.util.List;

/** One of a pair of actors that name each other's generated types: a room keeps its members' actors. */
@Actor
public class Room {
  private final List<MemberActor> members = new ArrayList<>();

  public void join(MemberActor member) {
    members.add(member);
  }

  public void post(String from, String text) {
    for (MemberActor member : members) {
      member.hear(from, text);
    }
  }

  public int size() {
    return members.size();
  }
}
