#!/usr/bin/python3
"""Reference statistics of the classic networks, measured with Brian2, for Synfire's tests.

Runs each network for several seeds with Brian2 (runtime target, numpy or cython) and writes
the mean and the seed-to-seed standard deviation of each statistic to
src/test/resources/reference/brian2_networks.properties, which the slow tests read: Synfire must
fall within a tolerance derived from that spread.

Networks (Brette et al. 2007; Synfire's ReferenceNetworks defines the same ones):
  cuba    benchmark 2, Brian2's example CUBA.py: 4,000 LIF neurons (3,200 excitatory, 800
          inhibitory), p = 0.02, exponential current synapses (1.62 mV, -9 mV), no delay.
  coba    benchmark 1: the same topology, conductances relative to the leak (jumps 0.6, 6.7).
  cobahh  benchmark 3, Brian2's example COBAHH.py: Traub-Miles cells, conductances 6 nS, 67 nS.
All run 1 s from t = 0.
  song    Song, Miller & Abbott 2000 (Brian2's example STDP.py): 1,000 Poisson inputs at 15 Hz onto one
          LIF neuron through additive STDP, 100 s; statistics of the final weights (fraction below
          0.1 gmax, above 0.9 gmax, between 0.3 and 0.7 gmax) and the neuron's mean rate.
  (microcircuit: build_microcircuit, Potjans & Diesmann 2014, for the benchmark; no statistics are stored for it)
  brunel_sr, brunel_sif
          Brunel 2000 model A (12,500 neurons, CE = 1,000, J = 0.1 mV, D = 1.5 ms, Poisson drive) at
          g = 3, eta = 2 (synchronous regular) and g = 6, eta = 4 (synchronous irregular, fast: Brunel's Fig. 8B), 0.6 s;
          statistics after 100 ms: excitatory rate, CV of the excitatory population count in 1 ms
          bins (synchrony), mean ISI CV.

Statistics: mean rate of each population (Hz) over the whole run, and mean CV of inter-spike
intervals of excitatory neurons with at least 3 spikes.

Usage: /usr/bin/python3 scripts/reference/brian2_networks.py [--seeds 5] [--duration 1.0] [--networks cuba,coba,cobahh]
       [--target cython|numpy]
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


def b2_version():
    import brian2
    return brian2.__version__


def cv_of_isis(monitor, n):
    trains = monitor.spike_trains()
    cvs = []
    for i in range(n):
        t = np.asarray(trains[i] / second)
        if len(t) >= 3:
            isi = np.diff(t)
            cvs.append(np.std(isi) / np.mean(isi))
    return float(np.mean(cvs)) if cvs else float("nan")


def cuba_neurons(b2, neurons, weight_scale):
    """CUBA.py's neurons (initial potentials drawn) and its two synapse objects, not yet connected, with the
    weights times weight_scale: (group, exc synapses, inh synapses)."""
    from brian2 import ms, mV
    b2.defaultclock.dt = 0.1 * ms
    namespace = {"taum": 20 * ms, "taue": 5 * ms, "taui": 10 * ms, "Vt": -50 * mV, "Vr": -60 * mV, "El": -49 * mV,
                 "we": (60 * 0.27 / 10) * weight_scale * mV, "wi": (-20 * 4.5 / 10) * weight_scale * mV}
    eqs = '''
    dv/dt  = (ge+gi-(v-El))/taum : volt (unless refractory)
    dge/dt = -ge/taue : volt
    dgi/dt = -gi/taui : volt
    '''
    P = b2.NeuronGroup(neurons, eqs, threshold='v>Vt', reset='v = Vr', refractory=5 * ms, method='exact', namespace=namespace)
    P.v = 'Vr + rand() * (Vt - Vr)'
    Ce = b2.Synapses(P, P, on_pre='ge += we', namespace=namespace)
    Ci = b2.Synapses(P, P, on_pre='gi += wi', namespace=namespace)
    return P, Ce, Ci


def build_cuba(b2):
    """Brian2's CUBA.py network (objects only, not run): returns (Network, group, exc synapses, inh synapses, monitor)."""
    P, Ce, Ci = cuba_neurons(b2, 4000, 1)
    Ce.connect('i<3200', p=0.02)
    Ci.connect('i>=3200', p=0.02)
    m = b2.SpikeMonitor(P)
    return b2.Network(P, Ce, Ci, m), P, Ce, Ci, m


