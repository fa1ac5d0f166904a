package dev.shuttle.examples.async;

import dev.shuttle.Async;
import dev.shuttle.Pool;
import dev.shuttle.Sizing;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes thumbnails: fetching an image and storing its thumbnail wait on the network most of the
 * time (about 90%), so the class's pool is I/O-sized: cores × (1 + 9) threads. Indexing only
 * computes, so it runs on the built-in CPU pool, fire and forget.
 */
@Pool(sizing = Sizing.IO_BOUND, waitRatio = 9.0)
public class Thumbnailer {
  private final FakeImageStore store;
  final Map<String, Integer> index = new ConcurrentHashMap<>();

  public Thumbnailer(FakeImageStore store) {
    this.store = store;
  }

  /** Fetches the image, scales it down and stores the thumbnail; the caller gets the future at once. */
  @Async
  public CompletableFuture<Thumbnail> resize(String name, int width) throws InterruptedException {
    int[] pixels = store.fetch(name);
    int[] scaled = new int[width];
    for (int i = 0; i < width; i++) {
      scaled[i] = pixels[i * pixels.length / width];
    }
    store.put(name + "@" + width, scaled);
    return CompletableFuture.completedFuture(new Thumbnail(name, width, scaled));
  }

  /** Fire and forget: nobody waits, and a failure would go to {@code TaskPools}' failure handler. */
  @Async(pool = Pool.CPU)
  public void index(Thumbnail thumbnail) {
    int hash = 17;
    for (int pixel : thumbnail.pixels()) {
      hash = 31 * hash + pixel;
    }
    index.put(thumbnail.name(), hash);
  }
}
