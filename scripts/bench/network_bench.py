#!/usr/bin/python3
"""Network benchmark: Synfire beside Brian2, in one run, with ratios.

Runs each reference network (--networks: cuba, coba, cobahh: 4,000 neurons and 320,000 synapses,
Brette et al. 2007; brunel: 12,500 neurons and 15.6 million synapses, Brunel 2000 in its
fast synchronous irregular regime, g = 6, eta = 4; song: 1,000 Poisson inputs onto one neuron through STDP, Song,
Miller & Abbott 2000) for --duration s of biological time in Synfire (NetworkBench.java, on 1 thread and on 2) and in
Brian2 (brian2_network.py: cpp_standalone on 1 and 2 OpenMP threads, and the cython runtime),
alternating simulators so machine load hits all alike, and prints medians over --repeats runs of:
  run_s       the simulation loop alone, per biological second
  total_s     the whole process, launch to exit, timed here around the subprocess
  events/s    synaptic events delivered per second of run_s
  peak_mb     peak resident memory of the process (and of Brian2's binary)
  B/syn       Synfire's bytes per synapse (build report)
and ratios Synfire / Brian2 (below 1 means Synfire is faster or smaller).

With --sizes N,N,... it is the scaling benchmark instead: CUBA scaled to each number of neurons with a
fixed in-degree (--in-degree, default 100; weights scaled so each neuron's mean input is CUBA's), each size
as above, then one table of all sizes: run time per biological second, synaptic events per second and
bytes per synapse, with the ratios to Brian2.

Usage: /usr/bin/python3 scripts/bench/network_bench.py [--repeats 5] [--duration 1.0] [--networks cuba,coba,cobahh,brunel,song]
                                                       [--targets cpp_standalone,cpp_standalone2,cython]
       /usr/bin/python3 scripts/bench/network_bench.py --sizes 4000,40000,400000,1000000 [--in-degree 100] [--repeats 1]
                                                       [--targets cpp_standalone,cpp_standalone2]
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
    p.add_argument("--duration", type=float, default=1.0)
    p.add_argument("--targets", default="cpp_standalone,cpp_standalone2,cython")
    p.add_argument("--networks", default="cuba,coba,cobahh,brunel,song")
    p.add_argument("--sizes", help="scaling: CUBA at these numbers of neurons, e.g. 4000,40000,400000,1000000")
    p.add_argument("--in-degree", type=int, default=100, help="scaling: synapses onto each neuron")
    args = p.parse_args()
    cp = synfire_classpath("NetworkBench.java")
    if not args.sizes:
        for network in args.networks.split(","):
            bench(network, cp, args)
        return 0
    scaling = {}
    for n in (int(x) for x in args.sizes.split(",")):
        scaling[n] = bench("cuba", cp, args, ["--neurons", str(n), "--in-degree", str(args.in_degree)])
    print(f"\nScaling: CUBA with in-degree {args.in_degree}, {args.duration} s; run time per biological second, "
          f"synaptic events per second of run time, and Synfire / Brian2", flush=True)
    print(f"  {'neurons':>9}{'synapses':>12}{'B/syn':>7}  " + "".join(f"{k:>26}" for k in next(iter(scaling.values()))[0]))
    for n, (med, bps) in scaling.items():
        cells = "".join(f"{m['run_s'] / args.duration:>10.3f} s {m['events'] / m['run_s']:>9.3g}/s  " for m in med.values())
        print(f"  {n:>9}{next(iter(med.values()))['synapses']:>12.0f}{bps:>7.1f}  {cells}")
    for s in (k for k in next(iter(scaling.values()))[0] if k.startswith("synfire")):
        for b in (k for k in next(iter(scaling.values()))[0] if k.startswith("brian2")):
            ratios = ", ".join(f"{n}: {med[s]['run_s'] / med[b]['run_s']:.2f}x" for n, (med, _) in scaling.items())
            print(f"  {s} / {b}, run: {ratios}")
    return 0


def bench(network, cp, args, extra=()):
    """Runs one network in every configuration, alternating them, prints medians and ratios; returns the medians
    per configuration and Synfire's bytes per synapse."""
    extra = list(extra)
    commands = {
        "synfire 1 thread": JAVA + ["-cp", cp, "NetworkBench", "--network", network, "--threads", "1"] + extra,
        "synfire 2 threads": JAVA + ["-cp", cp, "NetworkBench", "--network", network, "--threads", "2"] + extra,
    }
    for t in args.targets.split(","):
        threads = "2" if t.endswith("2") else "1"
        commands["brian2 " + t] = ["/usr/bin/python3", os.path.join(HERE, "brian2_network.py"), "--network", network,
                                   "--target", t.rstrip("2"), "--threads", threads] + extra
    runs = {k: [] for k in commands}
    for r in range(args.repeats):
        for k, cmd in commands.items():
            runs[k].append(timed(cmd + ["--duration", str(args.duration)]))
    med = {k: {m: statistics.median(x[m] for x in v) for m in ("run_s", "total_s", "peak_rss_mb", "spikes", "events", "synapses")}
           for k, v in runs.items()}
    print(f"\n{' '.join([network] + extra)}, {args.duration} s at dt = 0.1 ms; medians of {args.repeats} runs", flush=True)
    print(f"  {'simulator':<26}{'run_s/s':>9}{'total_s':>9}{'events/s':>11}{'peak_mb':>9}{'spikes':>9}{'synapses':>11}")
    for k, m in med.items():
        print(f"  {k:<26}{m['run_s'] / args.duration:>9.3f}{m['total_s']:>9.2f}{m['events'] / m['run_s']:>11.3g}"
              f"{m['peak_rss_mb']:>9.0f}{m['spikes']:>9.0f}{m['synapses']:>11.0f}")
    bps = statistics.median(x["bytes_per_synapse"] for x in runs["synfire 1 thread"])
    print(f"  Synfire bytes per synapse: {bps:.1f}")
    for s in ("synfire 1 thread", "synfire 2 threads"):
        for b in (k for k in runs if k.startswith("brian2")):
            print(f"  {s} / {b}: run {med[s]['run_s'] / med[b]['run_s']:.2f}x, whole process "
                  f"{med[s]['total_s'] / med[b]['total_s']:.2f}x, peak memory {med[s]['peak_rss_mb'] / med[b]['peak_rss_mb']:.2f}x",
                  flush=True)
    return med, bps



if __name__ == "__main__":
    sys.exit(main())