def build_cuba_scaled(b2, neurons, in_degree, seed):
    """CUBA at another size, as Synfire's ReferenceNetworks.cuba(neurons, inDegree, seed): 80 % excitatory, each neuron
    receiving exactly in_degree synapses (80 % excitatory, no repeats), weights scaled by 80 / in_degree; same return
    as build_cuba."""
    rng = np.random.default_rng(seed)
    ne = int(round(neurons * 0.8))
    ke = int(round(in_degree * 0.8))
    P, Ce, Ci = cuba_neurons(b2, neurons, 80 / in_degree)
    Ce.connect(i=sources_without_repeats(rng, 0, ne, neurons, ke), j=np.repeat(np.arange(neurons), ke))
    Ci.connect(i=sources_without_repeats(rng, ne, neurons - ne, neurons, in_degree - ke), j=np.repeat(np.arange(neurons), in_degree - ke))
    m = b2.SpikeMonitor(P)
    return b2.Network(P, Ce, Ci, m), P, Ce, Ci, m


def sources_without_repeats(rng, first, count, targets, k):
    """k distinct sources in [first, first + count) for each of the targets, target by target: drawn at once, then the
    repeats within a target redrawn until none is left (fast for k much smaller than count, and memory-light at 1M x 100)."""
    pre = rng.integers(0, count, size=(targets, k), dtype=np.int32)
    while True:
        pre.sort(axis=1)
        repeated = np.zeros(pre.shape, dtype=bool)
        repeated[:, 1:] = pre[:, 1:] == pre[:, :-1]
        n = int(repeated.sum())
        if n == 0:
            return first + pre.ravel()
        pre[repeated] = rng.integers(0, count, size=n, dtype=np.int32)


def build_coba(b2):
    """Brette et al. 2007 benchmark 1 (COBA), conductances relative to the leak; same return as build_cuba."""
    from brian2 import ms, mV
    b2.defaultclock.dt = 0.1 * ms
    namespace = {"taum": 20 * ms, "taue": 5 * ms, "taui": 10 * ms, "Vt": -50 * mV, "Vr": -60 * mV, "El": -60 * mV,
                 "Ee": 0 * mV, "Ei": -80 * mV}
    eqs = '''
    dv/dt = (El - v + ge*(Ee - v) + gi*(Ei - v))/taum : volt (unless refractory)
    dge/dt = -ge/taue : 1
    dgi/dt = -gi/taui : 1
    '''
    P = b2.NeuronGroup(4000, eqs, threshold='v>Vt', reset='v = Vr', refractory=5 * ms, method='exponential_euler',
                       namespace=namespace)
    P.v = 'El + (randn() * 5 - 5) * mV'
    P.ge = 'randn() * 1.5 + 4'
    P.gi = 'randn() * 12 + 20'
    Ce = b2.Synapses(P[:3200], P, on_pre='ge += 0.6')
    Ci = b2.Synapses(P[3200:], P, on_pre='gi += 6.7')
    Ce.connect(p=0.02)
    Ci.connect(p=0.02)
    m = b2.SpikeMonitor(P)
    return b2.Network(P, Ce, Ci, m), P, Ce, Ci, m


