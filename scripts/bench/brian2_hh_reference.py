#!/usr/bin/python3
"""Reference numbers for the classic Hodgkin-Huxley (1952) squid-axon model, for Synfire's tests.

Model (single compartment, per unit area, 6.3 degC so no Q10 factor; rates as in NEURON's hh.mod
and Brian2's HH examples, modern convention with rest near -65 mV):
  Cm = 1 uF/cm2, gNa = 120, gK = 36, gL = 0.3 mS/cm2, ENa = 50, EK = -77, EL = -54.387 mV
  Cm dv/dt = gNa m^3 h (ENa-v) + gK n^4 (EK-v) + gL (EL-v) + I
  alpha_m = 0.1(v+40)/(1-exp(-(v+40)/10))  beta_m = 4 exp(-(v+65)/18)        (v in mV, rates /ms)
  alpha_h = 0.07 exp(-(v+65)/20)           beta_h = 1/(1+exp(-(v+35)/10))
  alpha_n = 0.01(v+55)/(1-exp(-(v+55)/10)) beta_n = 0.125 exp(-(v+65)/80)
Initial state (as NEURON's finitialize(-65)): v = -65 mV, m, h, n at their steady state for -65 mV.
Current I (uA/cm2) switched on at t = 0. A spike is an upward crossing of 0 mV.

Quantities (Brian2, method exponential_euler, at dt = 0.1, 0.01 and 0.001 ms):
  (a) onset of sustained repetitive firing: the least constant I at which the neuron, started at
      rest, still fires in 0.5-1.0 s.  Scan of 0-15 uA/cm2 (5-8 at dt = 0.001 ms) in steps of 0.05,
      then the last transition refined in steps of 0.001 (one neuron per grid point, one
      NeuronGroup per scan).  Note: just below the true onset (a saddle-node of limit cycles) the
      neuron fires for a long transient (ghost of the cycle), e.g. up to ~0.8 s at I_onset - 0.002,
      so this criterion sits ~0.002 below the bifurcation; use it as defined.
  (b) peak v of the first spike for a 10 uA/cm2 step and for a 1 ms, 20 uA/cm2 pulse (t = 0-1 ms),
      max of v sampled every step (every 0.1 us for SciPy, 1 us for NEURON CVODE).
  (c) least amplitude of a 1 ms pulse (t = 0-1 ms) that makes a spike within 50 ms.
  (d) spikes in 1 s and steady rate (1 / mean interspike interval over 0.5-1 s) at 10, 20, 50.
References for the same four quantities:
  SciPy solve_ivp (DOP853, rtol = atol = 1e-10, spike times by event location, bisection to 1e-3):
    the converged answer.
  NEURON (if its Python module is installed; Debian: python3-neuron), hh mechanism with el_hh set
    to -54.387 (NEURON's default is -54.3), CVODE (atol 1e-8) with usetable_hh = 0, then with
    NEURON's default usetable_hh = 1 (rates from 1 mV tables, visibly less accurate: onset 6.21),
    then fixed-step implicit Euler at dt = 0.01 ms.

Run: /usr/bin/python3 scripts/bench/brian2_hh_reference.py [--parts brian2,scipy,neuron]
     (~15 min on 2 cores in all; prints tables)
"""
import math
import sys

import numpy as np
import brian2 as b2
from brian2 import ms, mV, uF, cm, msiemens, uA

from benchlib import HH_RATES

b2.prefs.codegen.target = "cython"
b2.BrianLogger.log_level_error()

EQS = """
dv/dt = (gNa*m**3*h*(ENa-v) + gK*n**4*(EK-v) + gL*(EL-v) + I*stim)/Cm : volt
dm/dt = alpha_m*(1-m) - beta_m*m : 1
dh/dt = alpha_h*(1-h) - beta_h*h : 1
dn/dt = alpha_n*(1-n) - beta_n*n : 1
I : amp/meter**2 (constant)
stim : 1 (shared)
""" + HH_RATES
NS = dict(Cm=1 * uF / cm ** 2, gNa=120 * msiemens / cm ** 2, gK=36 * msiemens / cm ** 2,
          gL=0.3 * msiemens / cm ** 2, ENa=50 * mV, EK=-77 * mV, EL=-54.387 * mV)


