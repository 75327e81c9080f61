"""Helpers shared by the benchmark drivers: building Synfire with a benchmark class, timing a subprocess."""
import json
import os
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HERE = os.path.join(ROOT, "scripts", "bench")
# The Vector API kernels need the incubator module; without it Synfire falls back to scalar kernels.
JAVA = ["java", "--add-modules", "jdk.incubator.vector"]


def synfire_classpath(java_source):
    """Compiles Synfire (once) and one benchmark class (e.g. GroupBench.java) into a temporary folder; returns the class path."""
    subprocess.run(["mvn", "-B", "-q", "-DskipTests", "compile", "dependency:build-classpath",
                    "-Dmdep.outputFile=target/classpath.txt"], cwd=ROOT, check=True)
    with open(os.path.join(ROOT, "target", "classpath.txt")) as f:
        deps = f.read().strip()
    classes = tempfile.mkdtemp(prefix="synfire-bench-")
    cp = os.pathsep.join([os.path.join(ROOT, "target", "classes"), deps])
    subprocess.run(["javac", "-cp", cp, "-d", classes, os.path.join(HERE, java_source)], check=True)
    return os.pathsep.join([classes, cp])


def timed(cmd):
    """Runs a benchmark process; returns the last JSON line it printed, with total_s, the wall time around it."""
    start = time.perf_counter()
    out = subprocess.run(cmd, check=True, capture_output=True, text=True)
    total = time.perf_counter() - start
    result = json.loads([l for l in out.stdout.splitlines() if l.startswith("{")][-1])
    result["total_s"] = total
    return result
