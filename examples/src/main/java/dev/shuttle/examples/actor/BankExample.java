package dev.shuttle.examples.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Eight account actors, four threads moving money between them at random. Each transfer is a
 * withdraw (an ask: did the money leave?) followed by a deposit (a tell). The total never
 * changes, though no account has a lock.
 */
public final class BankExample {
  static final int ACCOUNTS = 8;
  static final long OPENING_BALANCE = 1_000;
  static final int THREADS = 4;
  static final int TRANSFERS_PER_THREAD = 25_000;

  public static void main(String[] args) throws Exception {
    List<AccountActor> accounts = new ArrayList<>();
    for (int i = 0; i < ACCOUNTS; i++) {
      accounts.add(AccountActor.spawn(new Account("acct-" + i, OPENING_BALANCE)));
    }
    long before = total(accounts);

    AtomicLong moved = new AtomicLong();
    AtomicLong refused = new AtomicLong();
    List<Thread> tellers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      Thread teller = new Thread(() -> transferAtRandom(accounts, moved, refused), "teller-" + t);
      tellers.add(teller);
      teller.start();
    }
    for (Thread teller : tellers) {
      teller.join();
    }
    accounts.get(0).deposit(-5); // a bad tell: reaches the account's @OnFailure handler, not us
    long after = total(accounts);

    long closed = 0;
    int rejected = 0;
    for (AccountActor account : accounts) {
      Account.Receipt receipt = account.close("example done").join();
      closed += receipt.finalBalance();
      rejected += receipt.rejectedDeposits();
      account.stop().join();
    }
    System.out.printf("actor: %d accounts, %d transfers from %d threads (%d moved money, %d refused for lack of funds)%n",
        ACCOUNTS, THREADS * TRANSFERS_PER_THREAD, THREADS, moved.get(), refused.get());
    System.out.printf("actor: total before %d, after %d, paid out on close %d; %d bad deposit reported to @OnFailure -> %s%n",
        before, after, closed, rejected, before == after && after == closed ? "invariant held" : "INVARIANT BROKEN");
    if (before != after || after != closed) {
      throw new IllegalStateException("money was created or lost");
    }
  }

  private static void transferAtRandom(List<AccountActor> accounts, AtomicLong moved, AtomicLong refused) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < TRANSFERS_PER_THREAD; i++) {
      AccountActor from = accounts.get(random.nextInt(accounts.size()));
      AccountActor to = accounts.get(random.nextInt(accounts.size()));
      long amount = 1 + random.nextInt(100);
      if (from.withdraw(amount).join()) {
        to.deposit(amount);
        moved.incrementAndGet();
      } else {
        refused.incrementAndGet();
      }
    }
  }

  private static long total(List<AccountActor> accounts) {
    long sum = 0;
    for (AccountActor account : accounts) {
      sum += account.balance().join();
    }
    return sum;
  }

  private BankExample() {}
}
