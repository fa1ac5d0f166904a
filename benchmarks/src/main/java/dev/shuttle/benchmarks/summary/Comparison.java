package dev.shuttle.benchmarks.summary;

/**
 * One row of the summary: Shuttle's benchmark {@code shuttleKey} against the peer's
 * {@code peerKey} (keys as {@link JmhResult#key} makes them), doing {@code what}.
 */
record Comparison(String what, String peer, String shuttleKey, String peerKey) {
  String label() {
    return what + " vs " + peer;
  }
}
