package golden;

import dev.shuttle.Actor;
import dev.shuttle.OnFailure;
import java.util.concurrent.CompletableFuture;

@Actor
public class Account {
  private long balance;

  public void deposit(long amount) { balance += amount; }

  public long balance() { return balance; }

  public CompletableFuture<String> close(String reason) {
    return CompletableFuture.completedFuture(reason + ": " + balance);
  }

  @OnFailure
  void failed(Throwable error) {}
}