def rest_gates(v=-65.0):
    am = 0.1 * (v + 40) / (1 - math.exp(-(v + 40) / 10)); bm = 4 * math.exp(-(v + 65) / 18)
    ah = 0.07 * math.exp(-(v + 65) / 20); bh = 1 / (1 + math.exp(-(v + 35) / 10))
    an = 0.01 * (v + 55) / (1 - math.exp(-(v + 55) / 10)); bn = 0.125 * math.exp(-(v + 65) / 80)
    return am / (am + bm), ah / (ah + bh), an / (an + bn)


def simulate(currents, dt, segments, record_v=False, init=None):
    """currents in uA/cm2 (one neuron each); segments: [(duration_ms, stim 0/1)].
    Returns spike trains (ms) per neuron, v traces (mV, or None) and the final state."""
    b2.start_scope()
    b2.defaultclock.dt = dt * ms
    G = b2.NeuronGroup(len(currents), EQS, threshold="v > 0*mV", refractory="v > 0*mV",
                       method="exponential_euler", namespace=NS)
    m0, h0, n0 = rest_gates()
    G.v, G.m, G.h, G.n = -65 * mV, m0, h0, n0
    if init is not None:
        G.v, G.m, G.h, G.n = init["v"] * mV, init["m"], init["h"], init["n"]
    G.I = np.asarray(currents) * uA / cm ** 2
    sm = b2.SpikeMonitor(G)
    net = b2.Network(G, sm)
    if record_v:
        vm = b2.StateMonitor(G, "v", record=True)
        net.add(vm)
    for dur, s in segments:
        G.stim = s
        net.run(dur * ms)
    trains = [np.asarray(t / ms) for t in sm.spike_trains().values()]
    state = {"v": np.asarray(G.v / mV), "m": np.asarray(G.m), "h": np.asarray(G.h), "n": np.asarray(G.n)}
    return trains, (np.asarray(vm.v / mV) if record_v else None), state


def last_transition(grid, ok):
    """Smallest grid value above which every point is ok; (lo, hi) bracket and whether ok was monotone."""
    ok = np.asarray(ok)
    if not ok[-1]:
        return None, None, False
    k = len(ok) - 1
    while k > 0 and ok[k - 1]:
        k -= 1
    return (grid[k - 1] if k > 0 else None), grid[k], bool(not ok[:k].any())


def refine(lo, hi, coarse, fine, test):
    grid = np.round(np.arange(lo, hi + coarse / 2, coarse), 6)
    a, b, mono = last_transition(grid, test(grid))
    if a is None:
        return b, mono
    grid2 = np.round(np.arange(a, b + fine / 2, fine), 6)
    a2, b2_, mono2 = last_transition(grid2, test(grid2))
    return b2_, mono and mono2


def brian_onset(dt, lo=0.0, hi=15.0):
    def test(grid):
        trains, _, _ = simulate(grid, dt, [(1000.0, 1)])
        return [bool(np.any(t > 500.0)) for t in trains]
    return refine(lo, hi, 0.05, 0.001, test)


def first_peak(v):
    up = np.nonzero(v > 0)[0]
    if len(up) == 0:
        return None
    down = np.nonzero(v[up[0]:] < 0)[0]
    end = up[0] + (down[0] if len(down) else len(v) - up[0])
    return float(v[:end].max())


def brian_peaks(dt):
    _, v1, _ = simulate([10.0], dt, [(30.0, 1)], record_v=True)
    _, v2, _ = simulate([20.0], dt, [(1.0, 1), (29.0, 0)], record_v=True)
    return first_peak(v1[0]), first_peak(v2[0])


def brian_pulse_threshold(dt):
    def test(grid):
        trains, _, _ = simulate(grid, dt, [(1.0, 1), (49.0, 0)])
        return [len(t) > 0 for t in trains]
    return refine(0.0, 50.0, 0.1, 0.001, test)


def rates(trains):
    out = []
    for t in trains:
        late = t[t > 500.0]
        out.append((len(t), 1000.0 / float(np.mean(np.diff(late))) if len(late) > 1 else 0.0))
    return out


def brian_rates(dt):
    trains, _, _ = simulate([10.0, 20.0, 50.0], dt, [(1000.0, 1)])
    return rates(trains)


