package golden;

import dev.shuttle.Pipeline;
import dev.shuttle.Stage;

@Pipeline
class Squares {
  @Stage(workers = 2)
  long square(int x) {
    return (long) x * x;
  }
}
