#!/usr/bin/python3
"""Network benchmark: Synfire beside Brian2, in one run, with ratios.

Runs each reference network (--networks: cuba, coba, cobahh: 4,000 neurons and 320,000 synapses,
Brette et al. 2007; brunel: 12,500 neurons and 15.6 million synapses, Brunel 2000 in its
fast synchronous irregular regime, g = 6, eta = 4; song: 1,000 Poisson inputs onto one neuron through STDP, Song,
Miller & Abbott 2000) for --duration s of biological time in Synfire (NetworkBench.java, on 1 thread and on 2) and in
Brian2 (brian2_network.py: cpp_standalone on 1 and 2 OpenMP threads, and the cython runtime),
alternating simulators so machine load hits all alike, and prints medians over --repeats runs of:
  run_s       the simulation loop alone, per biological second, measured as each Brian2 target measures its own, so that
              ratios compare like with like: CPU time of the process against Brian2 C++ standalone on one thread (its
              Network::run times the loop with std::clock, the process's CPU time), wall time against Brian2 on OpenMP
              threads (omp_get_wtime) and against cython (wall time); Synfire reports both (run_cpu_s, run_s)
  total_s     the whole process, launch to exit, timed here around the subprocess
  events/s    synaptic events delivered per second of run_s
  peak_mb     peak resident memory of the process (and of Brian2's binary)
  B/syn       Synfire's bytes per synapse (build report)
and ratios Synfire / Brian2 (below 1 means Synfire is faster or smaller).

With --sizes N,N,... it is the scaling benchmark instead: CUBA scaled to each number of neurons with a
fixed in-degree (--in-degree, default 100; weights scaled so each neuron's mean input is CUBA's), each size
as above, then one table of all sizes: run time per biological second, synaptic events per second and
bytes per synapse, with the ratios to Brian2.

With --scales S,S,... it is the cortical microcircuit (Potjans & Diesmann 2014) at each scale of its neurons
and in-degrees (1 = 77,169 neurons, 0.3 billion synapses), --background poisson or dc, each scale as above
(build_s added: construction, connectivity and compilation), then one table of all scales: the real-time
factor (run time per biological second, in wall time and in CPU time: Synfire's process over the run, Brian2's C++
standalone loop by std::clock(); only CPU times compare on a loaded machine), synaptic events per second, build time and peak memory, with the
ratios to Brian2. --targets '' runs Synfire alone (for scales Brian2 cannot hold); --java-heap sets -Xmx.
Synfire runs the microcircuit on transparent huge pages (-XX:+UseTransparentHugePages, see THP below).

Usage: /usr/bin/python3 scripts/bench/network_bench.py [--repeats 5] [--duration 1.0] [--networks cuba,coba,cobahh,brunel,song]
                                                       [--targets cpp_standalone,cpp_standalone2,cython]
       /usr/bin/python3 scripts/bench/network_bench.py --sizes 4000,40000,400000,1000000 [--in-degree 100] [--repeats 1]
                                                       [--targets cpp_standalone,cpp_standalone2]
       /usr/bin/python3 scripts/bench/network_bench.py --scales 0.1,0.3 [--background poisson] [--repeats 3]
                                                       [--targets cpp_standalone,cpp_standalone2] [--java-heap 12g]
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
    p.add_argument("--scales", help="the cortical microcircuit at these scales, e.g. 0.1,0.3,1")
    p.add_argument("--background", choices=["poisson", "dc"], default="poisson", help="microcircuit: its background")
    p.add_argument("--java-heap", help="Synfire's -Xmx, e.g. 12g (default: the JVM's, a quarter of the memory)")
    args = p.parse_args()
    cp = synfire_classpath("NetworkBench.java")
    if args.scales:
        return microcircuit(cp, args)
    if not args.sizes:
        for network in args.networks.split(","):
            bench(network, cp, args)
        return 0
    scaling = {}
    for n in (int(x) for x in args.sizes.split(",")):
        scaling[n] = bench("cuba", cp, args, ["--neurons", str(n), "--in-degree", str(args.in_degree)])[:2]
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


def microcircuit(cp, args):
    """The microcircuit at each of --scales; one table of all scales at the end."""
    rows = {}
    for scale in args.scales.split(","):
        med, _, runs = bench("microcircuit", cp, args, ["--scale", scale, "--background", args.background], THP)
        rows[scale] = (med, runs)
    print(f"\nMicrocircuit, {args.background} background, {args.duration} s at dt = 0.1 ms: real-time factor (run time per "
          f"biological second), synaptic events per second of run, build time, peak memory; medians of {args.repeats}, "
          f"then the lowest and highest of the rounds", flush=True)
    print(f"  (RTF: wall time; CPU RTF: CPU time of the run, all threads, per biological second; Brian2's C++ standalone "
          f"times its loop in CPU time, so its RTF is a CPU figure)")
    print(f"  {'scale':>6}{'synapses':>12}  {'simulator':<26}{'RTF':>8}{'(range)':>14}{'CPU RTF':>9}{'(range)':>14}{'events/s':>11}"
          f"{'build_s':>9}{'(range)':>14}{'peak_mb':>9}")
    for scale, (med, runs) in rows.items():
        for k, m in med.items():
            rtf = [x["run_s"] / args.duration for x in runs[k]]
            cpu = [x["run_cpu_s"] / args.duration for x in runs[k]]
            build = [x["build_s"] for x in runs[k]] if "build_s" in runs[k][0] else [float("nan")]
            print(f"  {scale:>6}{m['synapses']:>12.0f}  {k:<26}{m['run_s'] / args.duration:>8.2f}{span(rtf):>14}"
                  f"{m['run_cpu_s'] / args.duration:>9.2f}{span(cpu):>14}{m['events'] / m['run_s']:>11.3g}"
                  f"{m['build_s']:>9.1f}{span(build, 1):>14}{m['peak_rss_mb']:>9.0f}")
        for s in (k for k in med if k.startswith("synfire")):
            for b in (k for k in med if k.startswith("brian2")):
                print(f"  {scale:>6}  {s} / {b}: run {med[s]['run_s'] / med[b]['run_s']:.2f}x, run CPU "
                      f"{med[s]['run_cpu_s'] / med[b]['run_cpu_s']:.2f}x, build "
                      f"{med[s]['build_s'] / med[b]['build_s']:.2f}x, peak memory {med[s]['peak_rss_mb'] / med[b]['peak_rss_mb']:.2f}x")
    return 0


def span(values, digits=2):
    """The lowest and highest of one configuration's rounds, e.g. (9.51-10.20)."""
    return f"({min(values):.{digits}f}-{max(values):.{digits}f})"


