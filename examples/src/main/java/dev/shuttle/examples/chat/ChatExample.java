package dev.shuttle.examples.chat;

import java.util.ArrayList;
import java.util.List;

/**
 * Rooms and members that know each other's actors: every member says a few things, every member
 * of the room hears each of them exactly once, in the order its sender said them.
 */
public final class ChatExample {
  static final int ROOMS = 20;
  static final int MEMBERS_PER_ROOM = 20;
  static final int SAID_EACH = 5;

  public static void main(String[] args) throws Exception {
    Chat chat = Chat.run(ROOMS, MEMBERS_PER_ROOM, SAID_EACH);
    System.out.printf("chat: %d rooms x %d members, each said %d: %d deliveries, %d out of order, %d missing%n",
        ROOMS, MEMBERS_PER_ROOM, SAID_EACH, chat.delivered(), chat.outOfOrder(), chat.missing());
    if (chat.outOfOrder() != 0 || chat.missing() != 0) {
      throw new IllegalStateException("a member missed a message or heard one out of order");
    }
  }

  /** What a run delivered, summed over every member. */
  record Chat(long delivered, long outOfOrder, long missing, List<Member.Tally> tallies) {
    static Chat run(int rooms, int membersPerRoom, int saidEach) throws Exception {
      List<RoomActor> roomActors = new ArrayList<>();
      List<List<MemberActor>> membersByRoom = new ArrayList<>();
      for (int r = 0; r < rooms; r++) {
        RoomActor room = RoomActor.spawn(new Room("room-" + r));
        roomActors.add(room);
        List<MemberActor> members = new ArrayList<>();
        for (int m = 0; m < membersPerRoom; m++) {
          MemberActor member = MemberActor.spawn(new Member("room-" + r + "/member-" + m));
          member.enter(room);
          members.add(member);
        }
        membersByRoom.add(members);
      }
      awaitJoined(roomActors, membersByRoom); // each join went member -> room: let them land before anyone talks
      for (int said = 0; said < saidEach; said++) {
        for (List<MemberActor> members : membersByRoom) {
          for (MemberActor member : members) {
            member.say("hello " + said);
          }
        }
      }
      long expectedEach = (long) membersPerRoom * saidEach;
      List<Member.Tally> tallies = new ArrayList<>();
      for (List<MemberActor> members : membersByRoom) {
        for (MemberActor member : members) {
          tallies.add(awaitReceived(member, expectedEach));
        }
      }
      for (List<MemberActor> members : membersByRoom) {
        for (MemberActor member : members) {
          member.stop().join();
        }
      }
      for (RoomActor room : roomActors) {
        room.stop().join();
      }
      long delivered = tallies.stream().mapToLong(Member.Tally::received).sum();
      long outOfOrder = tallies.stream().mapToLong(Member.Tally::outOfOrder).sum();
      long missing = tallies.size() * expectedEach - delivered;
      return new Chat(delivered, outOfOrder, missing, tallies);
    }

    private static void awaitJoined(List<RoomActor> rooms, List<List<MemberActor>> membersByRoom) {
      for (int r = 0; r < rooms.size(); r++) {
        for (MemberActor member : membersByRoom.get(r)) {
          member.tally().join(); // enter() has run, so its join is in the room's mailbox
        }
        rooms.get(r).posted().join(); // and the room has handled every join before this ask
      }
    }

    /** A member's tally once it has heard everything (the fan-out runs after each say returned). */
    private static Member.Tally awaitReceived(MemberActor member, long expected) throws InterruptedException {
      Member.Tally tally = member.tally().join();
      for (int attempt = 0; tally.received() < expected && attempt < 6_000; attempt++) {
        Thread.sleep(5);
        tally = member.tally().join();
      }
      return tally;
    }
  }

  private ChatExample() {}
}
