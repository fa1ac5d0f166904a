package dev.shuttle.examples.chat;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Rooms and members that know each other's actors, across two generated types that name each other. */
class ChatTest {

  @Test
  @Timeout(120)
  void everyMemberHearsEveryMessageOfItsRoomOnceInEachSendersOrder() throws Exception {
    int rooms = 100;
    int members = 100;
    int saidEach = 3;
    ChatExample.Chat chat = ChatExample.Chat.run(rooms, members, saidEach);

    assertEquals(0, chat.missing(), "no member missed a message");
    assertEquals((long) rooms * members * members * saidEach, chat.delivered(), "and none heard one twice");
    assertEquals(0, chat.outOfOrder(), "each sender's messages arrived in the order said");
    chat.tallies().forEach(tally -> assertEquals(saidEach, tally.said(), tally.member()));
  }

  @Test
  @Timeout(30)
  void anAnswerFromTheRoomComesBackAsTheMembersOwnMessage() throws Exception {
    RoomActor room = RoomActor.spawn(new Room("lobby"));
    MemberActor ann = MemberActor.spawn(new Member("ann"));
    ann.enter(room);
    ann.say("hi");
    ann.say("anyone?");
    ann.tally().get(10, SECONDS); // both says handled: their posts are in the room's mailbox
    ann.askRoom();

    Member.Tally tally = ann.tally().get(10, SECONDS);
    for (int attempt = 0; tally.roomPostedWhenAsked() < 0 && attempt < 2_000; attempt++) {
      Thread.sleep(5);
      tally = ann.tally().get(10, SECONDS);
    }
    assertEquals(2, tally.roomPostedWhenAsked(), "the room answered after both posts, into ann's state");
    ann.stop().get(10, SECONDS);
    room.stop().get(10, SECONDS);
  }

  @Test
  void selfOutsideTheActorsOwnTurnIsRefused() {
    IllegalStateException refused = assertThrows(IllegalStateException.class, MemberActor::self);
    assertTrue(refused.getMessage().contains("MemberActor"), refused.getMessage());
  }

  @Test
  @Timeout(30)
  void anActorCanStopItselfThroughSelf() throws Exception {
    MemberActor ann = MemberActor.spawn(new Member("ann") {
      @Override
      public void say(String text) {
        MemberActor.self().stop();
      }
    });
    ann.say("bye");
    ann.termination().get(10, SECONDS);
    assertTrue(ann.stats().stopped());
  }
}
