#!/usr/bin/python3
"""Brian2 side of the uncoupled-group benchmark (group_bench.py runs it beside GroupBench.java).

Simulates N uncoupled neurons (LIF or Traub-Miles HH, the same equations, constants and inputs as
GroupBench.java) for --duration seconds at dt = 0.1 ms and prints ONE line of JSON on stdout:
  {"simulator":"brian2","brian2":version,"target","model","n","duration_s","cold",
   "import_s","build_s","run_s","binary_s","total_s","spikes"}

What is measured, and how (all wall-clock, time.perf_counter, unless said otherwise):
  import_s  `import brian2` (about 1 s; part of total_s, not of build_s).
  build_s   everything before the simulation loop: building the objects, code generation and
            compilation.  cython/numpy: (time around Network.run) - run_s, plus object
            construction.  cpp_standalone: object construction + Network.run (which only
            records the run) + device.build() - the time of running the binary; i.e. code
            generation, writing the project and `make` (g++ -O3 -ffast-math -march=native).
  run_s     the simulation loop as Brian2 itself reports it:
            cython/numpy: device._last_run_time, the wall time Network.run measures from after
              before_run() (so after all compilation) to the end of the loop.
            cpp_standalone: device._last_run_time, read by Brian2 from results/last_run_info.txt
              that the binary writes; measured inside Network::run with std::clock(), i.e. the
              process CPU time of the loop (single thread, so ~ wall time on an idle core).
  binary_s  cpp_standalone only: wall time of the whole ./main process (device.timers
            ['run_binary']): loading, initialisation, the loop and writing results to disk.
  total_s   wall time of this process from its start (process start time read from
            /proc/self/stat against /proc/uptime, 10 ms resolution) to the print.  Callers
            that want it exactly should time the subprocess from outside (group_bench.py does).
  spikes    SpikeMonitor.num_spikes.

Caches: cpp_standalone builds in a fresh temporary directory each run (removed afterwards unless
--keep).  cython reuses Brian2's cache (~/.cython/brian_extensions) unless --cold, which points
prefs.codegen.runtime.cython.cache_dir at a fresh empty temporary directory (equivalent to
deleting the cache, without racing other runs that share it) so every extension is compiled.

HH: m, n, h start at 0 (not at steady state), v at El; I_i = 1 nA * i/(N-1).
LIF: v starts at El; I_i = 0.1 nA + 0.2 nA * i/(N-1).
noisy: the LIF plus white noise sigma*sqrt(2/tau)*xi, sigma = 3 mV, Euler-Maruyama ('euler').

Run:  /usr/bin/python3 scripts/bench/brian2_group.py --model lif|noisy|hh \
          --target cython|cpp_standalone|numpy [--n 4000] [--duration 1.0] [--cold] [--keep]
Needs Debian's python3-brian (apt-get install -y python3-brian) and g++.
"""
import time

_T_START = time.perf_counter()
import argparse
import json
import os
import shutil
import sys
import tempfile

from benchlib import brian2_run, brian2_target


