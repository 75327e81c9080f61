#!/usr/bin/python3
"""Synfire against itself: the run phase of two checkouts of this repository, side by side.

For a change that must not make the engine slower (a refactoring, a new feature off the hot path),
Brian2 is the same in both runs, so comparing each side with Brian2 adds Brian2's own noise. This
runs NetworkBench.java from checkout A and from checkout B alternately (A B, then B A, ...), so
machine load hits both alike, and prints per network and thread count the median run phase of
each, B / A, both spike counts (equal when the change keeps spikes bit-identical) and every run,
then the medians of the run's CPU time, the whole process's wall time and its peak memory.

Usage: /usr/bin/python3 scripts/bench/ab_bench.py A_DIR B_DIR [--networks cuba,coba,cobahh]
                                                  [--repeats 7] [--duration 1] [--threads 1,2]
e.g.   git worktree add /tmp/before <commit>;
       /usr/bin/python3 scripts/bench/ab_bench.py /tmp/before . --duration 10 --threads 1
Short runs of small networks are mostly JIT warm-up, with two modes run to run; give CUBA
--repeats 15 or --duration 10.
"""
import argparse
import json
import os
import statistics
import subprocess
import tempfile
import time

from benchlib import JAVA


def classpath(tree):
    """Compiles a checkout and its NetworkBench.java (with ProcessCpu.java where the checkout has it); returns the class path."""
    subprocess.run(["mvn", "-B", "-q", "-DskipTests", "compile", "dependency:build-classpath",
                    "-Dmdep.outputFile=target/classpath.txt"], cwd=tree, check=True)
    with open(os.path.join(tree, "target", "classpath.txt")) as f:
        cp = os.pathsep.join([os.path.join(tree, "target", "classes"), f.read().strip()])
    classes = tempfile.mkdtemp(prefix="synfire-ab-")
    bench = os.path.join(tree, "scripts", "bench")
    sources = [os.path.join(bench, s) for s in ("ProcessCpu.java", "NetworkBench.java") if os.path.exists(os.path.join(bench, s))]
    subprocess.run(["javac", "-cp", cp, "-d", classes] + sources, check=True)
    return os.pathsep.join([classes, cp])


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("a")
    p.add_argument("b")
    p.add_argument("--networks", default="cuba,coba,cobahh")
    p.add_argument("--repeats", type=int, default=7)
    p.add_argument("--duration", default="1")
    p.add_argument("--threads", default="1,2")
    args = p.parse_args()
    trees = [os.path.abspath(args.a), os.path.abspath(args.b)]
    cps = {t: classpath(t) for t in trees}
    print(f"{'network':8}{'threads':>8}{'A run_s':>10}{'B run_s':>10}{'B/A':>7}  spikes A / B", flush=True)
    for network in args.networks.split(","):
        for threads in args.threads.split(","):
            runs = {t: [] for t in trees}
            others = {t: [] for t in trees}
            spikes = {}
            for r in range(args.repeats):
                for t in trees if r % 2 == 0 else trees[::-1]:
                    start = time.perf_counter()
                    out = subprocess.run(JAVA + ["-cp", cps[t], "NetworkBench", "--network", network, "--threads", threads,
                                                 "--duration", args.duration], capture_output=True, text=True, check=True)
                    result = json.loads([line for line in out.stdout.splitlines() if line.startswith("{")][-1])
                    runs[t].append(result["run_s"])
                    others[t].append((result["run_cpu_s"], time.perf_counter() - start, result["peak_rss_mb"]))
                    spikes[t] = result["spikes"]
            a, b = (statistics.median(runs[t]) for t in trees)
            print(f"{network:8}{threads:>8}{a:>10.4f}{b:>10.4f}{b / a:>7.2f}  {spikes[trees[0]]} / {spikes[trees[1]]}", flush=True)
            print(f"{'':16}runs A {[round(x, 4) for x in runs[trees[0]]]}\n{'':16}runs B {[round(x, 4) for x in runs[trees[1]]]}",
                  flush=True)
            for side, t in zip("AB", trees):
                cpu, total, peak = (statistics.median(x[k] for x in others[t]) for k in range(3))
                print(f"{'':16}{side}: run CPU {cpu:.3f} s, whole process {total:.2f} s, peak memory {peak:.0f} MB (medians)", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
