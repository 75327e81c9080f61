#!/usr/bin/python3
"""Brian2 side of the cable benchmarks (cable_bench.py runs it beside CableBench.java).

--model axon (default): Hodgkin and Huxley's squid axon as SpatialNeuron (the equations of
scripts/reference/brian2_cable.py, Brian2's example compartmental/hh_with_spikes.py, rest at 0 mV,
rates times phi = 3.8222 for 18.5 C; CableBench.java runs them with rest at -65 mV): a cylinder
10 cm long, 476 um thick, --n compartments, dt = 10 us, 2 uA into compartment 0 for the whole run,
spikes where v rises through 45 mV (-20 mV in Synfire's convention) at the middle compartment.

--model network: --n ball-and-stick neurons in a ring of dendritic synapses, the network of
CableBench.java (see there): the same equations in the same convention (rest near -65 mV), the same
currents, synapses, delays and step. Brian2 has no group of spatial neurons (a SpatialNeuron is
one neuron; brian-team/brian2#1008), and one SpatialNeuron per cell means some seven compiled code
objects per cell (a trial with ten cells compiled for 16 minutes on the loaded 2-core machine and
then took 2.8 ms a step), so the cells here are one SpatialNeuron: each soma hangs from a common
root compartment by a connector 1 cm long and 1 pm thick, whose axial conductance (1e-22 S)
is some 14 orders of magnitude below a soma's membrane conductance, so no cell feels another
through it. This costs Brian2 101 extra compartments (5,101 in all) and lets it run all cells in
one code object per step, the most favourable arrangement for it. Spikes are tested where the
parameter `soma` is 1 and counted over the somas.

Prints ONE line of JSON: build_s, run_s (Brian2's own loop time, device._last_run_time), binary_s
(cpp_standalone: the whole binary), spikes. Run time and build time are measured as brian2_group.py
measures them; total_s is timed by the caller.

Run:  /usr/bin/python3 scripts/bench/brian2_cable_bench.py --target cython|cpp_standalone|numpy [--model axon|network]
                                                           [--n N] [--duration 0.1]
"""
import argparse
import json
import os
import shutil
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "reference"))
from brian2_cable import EQS, M_REST, H_REST, N_REST  # noqa: E402  the reference's equations, rest at 0 mV
from benchlib import HH_RATES, brian2_run, brian2_target  # noqa: E402

# CableBench.java's BALL_AND_STICK_MODEL: Library.hodgkinHuxleyMembrane()'s equations (phi = 1, 6.3 C) with a synaptic
# conductance, and `soma` marking where spikes are tested.
BALL_AND_STICK_EQS = '''
Im = gNa*m**3*h*(ENa - v) + gK*n**4*(EK - v) + gL*(EL - v) : amp/meter**2
dm/dt = phi*(alpha_m*(1 - m) - beta_m*m) : 1
dh/dt = phi*(alpha_h*(1 - h) - beta_h*h) : 1
dn/dt = phi*(alpha_n*(1 - n) - beta_n*n) : 1
I : amp (point current)
gNa : siemens/meter**2 (constant)
gK : siemens/meter**2 (constant)
gL : siemens/meter**2 (constant)
EL : volt (constant)
Is = gs*(Es - v) : amp (point current)
dgs/dt = -gs/taus : siemens
soma : 1 (constant)
''' + HH_RATES
FAN_OUT = 10


