#!/usr/bin/python3
"""Reference statistics of the classic networks, measured with Brian2, for Synfire's tests.

Runs each network for several seeds with Brian2 (runtime target, numpy or cython) and writes
the mean and the seed-to-seed standard deviation of each statistic to
src/test/resources/reference/brian2_networks.properties, which the slow tests read: Synfire must
fall within a tolerance derived from that spread.

Networks (as in Brette et al. 2007, benchmark 2, and Brian2's example CUBA.py):
  cuba  4,000 LIF neurons (3,200 excitatory, 800 inhibitory), p = 0.02, exponential current
        synapses (we = 1.62 mV, wi = -9 mV), no delay, 1 s after 0 ms of warm-up.

Statistics: mean rate of each population (Hz) over the whole run, and mean CV of inter-spike
intervals of excitatory neurons with at least 3 spikes.

Usage: /usr/bin/python3 scripts/reference/brian2_networks.py [--seeds 5] [--duration 1.0]
Needs: Debian's python3-brian (apt-get install -y python3-brian).
"""
import argparse
import os
import statistics
import sys

import numpy as np
from brian2 import second, prefs

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "src", "test", "resources", "reference", "brian2_networks.properties")


def cv_of_isis(monitor, n):
    trains = monitor.spike_trains()
    cvs = []
    for i in range(n):
        t = np.asarray(trains[i] / second)
        if len(t) >= 3:
            isi = np.diff(t)
            cvs.append(np.std(isi) / np.mean(isi))
    return float(np.mean(cvs)) if cvs else float("nan")


def build_cuba(b2):
    """Brian2's CUBA.py network (objects only, not run): returns (Network, group, exc synapses, inh synapses, monitor)."""
    from brian2 import ms, mV
    b2.defaultclock.dt = 0.1 * ms
    namespace = {"taum": 20 * ms, "taue": 5 * ms, "taui": 10 * ms, "Vt": -50 * mV, "Vr": -60 * mV, "El": -49 * mV,
                 "we": (60 * 0.27 / 10) * mV, "wi": (-20 * 4.5 / 10) * mV}
    eqs = '''
    dv/dt  = (ge+gi-(v-El))/taum : volt (unless refractory)
    dge/dt = -ge/taue : volt
    dgi/dt = -gi/taui : volt
    '''
    P = b2.NeuronGroup(4000, eqs, threshold='v>Vt', reset='v = Vr', refractory=5 * ms, method='exact', namespace=namespace)
    P.v = 'Vr + rand() * (Vt - Vr)'
    Ce = b2.Synapses(P, P, on_pre='ge += we', namespace=namespace)
    Ci = b2.Synapses(P, P, on_pre='gi += wi', namespace=namespace)
    Ce.connect('i<3200', p=0.02)
    Ci.connect('i>=3200', p=0.02)
    m = b2.SpikeMonitor(P)
    return b2.Network(P, Ce, Ci, m), P, Ce, Ci, m


def cuba(seed, duration):
    import brian2 as b2
    b2.seed(seed)
    net, P, Ce, Ci, m = build_cuba(b2)
    net.run(duration * second)
    i = np.asarray(m.i)
    return {
        "exc_rate_hz": np.sum(i < 3200) / 3200 / duration,
        "inh_rate_hz": np.sum(i >= 3200) / 800 / duration,
        "exc_cv": cv_of_isis(m, 3200),
    }


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--seeds", type=int, default=5)
    p.add_argument("--duration", type=float, default=1.0)
    p.add_argument("--target", default="numpy")
    args = p.parse_args()
    prefs.codegen.target = args.target
    lines = ["# Written by scripts/reference/brian2_networks.py; Brian2 runtime target '%s', %d seeds, %.1f s each."
             % (args.target, args.seeds, args.duration)]
    for name, network in [("cuba", cuba)]:
        runs = [network(s + 1, args.duration) for s in range(args.seeds)]
        for stat in runs[0]:
            values = [r[stat] for r in runs]
            lines.append(f"{name}.{stat}.mean={statistics.mean(values):.6g}")
            lines.append(f"{name}.{stat}.sd={statistics.stdev(values):.6g}")
            print(name, stat, values, flush=True)
    with open(OUT, "w") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote", OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
