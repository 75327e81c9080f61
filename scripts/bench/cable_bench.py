#!/usr/bin/python3
"""Cable benchmarks: Synfire's spatial neurons beside Brian2's SpatialNeuron, with ratios.

axon: a Hodgkin-Huxley axon of 1,000 compartments (10 cm, 476 um, 18.5 C) for 100 ms, 2 uA into
one end (a train of action potentials), spikes counted at the middle. network: 100 ball-and-stick
neurons of 50 compartments each (Hodgkin-Huxley soma, passive dendrite), each driven by its own
current and reaching the dendrites of the next 10 in a ring through excitatory synapses, for
100 ms; spikes counted at the somas. Both at dt = 10 us, with the same equations, morphology,
inputs and synapses in CableBench.java and brian2_cable_bench.py (which explains how Brian2 holds
100 cells). Simulators alternate, so that machine load hits all alike. For each: medians over
--repeats runs, with the spread (lowest-highest), of
  run_s      the simulation loop's wall time (Synfire: Simulation.runSeconds(); Brian2 cython: its
             Network's own timing)
  run_cpu_s  the loop's CPU time: Synfire's process over the loop, every thread's; Brian2's C++
             standalone binary reports only this (std::clock()), so its run time is compared with
             Synfire's CPU time, like for like; beside it, Synfire's wall time over Brian2's CPU
             time, which a loaded machine inflates
  build_s    everything before the loop (Synfire: construction, checks, code generation,
             compilation and the vector kernel's warm-up; Brian2: see brian2_group.py)
  total_s    the whole process, timed here around the subprocess
spike counts (which should agree) and ratios Synfire / Brian2 (below 1: Synfire faster). Synfire
runs the axon on one thread (one neuron's cable is solved by one thread) and the network on one
thread and on its default threads.

Usage: /usr/bin/python3 scripts/bench/cable_bench.py [--repeats 3] [--models axon,network] [--duration 0.1]
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
    p.add_argument("--models", default="axon,network")
    p.add_argument("--duration", type=float, default=0.1)
    p.add_argument("--targets", default="cython,cpp_standalone")
    args = p.parse_args()
    cp = synfire_classpath("CableBench.java")
    targets = args.targets.split(",")
    for model in args.models.split(","):
        synfire = {"synfire 1 thread": ["--threads", "1"]}
        if model == "network":
            synfire["synfire"] = []
        runs = {k: [] for k in list(synfire) + targets}
        size = ["--model", model, "--duration", str(args.duration)]
        print(f"\n{model}, {args.duration} s at dt = 10 us; medians (lowest-highest) of {args.repeats} runs", flush=True)
        for r in range(args.repeats):
            for k, threads in synfire.items():
                runs[k].append(timed(JAVA + ["-cp", cp, "CableBench"] + threads + size))
            for t in targets:
                runs[t].append(timed(["/usr/bin/python3", os.path.join(HERE, "brian2_cable_bench.py"), "--target", t] + size))
        # Brian2's standalone binary reports its loop's CPU time (std::clock()), not wall time; cython's is wall time.
        for x in runs.get("cpp_standalone", []):
            x["run_cpu_s"] = x.pop("run_s")
        metrics = ("run_s", "run_cpu_s", "build_s", "total_s")
        med = {k: {m: statistics.median(x[m] for x in v) for m in metrics if m in v[0]} for k, v in runs.items()}
        spread = {k: {m: (min(x[m] for x in v), max(x[m] for x in v)) for m in metrics if m in v[0]} for k, v in runs.items()}
        spikes = {k: int(statistics.median(x["spikes"] for x in v)) for k, v in runs.items()}

        def cell(k, m, digits):
            if m not in med[k]:
                return "-"
            return f"{med[k][m]:.{digits}f} ({spread[k][m][0]:.{digits}f}-{spread[k][m][1]:.{digits}f})"

        print(f"  {'simulator':<22}{'run_s (wall)':>22}{'run_cpu_s':>22}{'build_s':>9}{'total_s':>22}{'spikes':>8}")
        for k in runs:
            label = k if k.startswith("synfire") else f"brian2 {k}"
            print(f"  {label:<22}{cell(k, 'run_s', 3):>22}{cell(k, 'run_cpu_s', 3):>22}{med[k]['build_s']:>9.3f}"
                  f"{cell(k, 'total_s', 2):>22}{spikes[k]:>8}")
        if model == "network":
            threads = int(statistics.median(x["threads"] for x in runs["synfire"]))
            print(f"  (synfire's default: {threads} thread(s))")
        for t in targets:
            for k in synfire:
                if t == "cpp_standalone":
                    run = (f"run CPU {med[k]['run_cpu_s'] / med[t]['run_cpu_s']:.2f}x"
                           f"{' (like for like)' if k == 'synfire 1 thread' else ''}, "
                           f"run wall / its CPU {med[k]['run_s'] / med[t]['run_cpu_s']:.2f}x")
                else:
                    run = f"run {med[k]['run_s'] / med[t]['run_s']:.2f}x"
                print(f"  {k} / brian2 {t}: {run}, whole process {med[k]['total_s'] / med[t]['total_s']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
