#!/usr/bin/env bash
# Many idle actors, Shuttle beside Pekko: bytes per actor, spawn time, ns per message, and what each Shuttle
# feature costs per actor (ActorScale's Javadoc says how). Each population runs in its own JVM, -Xmx8g, in
# rounds whose order rotates, so that load drift lands on no population in particular; then one table.
#
# Usage (after mvn -DskipTests package): benchmarks/actor-scale.sh [rounds, default 3] [actors, default 1000000]
# JAVA=/path/to/java picks the JVM. The results stay in benchmarks/target/actor-scale-results.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=${1:-3}
actors=${2:-1000000}
java=${JAVA:-java}
jar=benchmarks/target/benchmarks.jar
main=dev.shuttle.benchmarks.actor.ActorScale
results=benchmarks/target/actor-scale-results.txt
populations=(shuttle pekko timer restart child ask-timeout self)

date
"$java" -version 2>&1 | head -n 1
: > "$results"
for ((round = 0; round < rounds; round++)); do
  for ((k = 0; k < ${#populations[@]}; k++)); do
    population=${populations[(k + round) % ${#populations[@]}]}
    "$java" -Xmx8g -cp "$jar" "$main" --population "$population" --actors "$actors" | tee -a "$results"
  done
done
echo
"$java" -cp "$jar" "$main" --table "$results"
