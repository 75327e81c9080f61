#!/usr/bin/python3
"""Brian2 side of the cable benchmark (cable_bench.py runs it beside CableBench.java).

Hodgkin and Huxley's squid axon as SpatialNeuron (the equations of scripts/reference/brian2_cable.py,
Brian2's example compartmental/hh_with_spikes.py, rest at 0 mV, rates times phi = 3.8222 for
18.5 C; CableBench.java runs them with rest at -65 mV): a cylinder 10 cm long, 476 um thick, --n
compartments, dt = 10 us, 2 uA into compartment 0 for the whole run, spikes where v rises through
45 mV (-20 mV in Synfire's convention) at the middle compartment. Prints ONE line of JSON: build_s, run_s (Brian2's own
loop time, device._last_run_time), binary_s (cpp_standalone: the whole binary), spikes. Run time
and build time are measured as brian2_group.py measures them; total_s is timed by the caller.

Run:  /usr/bin/python3 scripts/bench/brian2_cable_bench.py --target cython|cpp_standalone|numpy [--n 1000] [--duration 0.1]
"""
import argparse
import json
import os
import shutil
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "reference"))
from brian2_cable import EQS, M_REST, H_REST, N_REST  # noqa: E402  the reference's equations, rest at 0 mV
from benchlib import brian2_run, brian2_target  # noqa: E402


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--target", choices=["cython", "cpp_standalone", "numpy"], default="cython")
    p.add_argument("--n", type=int, default=1000)
    p.add_argument("--duration", type=float, default=0.1)
    a = p.parse_args()
    import brian2 as b2
    from brian2 import us, um, cm, mV, uA, msiemens, uF, ohm
    scratch = brian2_target(b2, a.target)
    t0 = time.perf_counter()
    b2.defaultclock.dt = 10 * us
    morpho = b2.Cylinder(length=10 * cm, diameter=476 * um, n=a.n, type='axon')
    ns = dict(El=10.613 * mV, ENa=115 * mV, EK=-12 * mV, gl=0.3 * msiemens / cm ** 2, gK=36 * msiemens / cm ** 2, phi=3.8222)
    neuron = b2.SpatialNeuron(morphology=morpho, model=EQS, method="exponential_euler", Cm=1 * uF / cm ** 2,
                              Ri=35.4 * ohm * cm, threshold="v > 45*mV", refractory="v > 45*mV",
                              threshold_location=a.n // 2, namespace=ns)
    neuron.v = 0 * mV
    neuron.m = M_REST
    neuron.h = H_REST
    neuron.n = N_REST
    neuron.gNa = 120 * msiemens / cm ** 2
    neuron.I[0] = 2 * uA
    mon = b2.SpikeMonitor(neuron)
    net = b2.Network(neuron, mon)
    build_s, run_s, binary_s = brian2_run(b2, net, a.duration, a.target, scratch, t0)
    spikes = int(mon.num_spikes)
    if scratch:
        shutil.rmtree(scratch, ignore_errors=True)
    print(json.dumps({"simulator": "brian2", "target": a.target, "n": a.n, "duration_s": a.duration, "build_s": build_s,
                      "run_s": run_s, "binary_s": binary_s, "spikes": spikes}))


if __name__ == "__main__":
    main()