def build_cobahh(b2):
    """Brian2's COBAHH.py (Brette et al. 2007 benchmark 3); same return as build_cuba."""
    from brian2 import ms, mV, nS, umetre, ufarad, cm, siemens, msiemens
    b2.defaultclock.dt = 0.1 * ms
    area = 20000 * umetre ** 2
    namespace = {"Cm": (1 * ufarad * cm ** -2) * area, "gl": (5e-5 * siemens * cm ** -2) * area, "El": -60 * mV,
                 "EK": -90 * mV, "ENa": 50 * mV, "g_na": (100 * msiemens * cm ** -2) * area,
                 "g_kd": (30 * msiemens * cm ** -2) * area, "VT": -63 * mV, "taue": 5 * ms, "taui": 10 * ms,
                 "Ee": 0 * mV, "Ei": -80 * mV, "we": 6 * nS, "wi": 67 * nS}
    eqs = '''
    dv/dt = (gl*(El-v)+ge*(Ee-v)+gi*(Ei-v)-g_na*(m*m*m)*h*(v-ENa)-g_kd*(n*n*n*n)*(v-EK))/Cm : volt
    dm/dt = alpha_m*(1-m)-beta_m*m : 1
    dn/dt = alpha_n*(1-n)-beta_n*n : 1
    dh/dt = alpha_h*(1-h)-beta_h*h : 1
    dge/dt = -ge*(1./taue) : siemens
    dgi/dt = -gi*(1./taui) : siemens
    alpha_m = 0.32*(mV**-1)*4*mV/exprel((13*mV-v+VT)/(4*mV))/ms : Hz
    beta_m = 0.28*(mV**-1)*5*mV/exprel((v-VT-40*mV)/(5*mV))/ms : Hz
    alpha_h = 0.128*exp((17*mV-v+VT)/(18*mV))/ms : Hz
    beta_h = 4./(1+exp((40*mV-v+VT)/(5*mV)))/ms : Hz
    alpha_n = 0.032*(mV**-1)*5*mV/exprel((15*mV-v+VT)/(5*mV))/ms : Hz
    beta_n = .5*exp((10*mV-v+VT)/(40*mV))/ms : Hz
    '''
    P = b2.NeuronGroup(4000, eqs, threshold='v>-20*mV', refractory=3 * ms, method='exponential_euler', namespace=namespace)
    Ce = b2.Synapses(P[:3200], P, on_pre='ge+=we', namespace=namespace)
    Ci = b2.Synapses(P[3200:], P, on_pre='gi+=wi', namespace=namespace)
    Ce.connect(p=0.02)
    Ci.connect(p=0.02)
    P.v = 'El + (randn() * 5 - 5)*mV'
    P.ge = '(randn() * 1.5 + 4) * 10.*nS'
    P.gi = '(randn() * 12 + 20) * 10.*nS'
    m = b2.SpikeMonitor(P)
    return b2.Network(P, Ce, Ci, m), P, Ce, Ci, m


def build_song(b2):
    """Brian2's example STDP.py (Song, Miller & Abbott 2000): (Network, neuron, synapses, None, neuron's SpikeMonitor)."""
    from brian2 import ms, mV, Hz
    b2.defaultclock.dt = 0.1 * ms
    gmax = 0.01
    dApre = 0.01 * gmax
    dApost = -dApre * 1.05
    namespace = {"taum": 10 * ms, "taupre": 20 * ms, "taupost": 20 * ms, "Ee": 0 * mV, "vt": -54 * mV, "vr": -60 * mV,
                 "El": -74 * mV, "taue": 5 * ms, "gmax": gmax, "dApre": dApre, "dApost": dApost}
    eqs = '''
    dv/dt = (ge * (Ee-v) + El - v) / taum : volt
    dge/dt = -ge / taue : 1
    '''
    source = b2.PoissonGroup(1000, rates=15 * Hz)
    neuron = b2.NeuronGroup(1, eqs, threshold='v>vt', reset='v = vr', method='euler', namespace=namespace)
    neuron.v = -60 * mV
    S = b2.Synapses(source, neuron,
                    '''w : 1
                       dApre/dt = -Apre / taupre : 1 (event-driven)
                       dApost/dt = -Apost / taupost : 1 (event-driven)''',
                    on_pre='''ge += w
                              Apre += dApre
                              w = clip(w + Apost, 0, gmax)''',
                    on_post='''Apost += dApost
                               w = clip(w + Apre, 0, gmax)''', namespace=namespace)
    S.connect()
    S.w = 'rand() * gmax'
    m = b2.SpikeMonitor(neuron)
    return b2.Network(source, neuron, S, m), neuron, S, None, m


