#!/usr/bin/env bash
# The largest network that fits in 20 GiB of heap: runs LargestNetwork.java (Brunel 2000 scaled up,
# 1,250 synapses per neuron) under -Xmx20g for each scale given (default 40 80 120 160), printing
# one JSON line per scale, or the error that stopped it (the build refuses networks that would not fit).
# Usage: scripts/bench/largest_network.sh [SCALE ...]     (needs about 21 GB of free memory)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
(cd "$root" && mvn -B -q -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt)
classes="$(mktemp -d)"
cp="$root/target/classes:$(cat "$root/target/classpath.txt")"
javac -cp "$cp" -d "$classes" "$root/scripts/bench/LargestNetwork.java"
for scale in "${@:-40 80 120 160}"; do
  for s in $scale; do
    java --add-modules jdk.incubator.vector -Xmx20g -cp "$classes:$cp" LargestNetwork --scale "$s" --duration 0.01 2>&1 | tail -1
  done
done
