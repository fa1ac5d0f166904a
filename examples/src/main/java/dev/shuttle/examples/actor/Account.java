package dev.shuttle.examples.actor;

import dev.shuttle.Actor;
import dev.shuttle.OnFailure;
import java.util.concurrent.CompletableFuture;

/**
 * A bank account as an actor. Its state is plain fields with no lock: the generated
 * {@code AccountActor} runs one message at a time, so no two threads ever touch them at once.
 */
@Actor
public class Account {
  private final String id;
  private long balance;
  private int rejectedDeposits;

  public Account(String id, long openingBalance) {
    this.id = id;
    this.balance = openingBalance;
  }

  /** A tell: the caller does not wait. A bad amount goes to {@link #failed}, not to the caller. */
  public void deposit(long amount) {
    if (amount <= 0) {
      throw new IllegalArgumentException("deposit must be positive, was " + amount);
    }
    balance += amount;
  }

  /** An ask: the caller gets a {@code CompletableFuture<Boolean>}. */
  public boolean withdraw(long amount) {
    if (amount > balance) {
      return false;
    }
    balance -= amount;
    return true;
  }

  public long balance() {
    return balance;
  }

  /** Returns a stage, which the generated proxy flattens into its own future. */
  public CompletableFuture<Receipt> close(String reason) {
    Receipt receipt = new Receipt(id, balance, rejectedDeposits, reason);
    balance = 0;
    return CompletableFuture.completedFuture(receipt);
  }

  @OnFailure
  void failed(Throwable error) {
    rejectedDeposits++;
  }

  /** What closing an account hands back. */
  public record Receipt(String account, long finalBalance, int rejectedDeposits, String reason) {}
}
