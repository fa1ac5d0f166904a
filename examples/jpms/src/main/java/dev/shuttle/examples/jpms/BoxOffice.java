package dev.shuttle.examples.jpms;

import dev.shuttle.Actor;

/**
 * The seats of one show as an actor: plain fields, no lock. The generated {@code BoxOfficeActor}
 * handles one request at a time, so however many buyers ask at once, no seat is sold twice.
 */
@Actor
public class BoxOffice {
  private final int seats;
  private int sold;

  public BoxOffice(int seats) {
    this.seats = seats;
  }

  /** Sells up to {@code wanted} seats and returns how many it sold: fewer once the show fills up. */
  public int sell(int wanted) {
    int granted = Math.min(wanted, seats - sold);
    sold += granted;
    return granted;
  }

  public int sold() {
    return sold;
  }
}