# The microcircuit's ring buffers and synapses (37 MB and 2.7 GB at full scale) are read at random each step: on 2 MB
# pages their addresses fit the TLB, on 4 kB pages they do not (run phase 0.66x at scale 0.6, medians of 3).
THP = ["-XX:+UseTransparentHugePages"]


def bench(network, cp, args, extra=(), java_options=()):
    """Runs one network in every configuration, alternating them, prints medians and ratios; returns the medians
    per configuration, Synfire's bytes per synapse and every round's figures per configuration."""
    extra = list(extra)
    java = JAVA + list(java_options) + ([f"-Xmx{args.java_heap}"] if getattr(args, "java_heap", None) else [])
    commands = {
        "synfire 1 thread": java + ["-cp", cp, "NetworkBench", "--network", network, "--threads", "1"] + extra,
        "synfire 2 threads": java + ["-cp", cp, "NetworkBench", "--network", network, "--threads", "2"] + extra,
        "synfire default threads": java + ["-cp", cp, "NetworkBench", "--network", network] + extra,
    }
    for t in filter(None, args.targets.split(",")):
        threads = "2" if t.endswith("2") else "1"
        commands["brian2 " + t] = ["/usr/bin/python3", os.path.join(HERE, "brian2_network.py"), "--network", network,
                                   "--target", t.rstrip("2"), "--threads", threads] + extra
    runs = {k: [] for k in commands}
    for r in range(args.repeats):
        for k, cmd in commands.items():
            runs[k].append(timed(cmd + ["--duration", str(args.duration)]))
    for k, v in runs.items():
        for x in v:
            # Brian2's C++ standalone on one thread times its loop with std::clock(), CPU time (with OpenMP, wall time);
            # Synfire reports its process's CPU time over the run beside the wall time. On a loaded machine only CPU
            # times compare (cython's loop has none).
            x["run_cpu_s"] = x.get("run_cpu_s", x["run_s"] if k == "brian2 cpp_standalone" else float("nan"))
    med = {k: {m: statistics.median(x[m] for x in v) for m in ("run_s", "run_cpu_s", "total_s", "build_s", "peak_rss_mb", "heap_mb",
                                                                "spikes", "events", "synapses", "threads") if m in v[0]}
           for k, v in runs.items()}
    print(f"\n{' '.join([network] + extra)}, {args.duration} s at dt = 0.1 ms; medians of {args.repeats} runs", flush=True)
    print(f"  {'simulator':<26}{'run_s/s':>9}{'cpu_s/s':>9}{'total_s':>9}{'events/s':>11}{'peak_mb':>9}{'heap_mb':>9}{'spikes':>9}"
          f"{'synapses':>11}")
    for k, m in med.items():
        print(f"  {k:<26}{m['run_s'] / args.duration:>9.3f}{m['run_cpu_s'] / args.duration:>9.3f}{m['total_s']:>9.2f}"
              f"{m['events'] / m['run_s']:>11.3g}{m['peak_rss_mb']:>9.0f}{m.get('heap_mb', float('nan')):>9.1f}{m['spikes']:>9.0f}"
              f"{m['synapses']:>11.0f}")
    bps = statistics.median(x["bytes_per_synapse"] for x in runs["synfire 1 thread"])
    print(f"  Synfire bytes per synapse: {bps:.1f}; threads by default: {med['synfire default threads']['threads']:.0f}")
    for s in (k for k in runs if k.startswith("synfire")):
        for b in (k for k in runs if k.startswith("brian2")):
            clock = "run_cpu_s" if b == "brian2 cpp_standalone" else "run_s"
            ratios = [x[clock] / y[clock] for x, y in zip(runs[s], runs[b])]
            print(f"  {s} / {b}: run {med[s][clock] / med[b][clock]:.2f}x ({'CPU' if clock == 'run_cpu_s' else 'wall'}; "
                  f"per round {min(ratios):.2f}-{max(ratios):.2f}x), whole process {med[s]['total_s'] / med[b]['total_s']:.2f}x, "
                  f"peak memory {med[s]['peak_rss_mb'] / med[b]['peak_rss_mb']:.2f}x", flush=True)
    return med, bps, runs



if __name__ == "__main__":
    sys.exit(main())