def song_miller_abbott(seed, duration):
    """Statistics of build_song's weights after `duration`: fractions near each bound and in the middle."""
    import brian2 as b2
    b2.start_scope()
    b2.seed(seed)
    net, neuron, S, _, m = build_song(b2)
    net.run(duration * second)
    w = np.asarray(S.w) / 0.01
    return {
        "low_fraction": float(np.mean(w < 0.1)),
        "high_fraction": float(np.mean(w > 0.9)),
        "middle_fraction": float(np.mean((w > 0.3) & (w < 0.7))),
        "post_rate_hz": m.num_spikes / duration,
    }


def build_brunel(b2, g, eta, seed):
    """Brunel 2000 model A (as Synfire's ReferenceNetworks.brunel); same return as build_cuba."""
    from brian2 import ms, mV
    rng = np.random.RandomState(seed)
    b2.defaultclock.dt = 0.1 * ms
    ne, ni, ce, ci, j = 10000, 2500, 1000, 250, 0.1 * mV
    namespace = {"tau": 20 * ms, "theta": 20 * mV, "Vr": 10 * mV, "J": j, "g": g}
    P = b2.NeuronGroup(ne + ni, 'dv/dt = -v/tau : volt (unless refractory)', threshold='v > theta', reset='v = Vr',
                       refractory=2 * ms, method='exact', namespace=namespace)
    P.v = 'rand()*theta'
    # Fixed in-degree without replacement, drawn per target as Synfire's Connect.fixedInDegree does.
    pre_e = np.concatenate([rng.choice(ne, ce, replace=False) for _ in range(ne + ni)])
    pre_i = np.concatenate([ne + rng.choice(ni, ci, replace=False) for _ in range(ne + ni)])
    Ce = b2.Synapses(P, P, on_pre='v_post += J', delay=1.5 * ms, namespace=namespace)
    Ce.connect(i=pre_e, j=np.repeat(np.arange(ne + ni), ce))
    Ci = b2.Synapses(P, P, on_pre='v_post += -g*J', delay=1.5 * ms, namespace=namespace)
    Ci.connect(i=pre_i, j=np.repeat(np.arange(ne + ni), ci))
    nu_thr = 20 * mV / (j * ce * 20 * ms)
    ext = b2.PoissonInput(P, 'v', N=ce, rate=eta * nu_thr, weight=j)
    m = b2.SpikeMonitor(P)
    return b2.Network(P, Ce, Ci, ext, m), P, Ce, Ci, m


# The cortical microcircuit of Potjans & Diesmann (2014), the tables of the paper and of NEST's implementation
# (pynest/examples/Potjans_2014), as Synfire's Microcircuit has them: target (row) by source (column).
MC_POPULATIONS = ["L23E", "L23I", "L4E", "L4I", "L5E", "L5I", "L6E", "L6I"]
MC_SIZES = np.array([20683, 5834, 21915, 5479, 4850, 1065, 14395, 2948])
MC_K_EXT = np.array([1600, 1500, 2100, 1900, 2000, 1900, 2900, 2100])
MC_RATES = np.array([0.903, 2.965, 4.414, 5.876, 7.569, 8.633, 1.105, 7.829])
MC_P = np.array([[0.1009, 0.1689, 0.0437, 0.0818, 0.0323, 0.0, 0.0076, 0.0],
                 [0.1346, 0.1371, 0.0316, 0.0515, 0.0755, 0.0, 0.0042, 0.0],
                 [0.0077, 0.0059, 0.0497, 0.135, 0.0067, 0.0003, 0.0453, 0.0],
                 [0.0691, 0.0029, 0.0794, 0.1597, 0.0033, 0.0, 0.1057, 0.0],
                 [0.1004, 0.0622, 0.0505, 0.0057, 0.0831, 0.3726, 0.0204, 0.0],
                 [0.0548, 0.0269, 0.0257, 0.0022, 0.06, 0.3158, 0.0086, 0.0],
                 [0.0156, 0.0066, 0.0211, 0.0166, 0.0572, 0.0197, 0.0396, 0.2252],
                 [0.0364, 0.001, 0.0034, 0.0005, 0.0277, 0.008, 0.0658, 0.1443]])
MC_V0 = ([-68.28, -63.16, -63.33, -63.45, -63.11, -61.66, -66.72, -61.43], [5.36, 4.57, 4.74, 4.94, 4.94, 4.55, 5.46, 4.48])