def axon(b2, n):
    from brian2 import um, cm, mV, uA, msiemens, uF, ohm
    morpho = b2.Cylinder(length=10 * cm, diameter=476 * um, n=n, type='axon')
    ns = dict(El=10.613 * mV, ENa=115 * mV, EK=-12 * mV, gl=0.3 * msiemens / cm ** 2, gK=36 * msiemens / cm ** 2, phi=3.8222)
    neuron = b2.SpatialNeuron(morphology=morpho, model=EQS, method="exponential_euler", Cm=1 * uF / cm ** 2,
                              Ri=35.4 * ohm * cm, threshold="v > 45*mV", refractory="v > 45*mV",
                              threshold_location=n // 2, namespace=ns)
    neuron.v = 0 * mV
    neuron.m = M_REST
    neuron.h = H_REST
    neuron.n = N_REST
    neuron.gNa = 120 * msiemens / cm ** 2
    neuron.I[0] = 2 * uA
    mon = b2.SpikeMonitor(neuron)
    return b2.Network(neuron, mon), mon


def network(b2, cells):
    import numpy as np
    from brian2 import um, cm, mV, nA, nS, ms, msiemens, uF, ohm
    root = b2.Cylinder(length=1 * um, diameter=1 * um, n=1)
    for k in range(cells):
        link = b2.Cylinder(length=1 * cm, diameter=1e-6 * um, n=1)
        link.soma = b2.Soma(20 * um)
        link.soma.dend = b2.Cylinder(length=500 * um, diameter=2 * um, n=49)
        setattr(root, f"cell{k}", link)
    somas = np.array([getattr(root, f"cell{k}").soma.indices[0] for k in range(cells)])
    dendrites = np.array([getattr(root, f"cell{k}").soma.dend.indices[:] for k in range(cells)])
    ns = dict(ENa=50 * mV, EK=-77 * mV, phi=1, Es=0 * mV, taus=2 * ms)
    neuron = b2.SpatialNeuron(morphology=root, model=BALL_AND_STICK_EQS, method="exponential_euler", Cm=1 * uF / cm ** 2,
                              Ri=100 * ohm * cm, threshold="soma > 0 and v > -20*mV", refractory="v > -20*mV", namespace=ns)
    size = root.total_compartments
    neuron.v = -65 * mV
    neuron.m = 0.0529325
    neuron.h = 0.5961208
    neuron.n = 0.3176769

    def per_compartment(elsewhere, at_somas):
        values = np.full(size, float(elsewhere))
        values[somas] = at_somas
        return values

    neuron.gNa = per_compartment(0, 120) * msiemens / cm ** 2
    neuron.gK = per_compartment(0, 36) * msiemens / cm ** 2
    neuron.gL = per_compartment(0.1, 0.3) * msiemens / cm ** 2
    neuron.EL = per_compartment(-65, -54.387) * mV
    neuron.soma = per_compartment(0, 1)
    neuron.I = per_compartment(0, 0.15 + 0.003 * np.arange(cells)) * nA
    # Cell k's soma reaches dendritic compartment 5f + 3 (the cell's 5f + 4, counting the soma) of cell k + 1 + f.
    sources = np.repeat(somas, FAN_OUT)
    targets = np.array([dendrites[(k + 1 + f) % cells][5 * f + 3] for k in range(cells) for f in range(FAN_OUT)])
    ring = b2.Synapses(neuron, neuron, model="w : siemens (constant)", on_pre="gs_post += w", delay=1 * ms)
    ring.connect(i=sources, j=targets)
    ring.w = 2 * nS
    mon = b2.SpikeMonitor(neuron)
    return b2.Network(neuron, ring, mon), mon


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--target", choices=["cython", "cpp_standalone", "numpy"], default="cython")
    p.add_argument("--model", choices=["axon", "network"], default="axon")
    p.add_argument("--n", type=int, help="compartments of the axon (1000) or cells of the network (100)")
    p.add_argument("--duration", type=float, default=0.1)
    a = p.parse_args()
    n = a.n if a.n is not None else (1000 if a.model == "axon" else 100)
    import brian2 as b2
    from brian2 import us
    scratch = brian2_target(b2, a.target)
    t0 = time.perf_counter()
    b2.defaultclock.dt = 10 * us
    net, mon = axon(b2, n) if a.model == "axon" else network(b2, n)
    build_s, run_s, binary_s = brian2_run(b2, net, a.duration, a.target, scratch, t0)
    spikes = int(mon.num_spikes)
    if scratch:
        shutil.rmtree(scratch, ignore_errors=True)
    print(json.dumps({"simulator": "brian2", "target": a.target, "model": a.model, "n": n, "duration_s": a.duration,
                      "build_s": build_s, "run_s": run_s, "binary_s": binary_s, "spikes": spikes}))


if __name__ == "__main__":
    main()
