#!/usr/bin/python3
"""Brian2 side of the sweep benchmark (sweep_bench.py runs it beside Synfire's study).

The study of sweep_lif.groovy and SweepBench.java: 100 uncoupled LIF neurons for 1 s at dt = 0.1 ms
(the LIF of brian2_group.py), neuron i driven by I0 + 0.2 nA * i/(N-1), at --points values of I0
(0, 0.01, ... nA), as a Brian2 user runs a parameter study in Brian2 2.5:
  cython          a Python loop: for each value start_scope(), build the group, run(1 s) in the
                  cython runtime (its extension cache is the user's, so after the first run of this
                  script nothing compiles);
  cpp_standalone  for each value a standalone project generated, compiled (make) and run, then
                  device.reinit(): 2.5 writes parameter values into the generated code, so every
                  value is a new build.
Prints ONE line of JSON: {"simulator","brian2","target","points","import_s","loop_s","point_s",
"run_s","rates"}: loop_s the wall time of the whole loop, point_s the median wall time of one
iteration, run_s the median of Brian2's own simulation-loop time (device._last_run_time).

Run:  /usr/bin/python3 scripts/bench/brian2_sweep.py --target cython|cpp_standalone [--points 16]
Needs Debian's python3-brian (apt-get install -y python3-brian) and g++.
"""
import time

_T_START = time.perf_counter()
import argparse
import json
import shutil
import statistics
import sys
import tempfile


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--target", choices=["cython", "cpp_standalone"], default="cython")
    p.add_argument("--points", type=int, default=16)
    a = p.parse_args()

    t = time.perf_counter()
    import brian2 as b2
    from brian2 import ms, mV, nA, Mohm, second
    import_s = time.perf_counter() - t
    b2.BrianLogger.log_level_warn()
    b2.prefs.logging.console_log_level = "ERROR"
    if a.target == "cython":
        b2.prefs.codegen.target = "cython"
    ns = dict(El=-65 * mV, R=100 * Mohm, tau=10 * ms)
    rates, points, runs = [], [], []
    loop = time.perf_counter()
    for k in range(a.points):
        t0 = time.perf_counter()
        scratch = None
        if a.target == "cpp_standalone":
            scratch = tempfile.mkdtemp(prefix="brian2-sweep-")
            b2.set_device("cpp_standalone", directory=scratch, build_on_run=False)
        b2.start_scope()
        b2.defaultclock.dt = 0.1 * ms
        G = b2.NeuronGroup(100, """dv/dt = (El - v + R*I)/tau : volt (unless refractory)
                                   I : amp (constant)""",
                           threshold="v > -50*mV", reset="v = -65*mV", refractory=2 * ms, method="exact",
                           namespace=dict(ns, I0=0.01 * k * nA))
        G.I = "I0 + 0.2*nA*i/(N-1)"
        G.v = -65 * mV
        mon = b2.SpikeMonitor(G)
        net = b2.Network(G, mon)
        net.run(1 * second)
        dev = b2.get_device()
        if a.target == "cpp_standalone":
            dev.build(directory=scratch, compile=True, run=True, with_output=False)
        runs.append(dev._last_run_time)
        rates.append(int(mon.num_spikes) / 100.0)
        if a.target == "cpp_standalone":
            dev.reinit()
            dev.activate()
            shutil.rmtree(scratch, ignore_errors=True)
        points.append(time.perf_counter() - t0)
    loop_s = time.perf_counter() - loop
    print(json.dumps({"simulator": "brian2", "brian2": b2.__version__, "target": a.target, "points": a.points,
                      "import_s": round(import_s, 4), "loop_s": round(loop_s, 4),
                      "point_s": round(statistics.median(points), 4), "run_s": round(statistics.median(runs), 5),
                      "rates": rates}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
