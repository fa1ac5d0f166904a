/**
 * A user's own module that uses Shuttle. The one line below is all it needs: the runtime brings
 * the annotations with it, and the code Shuttle generates here names nothing else.
 */
module dev.shuttle.examples.jpms {
  requires dev.shuttle.runtime;
}