# ---------------------------------------------------------------- SciPy (converged reference)
def scipy_tools():
    from scipy.integrate import solve_ivp

    def rhs(t, y, I):
        v, m, h_, n = y
        am = 1 / _exprel(-(v + 40) / 10); bm = 4 * math.exp(-(v + 65) / 18)
        ah = 0.07 * math.exp(-(v + 65) / 20); bh = 1 / (1 + math.exp(-(v + 35) / 10))
        an = 0.01 * 10 / _exprel(-(v + 55) / 10); bn = 0.125 * math.exp(-(v + 65) / 80)
        return [120 * m ** 3 * h_ * (50 - v) + 36 * n ** 4 * (-77 - v) + 0.3 * (-54.387 - v) + I,
                am * (1 - m) - bm * m, ah * (1 - h_) - bh * h_, an * (1 - n) - bn * n]

    def crossing(t, y, I):
        return y[0]
    crossing.direction = 1

    def run(segments, dense=False):
        """segments [(duration_ms, I)]; returns spike times and, if dense, a v(t) sampler per segment."""
        y, t0, spikes, sols = [-65.0, *rest_gates()], 0.0, [], []
        for dur, I in segments:
            sol = solve_ivp(rhs, (t0, t0 + dur), y, args=(I,), method="DOP853", rtol=1e-10,
                            atol=1e-10, events=crossing, dense_output=dense)
            spikes += list(sol.t_events[0])
            sols.append(sol)
            y, t0 = sol.y[:, -1], t0 + dur
        return np.array(spikes), sols
    return run


def _exprel(x):
    return 1.0 + x / 2 if abs(x) < 1e-9 else math.expm1(x) / x


def bisect(lo, hi, test, tol=1e-3):
    assert test(hi) and not test(lo)
    while hi - lo > tol:
        mid = (lo + hi) / 2
        lo, hi = (lo, mid) if test(mid) else (mid, hi)
    return hi


def sampled_peak(sols, t_end):
    t = np.arange(0.0, t_end, 1e-4)
    v = np.concatenate([s.sol(t[(t >= s.t[0]) & (t < s.t[-1])])[0] for s in sols])
    return first_peak(v)


# ---------------------------------------------------------------- NEURON (optional)
def neuron_tools():
    try:
        from neuron import h
    except ImportError:
        return None
    h.load_file("stdrun.hoc")
    h.celsius = 6.3
    sec = h.Section(name="soma")
    sec.L = sec.diam = math.sqrt(100 / math.pi)  # lateral area 100 um2, so 1 uA/cm2 = 1e-3 nA
    sec.nseg, sec.cm, sec.Ra = 1, 1.0, 100
    sec.insert("hh")
    sec.ena, sec.ek = 50.0, -77.0
    for seg in sec:
        seg.hh.gnabar, seg.hh.gkbar, seg.hh.gl, seg.hh.el = 0.12, 0.036, 0.0003, -54.387
    assert abs(h.area(0.5, sec=sec) - 100.0) < 1e-9
    clamp = h.IClamp(sec(0.5))
    nc = h.NetCon(sec(0.5)._ref_v, None, sec=sec)
    nc.threshold = 0.0
    spikes, vrec = h.Vector(), h.Vector()
    nc.record(spikes)
    cv = h.CVode()

    def run(amp, dur_pulse, tstop, cvode=True, dt=0.01, record=False, tables=False):
        h.usetable_hh = 1 if tables else 0  # hh.mod's default rate tables: 1 mV linear interpolation
        cv.active(1 if cvode else 0)
        if cvode:
            cv.atol(1e-8)
            cv.rtol(0)
        else:
            h.dt = dt
            h.steps_per_ms = 1.0 / dt
        clamp.delay, clamp.dur, clamp.amp = 0.0, dur_pulse, amp * 1e-3
        vrec.play_remove()
        if record:
            vrec.record(sec(0.5)._ref_v, 0.001 if cvode else dt)
        h.finitialize(-65.0)
        h.continuerun(tstop)
        return np.array(spikes), (np.array(vrec) if record else None)
    return run


def main():
    parts = sys.argv[sys.argv.index("--parts") + 1].split(",") if "--parts" in sys.argv else ["brian2", "scipy", "neuron"]
    if "brian2" in parts:
        brian_main()
    if "scipy" in parts:
        scipy_main()
    if "neuron" in parts:
        neuron_main()
    return 0


