#!/usr/bin/python3
"""Brian2 side of the network benchmark (network_bench.py runs it beside NetworkBench.java).

Runs a reference network (cuba, coba, cobahh, brunel in its fast synchronous irregular regime (g = 6, eta = 4), song:
Song, Miller & Abbott's STDP, or microcircuit: Potjans & Diesmann's cortical microcircuit at --scale; the
definitions in scripts/reference/brian2_networks.py, the same as Synfire's ReferenceNetworks) for
--duration seconds at dt = 0.1 ms and prints ONE line of
JSON: build_s, run_s, spikes, synapses, events (each spike times its source's out-degree),
peak_rss_mb (this process and, for cpp_standalone, the binary).

run_s is the simulation loop as Brian2 reports it (device._last_run_time): for cython the wall
time of the loop after compilation; for cpp_standalone the loop's time measured inside the
binary. build_s is everything else before and around the loop (construction, code generation,
compilation; for cpp_standalone also `make`).

Run: /usr/bin/python3 scripts/bench/brian2_network.py --network cuba --target cython|cpp_standalone [--threads 1]
                                                      [--neurons N --in-degree K]   (cuba scaled to N neurons)
                                                      [--scale 0.1 --background poisson|dc]   (microcircuit)
Needs Debian's python3-brian and g++.
"""
import argparse
import json
import os
import resource
import shutil
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "reference"))
from brian2_networks import build_brunel, build_coba, build_cobahh, build_cuba, build_cuba_scaled, build_microcircuit, build_song  # noqa: E402

BUILDERS = {"cuba": build_cuba, "coba": build_coba, "cobahh": build_cobahh,
            "brunel": lambda b2: build_brunel(b2, 6, 4, 1), "song": build_song, "microcircuit": None}


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--target", choices=["cython", "cpp_standalone", "numpy"], default="cython")
    p.add_argument("--threads", type=int, default=1, help="cpp_standalone: OpenMP threads")
    p.add_argument("--duration", type=float, default=1.0)
    p.add_argument("--network", choices=sorted(BUILDERS), default="cuba")
    p.add_argument("--neurons", type=int, help="cuba only: this many neurons with a fixed in-degree (build_cuba_scaled)")
    p.add_argument("--in-degree", type=int, default=100, help="with --neurons: synapses onto each neuron")
    p.add_argument("--scale", type=float, default=0.1, help="microcircuit: the share of its neurons and in-degrees")
    p.add_argument("--background", choices=["poisson", "dc"], default="poisson", help="microcircuit: Poisson or DC background")
    a = p.parse_args()
    if a.neurons and a.network != "cuba":
        p.error("--neurons scales the cuba network only")
    import numpy as np
    import brian2 as b2
    from brian2 import second
    b2.BrianLogger.log_level_warn()
    scratch = None
    if a.target == "cpp_standalone":
        scratch = tempfile.mkdtemp(prefix="brian2-standalone-")
        b2.set_device("cpp_standalone", directory=scratch, build_on_run=False)
        # One thread is the plain single-threaded build (OpenMP off), as in Brian2's default.
        b2.prefs.devices.cpp_standalone.openmp_threads = 0 if a.threads == 1 else a.threads
        # Brian2 runs `make -j`, one compiler per source file at once: the microcircuit's 64 Synapses make some 260,
        # which on a shared 2-core machine starves everything else. Two jobs, one per core.
        b2.prefs.devices.cpp_standalone.extra_make_args_unix = ["-j2"]
    else:
        b2.prefs.codegen.target = a.target
    b2.seed(1)
    start = time.perf_counter()
    if a.network == "microcircuit":
        net = build_microcircuit(b2, a.scale, 1, a.background)[0]
    else:
        net = (build_cuba_scaled(b2, a.neurons, a.in_degree, 1) if a.neurons else BUILDERS[a.network](b2))[0]
    # Synaptic events: each source spike times its out-degree, so every group is monitored once
    # (reusing the network's own monitors) to count spikes per neuron.
    projections = [o for o in net.objects if isinstance(o, b2.Synapses)]
    groups = [o for o in net.objects if isinstance(o, (b2.NeuronGroup, b2.PoissonGroup))]
    monitors = {o.source.name: o for o in net.objects if isinstance(o, b2.SpikeMonitor)}
    added = [b2.SpikeMonitor(g) for g in groups if g.name not in monitors]
    net.add(added)
    monitors.update({m.source.name: m for m in added})
    net.run(a.duration * second)
    if a.target == "cpp_standalone":
        b2.device.build(directory=scratch, compile=True, run=True)
    total = time.perf_counter() - start
    run_s = b2.device._last_run_time
    counts = {g.name: np.bincount(np.asarray(monitors[g.name].i), minlength=len(g)) for g in groups}
    events = 0
    for S in projections:
        group = getattr(S.source, "source", S.source)   # a subgroup's parent, and where it starts in it
        events += int(counts[group.name][getattr(S.source, "start", 0) + np.asarray(S.i)].sum())
    spikes = sum(int(c.sum()) for c in counts.values())
    peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    print(json.dumps({"simulator": "brian2", "target": a.target, "threads": a.threads, "build_s": total - run_s, "run_s": run_s,
                      "spikes": spikes, "synapses": sum(len(S) for S in projections), "events": events, "peak_rss_mb": peak}))
    if scratch:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