def build_microcircuit(b2, scale, seed, background="poisson"):
    """Potjans & Diesmann's microcircuit at `scale` of its neurons and in-degrees, as Synfire's Microcircuit.scaled(scale)
    builds it: one NeuronGroup in eight subgroups of NEST's iaf_psc_exp (exact integration), each pair of populations a
    Synapses object of exactly round(ln(1-C)/ln(1-1/(N_pre N_post)) * scale^2) synapses with random sources and targets
    (NEST's fixed_total_number), weights around 87.81 pA (x2 from L4E onto L2/3E, x-4 from inhibitory cells; 10 % sd)
    scaled by 1/sqrt(scale), delays normal (1.5 +- 0.75 ms excitatory, 0.75 +- 0.375 ms inhibitory) redrawn below 0.05 ms
    and rounded to the step, and the background as PoissonInputs (8 Hz x K_ext) or constant currents, plus the currents
    NEST's scaling adds for what the smaller in-degrees lose. Returns (network, group, [synapses], monitor)."""
    from brian2 import ms, mV, pA, pF, Hz, second
    rng = np.random.default_rng(seed)
    b2.defaultclock.dt = 0.1 * ms
    tau_m, tau_s, c_m = 10e-3, 0.5e-3, 250e-12
    peak = np.log(tau_m / tau_s) * tau_m * tau_s / (tau_m - tau_s)
    j = 0.15e-3 / (tau_m * tau_s / (c_m * (tau_m - tau_s)) * (np.exp(-peak / tau_m) - np.exp(-peak / tau_s)))
    weight = np.where(np.arange(8) % 2 == 0, j, -4 * j) * np.ones((8, 1))
    weight[0, 2] = 2 * j
    full = np.log(1 - MC_P) / np.log((np.outer(MC_SIZES, MC_SIZES) - 1.0) / np.outer(MC_SIZES, MC_SIZES))
    sizes = np.round(MC_SIZES * scale).astype(int)
    counts = np.round(full * scale * scale).astype(np.int64)
    recurrent = (weight * full / MC_SIZES[:, None] * MC_RATES).sum(axis=1)
    external = 8.0 * MC_K_EXT * j
    lost = 1 - np.sqrt(scale)
    dc = tau_s * (lost * (recurrent + external) if background == "poisson" else external + lost * recurrent)
    starts = np.concatenate([[0], np.cumsum(sizes)])
    P = b2.NeuronGroup(int(sizes.sum()), """
        dv/dt = (El - v + R*(I + I_syn))/tau : volt (unless refractory)
        dI_syn/dt = -I_syn/tau_syn : amp
        I : amp (constant)""", threshold="v > theta", reset="v = Vr", refractory=2 * ms, method="exact",
        namespace={"El": -65 * mV, "R": tau_m / c_m * b2.ohm, "tau": tau_m * second, "tau_syn": tau_s * second,
                   "theta": -50 * mV, "Vr": -65 * mV})
    pops = [P[starts[k]:starts[k + 1]] for k in range(8)]
    objects = [P]
    for k, pop in enumerate(pops):
        pop.I = dc[k] * b2.amp
        pop.v = f"{MC_V0[0][k]}*mV + {MC_V0[1][k]}*mV*randn()"
        if background == "poisson":
            objects.append(b2.PoissonInput(pop, "I_syn", N=int(np.round(MC_K_EXT[k] * scale)), rate=8 * Hz,
                                           weight=j / np.sqrt(scale) * b2.amp))
    synapses = []
    for t in range(8):
        for s in range(8):
            if counts[t, s] == 0:
                continue
            S = b2.Synapses(pops[s], pops[t], "w : amp (constant)", on_pre="I_syn_post += w")
            n = int(counts[t, s])
            S.connect(i=rng.integers(0, sizes[s], n, dtype=np.int32), j=rng.integers(0, sizes[t], n, dtype=np.int32))
            S.w = f"{weight[t, s] / np.sqrt(scale)}*amp*(1 + 0.1*randn())"
            mean = 1.5e-3 if s % 2 == 0 else 0.75e-3
            d = rng.normal(mean, mean / 2, n)
            low = d < 0.05e-3
            while low.any():
                d[low] = rng.normal(mean, mean / 2, int(low.sum()))
                low = d < 0.05e-3
            S.delay = np.round(d / 1e-4) * 0.1 * ms
            synapses.append(S)
    m = b2.SpikeMonitor(P)
    return b2.Network(*objects, *synapses, m), P, synapses, m


