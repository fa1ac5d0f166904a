package golden;

import dev.shuttle.Async;
import dev.shuttle.OnLimit;
import dev.shuttle.Overflow;
import dev.shuttle.Pool;
import dev.shuttle.RateLimited;
import dev.shuttle.Sizing;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** The default pool sized for I/O, a named pool that refuses when full, a built-in pool, and @Async under limits. */
@Pool(sizing = Sizing.IO_BOUND, waitRatio = 9.0)
@Pool(name = "thumbs-store", sizing = Sizing.FIXED, threads = 4, queue = 100, overflow = Overflow.REJECT)
public class Thumbnailer {
  private final String bucket;

  public Thumbnailer(String bucket) { this.bucket = bucket; }

  @Async
  public CompletableFuture<byte[]> resize(byte[] image, int width) {
    return CompletableFuture.completedFuture(image);
  }

  @Async(pool = Pool.CPU)
  public void index(String name) throws IOException {}

  @Async(pool = "thumbs-store")
  public CompletionStage<String> store(String name, byte[] image) {
    return CompletableFuture.completedFuture(bucket + "/" + name);
  }

  @Async
  @RateLimited(10)
  public CompletableFuture<List<String>> fetch(String url) {
    return CompletableFuture.completedFuture(List.of(url));
  }

  @Async
  @RateLimited(value = 5, onLimit = OnLimit.FAIL)
  public void ping() {}

  public int cached() { return 0; }
}
