#!/usr/bin/python3
"""Cable benchmark: a Hodgkin-Huxley axon of 1,000 compartments for 100 ms, Synfire beside Brian2's SpatialNeuron.

The same equations, morphology, step (10 us) and input in CableBench.java and brian2_cable_bench.py
(2 uA into one end: a train of action potentials, counted at the middle), alternating simulators
so that machine load hits both alike. For each simulator: medians over --repeats runs of run_s (the
simulation loop as each measures it), build_s and total_s (the whole process, timed here), spike
counts (which should agree), and ratios Synfire / Brian2 (below 1: Synfire faster). Synfire runs
on one thread: one neuron's cable is solved by one thread.

Usage: /usr/bin/python3 scripts/bench/cable_bench.py [--repeats 3] [--n 1000] [--duration 0.1]
                                                     [--targets cython,cpp_standalone]
Needs: Debian's python3-brian (apt-get install -y python3-brian), g++, and `mvn` for the Synfire build.
"""
import argparse
import os
import statistics
import sys

from benchlib import JAVA, HERE, synfire_classpath, timed


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--n", type=int, default=1000)
    p.add_argument("--duration", type=float, default=0.1)
    p.add_argument("--targets", default="cython,cpp_standalone")
    args = p.parse_args()
    cp = synfire_classpath("CableBench.java")
    size = ["--n", str(args.n), "--duration", str(args.duration)]
    targets = args.targets.split(",")
    runs = {"synfire": []}
    for t in targets:
        runs[t] = []
    print(f"HH axon of {args.n} compartments, {args.duration} s at dt = 10 us; medians of {args.repeats} runs", flush=True)
    for r in range(args.repeats):
        runs["synfire"].append(timed(JAVA + ["-cp", cp, "CableBench", "--threads", "1"] + size))
        for t in targets:
            runs[t].append(timed(["/usr/bin/python3", os.path.join(HERE, "brian2_cable_bench.py"), "--target", t] + size))
    med = {k: {m: statistics.median(x[m] for x in v) for m in ("run_s", "build_s", "total_s")} for k, v in runs.items()}
    spikes = {k: int(statistics.median(x["spikes"] for x in v)) for k, v in runs.items()}
    print(f"  {'simulator':<22}{'run_s':>9}{'build_s':>9}{'total_s':>9}{'spikes':>8}")
    for k in runs:
        label = k if k == "synfire" else f"brian2 {k}"
        print(f"  {label:<22}{med[k]['run_s']:>9.3f}{med[k]['build_s']:>9.3f}{med[k]['total_s']:>9.3f}{spikes[k]:>8}")
    for t in targets:
        print(f"  synfire / brian2 {t}: run {med['synfire']['run_s'] / med[t]['run_s']:.2f}x, "
              f"whole process {med['synfire']['total_s'] / med[t]['total_s']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
