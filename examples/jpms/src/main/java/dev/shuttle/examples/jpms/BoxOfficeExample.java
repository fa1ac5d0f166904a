package dev.shuttle.examples.jpms;

import dev.shuttle.runtime.ratelimit.RateLimitExceededException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs from its own named module: four buyers on four threads want 120 seats of a 100-seat show,
 * and the box office actor sells exactly 100; then a fourth confirmation mail inside an hour is
 * refused.
 */
public final class BoxOfficeExample {
  static final int SEATS = 100;
  static final int BUYERS = 4;
  static final int REQUESTS_PER_BUYER = 10;
  static final int SEATS_PER_REQUEST = 3;

  public static void main(String[] args) throws InterruptedException {
    BoxOfficeActor office = BoxOfficeActor.spawn(new BoxOffice(SEATS));
    int granted = buyConcurrently(office);
    int sold = office.sold().join();
    office.stop().join();
    System.out.printf("jpms: module %s sold %d of %d seats (%d wanted); buyers got %d%n",
        BoxOfficeExample.class.getModule().getName(), sold, SEATS,
        BUYERS * REQUESTS_PER_BUYER * SEATS_PER_REQUEST, granted);
    if (sold != SEATS || granted != SEATS) {
      throw new IllegalStateException("sold " + sold + " and granted " + granted + " of " + SEATS + " seats");
    }

    Mailer mailer = new ConcurrentMailer();
    for (String buyer : List.of("ada", "grace", "linus")) {
      System.out.println("jpms: " + mailer.confirm(buyer, SEATS_PER_REQUEST));
    }
    try {
      mailer.confirm("ken", SEATS_PER_REQUEST);
      throw new IllegalStateException("the fourth mail inside an hour should have been refused");
    } catch (RateLimitExceededException refused) {
      System.out.printf("jpms: fourth mail refused at once: retry after %d min%n", refused.retryAfter().toMinutes());
    }
  }

  /** Each buyer asks for seats from a thread of its own; returns how many seats they got in all. */
  static int buyConcurrently(BoxOfficeActor office) throws InterruptedException {
    int[] granted = new int[BUYERS]; // each slot written by one buyer, read after it is joined
    List<Thread> buyers = new ArrayList<>();
    for (int b = 0; b < BUYERS; b++) {
      int buyer = b;
      Thread thread = new Thread(() -> {
        for (int request = 0; request < REQUESTS_PER_BUYER; request++) {
          granted[buyer] += office.sell(SEATS_PER_REQUEST).join();
        }
      }, "buyer-" + buyer);
      buyers.add(thread);
      thread.start();
    }
    int total = 0;
    for (int b = 0; b < BUYERS; b++) {
      buyers.get(b).join();
      total += granted[b];
    }
    return total;
  }

  private BoxOfficeExample() {}
}
