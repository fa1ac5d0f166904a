package golden;

import dev.shuttle.LockStrategy;
import dev.shuttle.Read;
import dev.shuttle.ReadMostly;
import dev.shuttle.Write;
import java.util.HashMap;
import java.util.Map;

/** The seed's reader-writer example. */
@ReadMostly(lock = LockStrategy.STAMPED)
public class Catalog {
  private final Map<String, String> data = new HashMap<>();
  private int version;

  @Read public String read(String key) { return data.get(key); }

  @Read(optimistic = true) public int version() { return version; }

  @Write public void write(String key, String value) { data.put(key, value); version++; }

  @Write public void await(long hold) throws InterruptedException {}

  @Read public int size() { return data.size(); }

  public void clear() { data.clear(); }
}
