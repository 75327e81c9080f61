#!/usr/bin/python3
"""Uncoupled-group benchmark: Synfire beside Brian2, in one run, with ratios.

Simulates 4,000 uncoupled LIF neurons, the same with white noise (--models noisy: Euler-Maruyama,
one normal draw per neuron and step) and 4,000 Hodgkin-Huxley (Traub-Miles) neurons for 1 s of
biological time at dt = 0.1 ms, with identical equations and inputs (GroupBench.java and
brian2_group.py), alternating simulators so that machine load hits both alike. For each
simulator it reports medians over --repeats runs of:
  run_s    the simulation loop alone (Synfire: Simulation.runSeconds(); Brian2: see brian2_group.py), compared like
           with like: Brian2 C++ standalone times its loop with std::clock, the process's CPU time, so Synfire's
           CPU time over the run (run_cpu_s) stands against it; cython's loop time is wall time, as is Synfire's run_s
  build_s  parse, check, code generation, compilation and allocation
  total_s  the whole process, from launch to exit, measured here around the subprocess
and ratios Synfire / Brian2 (below 1 means Synfire is faster). Synfire runs twice: on one thread
(the like-for-like comparison with Brian2's single-threaded targets) and on its default threads
(all cores when a step is worth sharing: HH here, not LIF).

Usage: /usr/bin/python3 scripts/bench/group_bench.py [--repeats 5] [--n 4000] [--duration 1.0]
                                                     [--models lif,noisy,hh] [--targets cython,cpp_standalone]
Needs: Debian's python3-brian (apt-get install -y python3-brian), g++, and `mvn` for the Synfire build.
"""
import argparse
import os
import statistics
import sys

from benchlib import JAVA, HERE, synfire_classpath, timed


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--repeats", type=int, default=5)
    p.add_argument("--n", type=int, default=4000)
    p.add_argument("--duration", type=float, default=1.0)
    p.add_argument("--models", default="lif,hh")
    p.add_argument("--targets", default="cython,cpp_standalone")
    args = p.parse_args()
    cp = synfire_classpath("GroupBench.java")
    size = ["--n", str(args.n), "--duration", str(args.duration)]
    print(f"{args.n} uncoupled neurons, {args.duration} s at dt = 0.1 ms; medians of {args.repeats} runs", flush=True)
    for model in args.models.split(","):
        runs = {"synfire": [], "synfire 1 thread": []}
        targets = args.targets.split(",")
        for t in targets:
            runs[t] = []
        for r in range(args.repeats):
            runs["synfire"].append(timed(JAVA + ["-cp", cp, "GroupBench", "--model", model] + size))
            runs["synfire 1 thread"].append(timed(JAVA + ["-cp", cp, "GroupBench", "--model", model, "--threads", "1"] + size))
            for t in targets:
                runs[t].append(timed(["/usr/bin/python3", os.path.join(HERE, "brian2_group.py"), "--model", model,
                                      "--target", t] + size))
        for t in (t for t in targets if t == "cpp_standalone"):
            for x in runs[t]:
                x["run_cpu_s"] = x["run_s"]
        med = {k: {m: statistics.median(x[m] for x in v) for m in ("run_s", "run_cpu_s", "build_s", "total_s") if m in v[0]}
               for k, v in runs.items()}
        spikes = {k: int(statistics.median(x["spikes"] for x in v)) for k, v in runs.items()}
        print(f"\n{model}:")
        print(f"  {'simulator':<22}{'run_s':>9}{'build_s':>9}{'total_s':>9}{'spikes':>10}")
        for k in runs:
            label = k if k.startswith("synfire") else f"brian2 {k}"
            print(f"  {label:<22}{med[k]['run_s']:>9.3f}{med[k]['build_s']:>9.3f}{med[k]['total_s']:>9.3f}{spikes[k]:>10}")
        threads = int(statistics.median(x["threads"] for x in runs["synfire"]))
        for t in targets:
            for k in ("synfire 1 thread", "synfire"):
                label = "1 thread" if k != "synfire" else f"{threads} thread(s), default"
                clock = "run_cpu_s" if t == "cpp_standalone" else "run_s"
                print(f"  synfire ({label}) / brian2 {t}: run {med[k][clock] / med[t][clock]:.2f}x "
                      f"({'CPU' if clock == 'run_cpu_s' else 'wall'} time), "
                      f"whole process {med[k]['total_s'] / med[t]['total_s']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
