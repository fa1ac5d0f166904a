package golden;

import dev.shuttle.Phase;
import dev.shuttle.Phased;
import java.io.IOException;

/** One party per core, phases numbered with gaps and declared out of order, a phase without the party, a checked exception. */
@Phased
class Pipeline {
  @Phase(20)
  void write(int party) throws IOException {}

  @Phase(10)
  void read() {}
}
