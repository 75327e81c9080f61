#!/usr/bin/env bash
# The largest network that fits in 20 GiB of heap: runs LargestNetwork.java under -Xmx20g for each
# size given, printing one JSON line per size, or the error that stopped it (the build refuses
# networks that would not fit). Sizes are Brunel 2000 scales (1,250 synapses per neuron; default
# 40 80 120 160), or with --cuba numbers of neurons of CUBA with a fixed in-degree of 100, as the
# scaling benchmark (network_bench.py --sizes) runs it.
# Usage: scripts/bench/largest_network.sh [SCALE ...]
#        scripts/bench/largest_network.sh --cuba N [N ...]        (needs about 21 GB of free memory)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
option=--scale
if [[ "${1:-}" == --cuba ]]; then
  option=--cuba
  shift
  if [[ $# -eq 0 ]]; then
    echo "largest_network.sh --cuba: give the numbers of neurons, e.g. --cuba 10000000 20000000" >&2
    exit 2
  fi
fi
(cd "$root" && mvn -B -q -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt)
classes="$(mktemp -d)"
cp="$root/target/classes:$(cat "$root/target/classpath.txt")"
javac -cp "$cp" -d "$classes" "$root/scripts/bench/LargestNetwork.java"
for size in "${@:-40 80 120 160}"; do
  for s in $size; do
    java --add-modules jdk.incubator.vector -Xmx20g -cp "$classes:$cp" LargestNetwork "$option" "$s" --duration 0.01 2>&1 | tail -1
  done
done
