#!/usr/bin/env bash
# Every Shuttle-vs-peer comparison of BENCHMARKS.md in one run. Each round runs every contender
# once (one JMH fork per benchmark, -prof gc for the allocation per operation), in an order rotated
# per round so that drift in the machine's load does not land on one contender; then the summary:
# one row per comparison (Shuttle / peer, its range over rounds, the verdict, bytes per operation)
# and one SVG chart per pattern.
#
#   benchmarks/compare-all.sh [--rounds N] [--smoke] [--only ids] [--jvm PATH] [--out DIR]
#
#   (no option)  the full run: 4 rounds, each fork -wi 2 -w 1s -i 3 -r 1s, about 30 minutes on
#                2 cores. Writes the summary into BENCHMARKS.md (between its compare-all.sh markers)
#                and the charts into docs/charts/.
#   --rounds N   N rounds instead of 4 (a verdict needs 2 at least)
#   --smoke      2 rounds (unless --rounds says otherwise) of tiny iterations, 2-3 minutes: checks
#                the script end to end. Its numbers measure nothing; it writes no docs and puts
#                its charts beside its JSON.
#   --only ids   only these patterns, comma-separated: actor, actor-peers, pipeline, queues,
#                rate-limiter, read-mostly, fork-join, phased, async. Writes no docs.
#   --jvm PATH   the java that runs the benchmarks (JMH's -jvm)
#   --out DIR    where the raw JMH JSON, the logs and summary.md go
#                (default benchmarks/target/compare-all/<UTC date and time>)
#
# Needs benchmarks/target/benchmarks.jar: mvn -B -q -pl benchmarks -am package -DskipTests
# Stops at the first benchmark that fails, and shows its log.
set -euo pipefail

command="benchmarks/compare-all.sh${*:+ $*}"
cd "$(dirname "$0")/.."
jar=benchmarks/target/benchmarks.jar
rounds=
smoke=false
only=
jvm=
out=
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds=${2:?--rounds needs a number}; shift 2 ;;
    --smoke) smoke=true; shift ;;
    --only) only=${2:?--only needs pattern ids}; shift 2 ;;
    --jvm) jvm=${2:?--jvm needs the path of a java}; shift 2 ;;
    --out) out=${2:?--out needs a directory}; shift 2 ;;
    -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "compare-all.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

if [ "$smoke" = true ]; then
  rounds=${rounds:-2}
  iterations=(-wi 0 -i 1 -r 200ms)
else
  rounds=${rounds:-4}
  iterations=(-wi 2 -w 1s -i 3 -r 1s)
fi
case "$rounds" in
  '' | *[!0-9]* | 0) echo "compare-all.sh: --rounds needs a positive number, not '$rounds'" >&2; exit 2 ;;
esac
if [ ! -f "$jar" ]; then
  echo "compare-all.sh: no $jar; build it first: mvn -B -q -pl benchmarks -am package -DskipTests" >&2
  exit 1
fi
jvm_args=()
if [ -n "$jvm" ]; then
  jvm_args=(-jvm "$jvm")
fi
only_args=()
if [ -n "$only" ]; then
  only_args=(--only "$only")
fi
docs=false
if [ "$smoke" = false ] && [ -z "$only" ]; then
  docs=true
  for marker in '<!-- compare-all.sh writes from here -->' '<!-- compare-all.sh writes up to here -->'; do
    if ! grep -qF -- "$marker" BENCHMARKS.md; then
      echo "compare-all.sh: BENCHMARKS.md lacks the line $marker, where the summary goes" >&2
      exit 1
    fi
  done
fi
out=${out:-benchmarks/target/compare-all/$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$out"
trap 'echo "compare-all.sh: failed; what ran so far is in $out" >&2' ERR

load() { cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo unknown; }
cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ *//' || true)
memory=$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || true)
{
  echo "started=$(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine=${cpu:-unknown CPU}, $(nproc) cores, ${memory:-unknown memory}, $(uname -sr)"
  echo "load.start=$(load)"
  echo "command=$command"
  echo "iterations=-f 1 ${iterations[*]} -prof gc"
  echo "smoke=$smoke"
} >"$out/run.properties"

echo "compare-all.sh: $rounds round(s) of ${iterations[*]}; raw JMH JSON and logs go to $out/round<N>/"
forks=0
start=$SECONDS
for ((round = 1; round <= rounds; round++)); do
  mkdir -p "$out/round$round"
  plan=$(java -cp "$jar" dev.shuttle.benchmarks.summary.CompareAll plan --round "$round" ${only_args[@]+"${only_args[@]}"})
  mapfile -t contenders <<<"$plan"
  for ((i = 0; i < ${#contenders[@]}; i++)); do
    IFS=$'\t' read -r -a fields <<<"${contenders[i]}"
    id=${fields[0]}
    json=$out/round$round/$id.json
    log=$out/round$round/$id.log
    printf '[round %d/%d, %2d/%d] %-42s' "$round" "$rounds" $((i + 1)) ${#contenders[@]} "$id"
    began=$SECONDS
    until java -jar "$jar" "${fields[@]:1}" -f 1 "${iterations[@]}" -prof gc -foe true ${jvm_args[@]+"${jvm_args[@]}"} \
        -rf json -rff "$json" >"$log" 2>&1; do
      if grep -q 'JMH lock' "$log"; then
        printf ' (another JMH run holds /tmp/jmh.lock; waiting)'
        sleep 15
        began=$SECONDS
        continue
      fi
      echo
      echo "compare-all.sh: $id failed in round $round: java -jar $jar ${fields[*]:1} ..." >&2
      tail -n 40 "$log" >&2
      echo "compare-all.sh: the whole log: $log" >&2
      exit 1
    done
    ran=$(grep -c '"benchmark"' "$json" || true)
    if [ "$ran" -eq 0 ]; then
      echo
      echo "compare-all.sh: $id wrote no results to $json; its log: $log" >&2
      exit 1
    fi
    forks=$((forks + ran))
    printf ' %2d fork(s) in %3d s\n' "$ran" $((SECONDS - began))
  done
done
elapsed=$((SECONDS - start))
{
  echo "finished=$(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "load.end=$(load)"
} >>"$out/run.properties"
echo "compare-all.sh: $forks forks in $((elapsed / 60)) min $((elapsed % 60)) s"

summarize=(summarize --results "$out" ${only_args[@]+"${only_args[@]}"})
if [ "$docs" = true ]; then
  summarize+=(--charts docs/charts --into BENCHMARKS.md)
else
  summarize+=(--charts "$out/charts")
fi
echo
java -cp "$jar" dev.shuttle.benchmarks.summary.CompareAll "${summarize[@]}" | tee "$out/summary.md"
echo
echo "compare-all.sh: raw JMH JSON and logs in $out/round<N>/, this summary in $out/summary.md"
