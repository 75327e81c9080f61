#!/usr/bin/env bash
# Installs Synfire from this checkout into ~/.m2, then builds and runs this example against it.
# Synfire's sources, javadoc and jar then come from the local repository, as for any dependency.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
(cd "$here/../.." && mvn -B -q -Dmaven.test.skip=true install)
cd "$here"
mvn -B -q compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
exec java --add-modules jdk.incubator.vector -cp "target/classes:$(cat target/classpath.txt)" example.Main 2> >(grep -v -x 'WARNING: Using incubator modules: jdk.incubator.vector' >&2)
