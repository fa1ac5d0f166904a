package dev.shuttle.examples.jpms;

import dev.shuttle.OnLimit;
import dev.shuttle.RateLimited;
import java.util.concurrent.TimeUnit;

/**
 * Sends the confirmation mails of a sale through a provider that allows three an hour: the
 * generated {@code ConcurrentMailer} refuses a fourth at once and says when to try again.
 */
public class Mailer {

  @RateLimited(value = 3, unit = TimeUnit.HOURS, onLimit = OnLimit.FAIL)
  public String confirm(String buyer, int seats) {
    return "to " + buyer + ": " + seats + " seats confirmed";
  }
}