def brian_main():
    print(f"Brian2 {b2.__version__}, exponential_euler; currents in uA/cm2")
    print("\n(a) onset of sustained repetitive firing (step from rest; spikes in 0.5-1 s)")
    for dt, lo, hi in ((0.1, 0.0, 15.0), (0.01, 0.0, 15.0), (0.001, 5.0, 8.0)):
        thr, mono = brian_onset(dt, lo, hi)
        print(f"  brian2 dt={dt} ms: {thr:.3f}" + ("" if mono else "  (not monotone)"), flush=True)
    print("\n(b) first-spike peak v (mV): 10 uA/cm2 step; 1 ms 20 uA/cm2 pulse")
    for dt in (0.1, 0.01, 0.001):
        p1, p2 = brian_peaks(dt)
        print(f"  brian2 dt={dt} ms: {p1:.3f}; {p2:.3f}", flush=True)
    print("\n(c) 1 ms pulse threshold for one spike")
    for dt in (0.1, 0.01, 0.001):
        thr, mono = brian_pulse_threshold(dt)
        print(f"  brian2 dt={dt} ms: {thr:.3f}" + ("" if mono else "  (not monotone)"), flush=True)
    print("\n(d) spikes in 1 s / steady rate (Hz, 1/mean ISI in 0.5-1 s) at I = 10, 20, 50")
    fmt = lambda r: ", ".join(f"{n} / {f:.2f}" for n, f in r)
    for dt in (0.1, 0.01, 0.001):
        print(f"  brian2 dt={dt} ms: {fmt(brian_rates(dt))}", flush=True)



def scipy_main():
    fmt = lambda r: ", ".join(f"{n} / {f:.2f}" for n, f in r)
    sp = scipy_tools()
    print("\nSciPy solve_ivp DOP853, rtol = atol = 1e-10, exact event location (converged reference)")
    print(f"  (a) {bisect(5.0, 8.0, lambda I: bool(np.any(sp([(1000.0, I)])[0] > 500.0))):.3f}", flush=True)
    print(f"  (b) {sampled_peak(sp([(30.0, 10.0)], dense=True)[1], 30.0):.3f}; "
          f"{sampled_peak(sp([(1.0, 20.0), (29.0, 0.0)], dense=True)[1], 30.0):.3f}", flush=True)
    print(f"  (c) {bisect(5.0, 10.0, lambda I: len(sp([(1.0, I), (49.0, 0.0)])[0]) > 0):.4f}", flush=True)
    print(f"  (d) {fmt(rates([sp([(1000.0, I)])[0] for I in (10.0, 20.0, 50.0)]))}", flush=True)



def neuron_main():
    fmt = lambda r: ", ".join(f"{n} / {f:.2f}" for n, f in r)
    run = neuron_tools()
    if run is None:
        print("\nNEURON not installed; skipped")
        return
    from neuron import h
    print(f"\nNEURON {h.nrnversion(1)} hh mechanism (el_hh = -54.387)")
    for cvode, tables, label in ((True, False, "CVODE atol 1e-8, usetable_hh=0"),
                                 (True, True, "CVODE, usetable_hh=1 (NEURON's default)"),
                                 (False, False, "fixed dt=0.01 ms implicit Euler, usetable_hh=0")):
        on = lambda I: bool(np.any(run(I, 1e9, 1000.0, cvode=cvode, tables=tables)[0] > 500.0))
        pulse = lambda I: len(run(I, 1.0, 50.0, cvode=cvode, tables=tables)[0]) > 0
        v1 = run(10.0, 1e9, 30.0, cvode=cvode, tables=tables, record=True)[1]
        v2 = run(20.0, 1.0, 30.0, cvode=cvode, tables=tables, record=True)[1]
        r = rates([run(I, 1e9, 1000.0, cvode=cvode, tables=tables)[0] for I in (10.0, 20.0, 50.0)])
        print(f"  {label}:\n    (a) {bisect(5.0, 8.0, on):.3f}  (b) {first_peak(v1):.3f}; {first_peak(v2):.3f}"
              f"  (c) {bisect(5.0, 10.0, pulse):.4f}  (d) {fmt(r)}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