def brunel(g, eta):
    """Statistics of build_brunel after 100 ms of warm-up: excitatory rate, population synchrony, ISI CV."""
    def run(seed, duration):
        import brian2 as b2
        from brian2 import ms
        b2.start_scope()
        b2.seed(seed)
        net, P, Ce, Ci, m = build_brunel(b2, g, eta, seed)
        net.run(duration * second)
        ne = 10000
        t = np.asarray(m.t / ms)
        i = np.asarray(m.i)
        keep = (t >= 100) & (i < ne)
        seconds = duration - 0.1
        # Brian2 reports a spike at the start of the step in which it happens; 1 ms bins of occurrence.
        counts = np.bincount(((t[keep] - 100) // 1).astype(int), minlength=int(seconds * 1000))[:int(seconds * 1000)]
        trains = {}
        for k, ti in zip(i[keep], t[keep]):
            trains.setdefault(k, []).append(ti)
        cvs = [np.std(np.diff(v)) / np.mean(np.diff(v)) for v in trains.values() if len(v) >= 3]
        return {"exc_rate_hz": keep.sum() / ne / seconds, "population_cv": float(np.std(counts) / np.mean(counts)),
                "exc_cv": float(np.mean(cvs)) if cvs else float("nan")}
    return run


NETWORKS = {"cuba": build_cuba, "coba": build_coba, "cobahh": build_cobahh}
RUNS = {"song": song_miller_abbott, "brunel_sr": brunel(3, 2), "brunel_sif": brunel(6, 4)}


def statistics_of(build, seed, duration):
    """Rates of the 3,200 excitatory and 800 inhibitory neurons and the excitatory ISI CV of one seed."""
    import brian2 as b2
    b2.start_scope()
    b2.seed(seed)
    net, P, Ce, Ci, m = build(b2)
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
    p.add_argument("--target", default="cython")
    p.add_argument("--networks", default="cuba,coba,cobahh,song,brunel_sr,brunel_sif")
    p.add_argument("--song-duration", type=float, default=100.0)
    p.add_argument("--brunel-duration", type=float, default=0.6)
    args = p.parse_args()
    prefs.codegen.target = args.target
    values = {}
    for name in args.networks.split(","):
        if name in RUNS:
            seconds = args.song_duration if name == "song" else args.brunel_duration
            runs = [RUNS[name](s + 1, seconds) for s in range(args.seeds)]
        else:
            runs = [statistics_of(NETWORKS[name], s + 1, args.duration) for s in range(args.seeds)]
        seconds = args.song_duration if name == "song" else args.brunel_duration if name in RUNS else args.duration
        values[f"{name}.seeds"] = str(args.seeds)
        values[f"{name}.measured"] = f"Brian2 {b2_version()} {args.target}, {args.seeds} seeds, {seconds:g} s"
        for stat in runs[0]:
            sample = [r[stat] for r in runs]
            values[f"{name}.{stat}.mean"] = f"{statistics.mean(sample):.6g}"
            values[f"{name}.{stat}.sd"] = f"{statistics.stdev(sample):.6g}"
            print(name, stat, sample, flush=True)
    # Networks not run this time keep the values in the file (read now: runs take long).
    if os.path.exists(OUT):
        with open(OUT) as f:
            for line in f:
                if "=" in line and not line.startswith("#"):
                    key, value = line.strip().split("=", 1)
                    values.setdefault(key, value)
    with open(OUT, "w") as f:
        f.write("# Written by scripts/reference/brian2_networks.py: mean and seed-to-seed sd of each statistic.\n")
        f.write("".join(f"{k}={v}\n" for k, v in sorted(values.items())))
    print("wrote", OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
