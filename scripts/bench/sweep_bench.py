#!/usr/bin/python3
"""Parameter-study benchmark: Synfire's sweep beside Brian2's ways of running one, with ratios.

The study: 100 uncoupled LIF neurons for 1 s at dt = 0.1 ms, neuron i driven by I0 + 0.2 nA * i/(N-1),
at --points values of I0 (0, 0.01, ... nA), the same equations in every simulator
(sweep_lif.groovy, SweepBench.java, brian2_sweep.py). Each repeat runs, interleaved so that machine
load hits all alike:
  synfire sweep, 1 point at a time   `synfire sweep scripts/bench/sweep_lif.groovy --grid I0=... --parallel 1`
  synfire sweep, 2 points at a time  the same with --parallel 2
  synfire run, one point             `synfire run scripts/bench/sweep_lif.groovy`: what each point would
                                     cost as a process of its own
  synfire java api                   SweepBench.java: the study through org.synfire.sweep with Java
                                     code at each point (no Groovy), 1 point at a time
  brian2 cython                      a Python loop of start_scope() / run() (brian2_sweep.py)
  brian2 cpp_standalone              a project generated, compiled and run per value (brian2_sweep.py,
                                     --standalone-points values, as each takes seconds of g++)
and reports medians over --repeats of:
  study_s      the study alone: Synfire's study.json wall_s (first point to table written, in a
               running JVM); Brian2's loop over the values (after `import brian2`)
  points/s     points / study_s
  process_s    the whole process, launch to exit, timed here
  point_s      the median wall time of one point within the study (Synfire: study.json's per point)
  overhead_s   Synfire: point_s minus the point's simulation loop (manifest.json run_s): what a
               point costs beyond simulating (session, build from cached kernels, analysis, files)
and the ratios of points/s, Synfire over Brian2 (above 1: Synfire runs more points a second), and
of a separate `synfire run` per point over a point within a sweep.

Usage: /usr/bin/python3 scripts/bench/sweep_bench.py [--repeats 3] [--points 16] [--standalone-points 3]
Needs: Debian's python3-brian (apt-get install -y python3-brian), g++, and `mvn` for the Synfire build.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

from benchlib import JAVA, HERE, ROOT, synfire_classpath, timed

SCRIPT = os.path.join(HERE, "sweep_lif.groovy")


def grid(points):
    return f"I0=0nA:{0.01 * (points - 1):.2f}nA:0.01nA"


def synfire_sweep(cp, points, parallel):
    out = tempfile.mkdtemp(prefix="synfire-sweep-bench-")
    try:
        start = time.perf_counter()
        subprocess.run(JAVA + ["-cp", cp, "org.synfire.cli.Main", "sweep", SCRIPT, "--grid", grid(points), "--parallel", str(parallel),
                               "--out", os.path.join(out, "s")], check=True, capture_output=True, text=True)
        process = time.perf_counter() - start
        with open(os.path.join(out, "s", "study.json")) as f:
            study = json.load(f)
        point_s = statistics.median(r["wall_s"] for r in study["runs"])
        overheads = []
        for r in study["runs"]:
            with open(os.path.join(out, "s", r["folder"], "manifest.json")) as f:
                overheads.append(r["wall_s"] - sum(s["run_s"] for s in json.load(f)["simulations"]))
        rates = []
        with open(os.path.join(out, "s", "sweep.csv")) as f:
            for line in f.read().splitlines()[1:]:
                rates.append(float(line.split(",")[2]))
        return {"study_s": study["wall_s"], "process_s": process, "point_s": point_s, "overhead_s": statistics.median(overheads),
                "points": len(study["runs"]), "rates": rates}
    finally:
        shutil.rmtree(out, ignore_errors=True)


def synfire_run(cp):
    out = tempfile.mkdtemp(prefix="synfire-run-bench-")
    try:
        start = time.perf_counter()
        subprocess.run(JAVA + ["-cp", cp, "org.synfire.cli.Main", "run", SCRIPT, "--out", out], check=True, capture_output=True, text=True)
        return {"process_s": time.perf_counter() - start}
    finally:
        shutil.rmtree(out, ignore_errors=True)


def java_api(cp, points):
    out = tempfile.mkdtemp(prefix="synfire-api-bench-")
    try:
        r = timed(JAVA + ["-cp", cp, "SweepBench", "--points", str(points), "--parallel", "1", "--out", os.path.join(out, "s")])
        return {"study_s": r["wall_s"], "process_s": r["total_s"], "point_s": r["point_s"], "overhead_s": r["point_s"] - r["run_s"],
                "points": r["points"], "rates": r["rates"]}
    finally:
        shutil.rmtree(out, ignore_errors=True)


def brian2(target, points):
    r = timed(["/usr/bin/python3", os.path.join(HERE, "brian2_sweep.py"), "--target", target, "--points", str(points)])
    return {"study_s": r["loop_s"], "process_s": r["total_s"], "point_s": r["point_s"], "overhead_s": r["point_s"] - r["run_s"],
            "points": r["points"], "rates": r["rates"]}


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--points", type=int, default=16)
    p.add_argument("--standalone-points", type=int, default=3)
    args = p.parse_args()
    cp = synfire_classpath("GroupBench.java", "SweepBench.java")
    runs = {k: [] for k in ("synfire sweep, parallel 1", "synfire sweep, parallel 2", "synfire java api, parallel 1",
                            "brian2 cython loop", "brian2 cpp_standalone per value")}
    single = []
    print(f"{args.points} points of 100 LIF neurons x 1 s ({args.standalone_points} for cpp_standalone); "
          f"medians of {args.repeats} interleaved repeats; {os.cpu_count()} cores", flush=True)
    for r in range(args.repeats):
        runs["synfire sweep, parallel 1"].append(synfire_sweep(cp, args.points, 1))
        runs["synfire sweep, parallel 2"].append(synfire_sweep(cp, args.points, 2))
        single.append(synfire_run(cp))
        runs["synfire java api, parallel 1"].append(java_api(cp, args.points))
        runs["brian2 cython loop"].append(brian2("cython", args.points))
        runs["brian2 cpp_standalone per value"].append(brian2("cpp_standalone", args.standalone_points))
        print(f"  repeat {r + 1} of {args.repeats} done", flush=True)
    med = {k: {m: statistics.median(x[m] for x in v) for m in ("study_s", "process_s", "point_s", "overhead_s")} for k, v in runs.items()}
    counts = {k: v[0]["points"] for k, v in runs.items()}
    reference = runs["brian2 cython loop"][0]["rates"]
    print(f"\n  {'':<34}{'points':>7}{'study_s':>9}{'points/s':>10}{'process_s':>11}{'point_s':>9}{'overhead_s':>12}")
    for k in runs:
        m = med[k]
        print(f"  {k:<34}{counts[k]:>7}{m['study_s']:>9.3f}{counts[k] / m['study_s']:>10.2f}{m['process_s']:>11.3f}"
              f"{m['point_s']:>9.4f}{m['overhead_s']:>12.4f}")
    run_s = statistics.median(x["process_s"] for x in single)
    print(f"  {'synfire run, one point':<34}{1:>7}{'':>9}{'':>10}{run_s:>11.3f}")
    rate = {k: counts[k] / med[k]["study_s"] for k in runs}
    for s in ("synfire sweep, parallel 1", "synfire sweep, parallel 2", "synfire java api, parallel 1"):
        for b in ("brian2 cython loop", "brian2 cpp_standalone per value"):
            print(f"  points/s {s} / {b}: {rate[s] / rate[b]:.2f}x")
    p1 = med["synfire sweep, parallel 1"]
    per_point = p1["study_s"] / counts["synfire sweep, parallel 1"]
    print(f"  a separate `synfire run` per point / a point in the sweep (parallel 1): {run_s / p1['point_s']:.0f}x the median point, "
          f"{run_s / per_point:.0f}x the study's mean point ({per_point:.3f} s, the first point's compilation and warm-up included)")
    same = all(abs(a - b) < 1e-9 for a, b in zip(runs["synfire sweep, parallel 1"][0]["rates"], reference))
    # Synfire reports a spike at the end of the step that crossed the threshold (as NEST does), Brian2 at its start, so
    # each interval is a step longer in Synfire and its rates a little lower (README, Benchmarks).
    print(f"  rates: Synfire's and Brian2's cython {'agree' if same else 'differ'}: {runs['synfire sweep, parallel 1'][0]['rates'][:4]} ... "
          f"vs {reference[:4]} ...")
    return 0


if __name__ == "__main__":
    sys.exit(main())
