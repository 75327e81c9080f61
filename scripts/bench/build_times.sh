#!/usr/bin/env bash
# Prints the build time of every built-in model (see BuildTimes.java).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
mvn -B -q -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
out="$(mktemp -d)"
cp="target/classes:$(cat target/classpath.txt)"
javac -cp "$cp" -d "$out" scripts/bench/BuildTimes.java
java --add-modules jdk.incubator.vector -cp "$out:$cp" BuildTimes