def process_age():
    """Seconds since this process started (from /proc; 1/CLK_TCK resolution)."""
    with open("/proc/self/stat") as f:
        start_ticks = float(f.read().rsplit(")", 1)[1].split()[19])
    with open("/proc/uptime") as f:
        uptime = float(f.read().split()[0])
    return uptime - start_ticks / os.sysconf("SC_CLK_TCK")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--model", choices=["lif", "noisy", "hh"], default="lif")
    p.add_argument("--target", choices=["cython", "cpp_standalone", "numpy"], default="cython")
    p.add_argument("--n", type=int, default=4000)
    p.add_argument("--duration", type=float, default=1.0)
    p.add_argument("--cold", action="store_true", help="cython: compile into a fresh, empty cache")
    p.add_argument("--keep", action="store_true", help="keep the temporary build/cache directory")
    a = p.parse_args()

    t = time.perf_counter()
    import brian2 as b2
    from brian2 import ms, mV, um, cm, msiemens, siemens, ufarad, Mohm
    import_s = time.perf_counter() - t
    scratch = brian2_target(b2, a.target)
    if a.cold and a.target == "cython":
        scratch = tempfile.mkdtemp(prefix="brian2-cython-cache-")
        b2.prefs.codegen.runtime.cython.cache_dir = scratch

    t0 = time.perf_counter()
    b2.defaultclock.dt = 0.1 * ms
    if a.model == "lif":
        ns = dict(El=-65 * mV, R=100 * Mohm, tau=10 * ms)
        G = b2.NeuronGroup(a.n, """dv/dt = (El - v + R*I)/tau : volt (unless refractory)
                                   I : amp (constant)""",
                           threshold="v > -50*mV", reset="v = -65*mV", refractory=2 * ms,
                           method="exact", namespace=ns)
        G.I = "0.1*nA + 0.2*nA*i/(N-1)"
    elif a.model == "noisy":
        ns = dict(El=-65 * mV, R=100 * Mohm, tau=10 * ms, sigma=3 * mV)
        G = b2.NeuronGroup(a.n, """dv/dt = (El - v + R*I)/tau + sigma*sqrt(2/tau)*xi : volt (unless refractory)
                                   I : amp (constant)""",
                           threshold="v > -50*mV", reset="v = -65*mV", refractory=2 * ms,
                           method="euler", namespace=ns)
        G.I = "0.1*nA + 0.2*nA*i/(N-1)"
    else:
        area = 20000 * um ** 2
        ns = dict(Cm=1 * ufarad * cm ** -2 * area, gl=5e-5 * siemens * cm ** -2 * area,
                  El=-65 * mV, EK=-90 * mV, ENa=50 * mV, g_na=100 * msiemens * cm ** -2 * area,
                  g_kd=30 * msiemens * cm ** -2 * area, VT=-63 * mV)
        eqs = """
        dv/dt = (gl*(El-v) - g_na*(m*m*m)*h*(v-ENa) - g_kd*(n*n*n*n)*(v-EK) + I)/Cm : volt
        dm/dt = 0.32*(mV**-1)*4*mV/exprel((13.*mV-v+VT)/(4*mV))/ms*(1-m)-0.28*(mV**-1)*5*mV/exprel((v-VT-40.*mV)/(5*mV))/ms*m : 1
        dn/dt = 0.032*(mV**-1)*5*mV/exprel((15.*mV-v+VT)/(5*mV))/ms*(1.-n)-.5*exp((10.*mV-v+VT)/(40.*mV))/ms*n : 1
        dh/dt = 0.128*exp((17.*mV-v+VT)/(18.*mV))/ms*(1.-h)-4./(1+exp((40.*mV-v+VT)/(5.*mV)))/ms*h : 1
        I : amp (constant)
        """
        G = b2.NeuronGroup(a.n, eqs, threshold="v > -20*mV", refractory="v > -20*mV",
                           method="exponential_euler", namespace=ns)
        G.I = "1*nA*i/(N-1)"  # m, n, h keep their default 0
    G.v = -65 * mV
    mon = b2.SpikeMonitor(G)
    net = b2.Network(G, mon)
    build_s, run_s, binary_s = brian2_run(b2, net, a.duration, a.target, scratch, t0)
    spikes = int(mon.num_spikes)
    if scratch and not a.keep:
        shutil.rmtree(scratch, ignore_errors=True)
    print(json.dumps({"simulator": "brian2", "brian2": b2.__version__, "target": a.target,
                      "model": a.model, "n": a.n, "duration_s": a.duration, "cold": a.cold,
                      "import_s": round(import_s, 4), "build_s": round(build_s, 4),
                      "run_s": round(run_s, 4),
                      "binary_s": None if binary_s is None else round(binary_s, 4),
                      "total_s": round(process_age(), 3), "spikes": spikes}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
