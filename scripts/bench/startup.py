"""Start-up of Synfire's distribution: how long a user waits for a one-line script and for a kernel.

    /usr/bin/python3 scripts/bench/startup.py [--dist target/synfire-VERSION [--dist ANOTHER]] [--rounds 7]
                                              [--kernels groovy,java]

Measures, in interleaved rounds, so that the machine's load hits every case (and every distribution
given) alike:
  run, same script   `bin/synfire run one.groovy` with `println 1`, the same text every round
  run, new script    the same with a text no run has seen (a comment with a counter), so nothing
                     compiled before can be reused
  kernel LANGUAGE    a kernel started as its kernelspec starts it, until it answers kernel_info
                     (the first reply) and until a first cell (`ms.of(5)`) has its execute_reply
Wall time, and CPU time (user + sys) of the processes: for a run, of the launcher and everything it
started; for a kernel, of its JVM up to the reply (read from /proc), since the kernel lives on.
CPU time says more than wall time on a loaded machine. Prints medians and ranges, and a JSON line.
A first, untimed run makes the distribution's class-data-sharing archive, as a user's first run does.
Needs jupyter_client for the kernels (`--kernels ''` skips them).
"""
import argparse
import glob
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TICK = os.sysconf("SC_CLK_TCK")


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def time_run(synfire, script, out):
    """Wall and CPU seconds of one `synfire run`."""
    cpu0 = children_cpu()
    t0 = time.perf_counter()
    subprocess.run([synfire, "run", script, "--out", out], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t0, children_cpu() - cpu0


def process_cpu(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def time_kernel(synfire, language, scratch):
    """Wall and CPU seconds until kernel_info is answered, and wall seconds until a first cell is."""
    from jupyter_client import BlockingKernelClient
    from jupyter_client.connect import write_connection_file

    connection, _ = write_connection_file(os.path.join(scratch, f"kernel-{language}.json"))
    t0 = time.perf_counter()
    # As the kernelspecs written by `synfire kernel install` start a kernel.
    kernel = subprocess.Popen([synfire, "-J-Xss4m", "kernel", "start", language, connection],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    client = BlockingKernelClient(connection_file=connection)
    client.load_connection_file()
    client.start_channels(hb=False)
    try:
        # ZeroMQ holds the request until the kernel has bound its socket.
        shell_reply(client, client.kernel_info())
        ready, ready_cpu = time.perf_counter() - t0, process_cpu(kernel.pid)
        reply = shell_reply(client, client.execute("ms.of(5)" + (";" if language == "java" else "")))
        if reply["content"]["status"] != "ok":
            raise RuntimeError(f"the {language} kernel's first cell failed: {reply['content']}")
        first = time.perf_counter() - t0
    finally:
        client.stop_channels()
        kernel.terminate()
        kernel.wait(timeout=30)
    return ready, ready_cpu, first


def shell_reply(client, msg_id):
    while True:
        reply = client.get_shell_msg(timeout=60)
        if reply["parent_header"].get("msg_id") == msg_id:
            return reply


def summary(values):
    return f"{statistics.median(values):5.2f} s  ({min(values):.2f}-{max(values):.2f})"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dist", action="append",
                        help="a distribution folder (default: the one `mvn package` made in target/); give it twice, "
                             "e.g. a copy made before a change and the new one, to compare them in the same rounds")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--kernels", default="groovy,java", help="kernels to start, comma-separated ('' for none)")
    args = parser.parse_args()
    built = [d for d in sorted(glob.glob(os.path.join(ROOT, "target", "synfire-*"))) if os.path.isdir(d)]
    dists = args.dist or built[-1:]
    for dist in dists or [None]:
        if dist is None or not os.path.isfile(os.path.join(dist, "bin", "synfire")):
            sys.exit(f"no distribution at {dist}: run `mvn -B package -DskipTests` first, or give --dist")
    kernels = [k for k in args.kernels.split(",") if k]

    scratch = tempfile.mkdtemp(prefix="synfire-startup-")
    same = os.path.join(scratch, "one.groovy")
    with open(same, "w") as f:
        f.write("println 1\n")
    out = os.path.join(scratch, "out")
    for dist in dists:
        first_wall, first_cpu = time_run(os.path.join(dist, "bin", "synfire"), same, out)
        print(f"{dist}: first run (makes the archive): {first_wall:.2f} s wall, {first_cpu:.2f} s CPU", file=sys.stderr)

    times = {dist: {} for dist in dists}
    for round_ in range(args.rounds):
        for dist in dists:
            synfire = os.path.join(dist, "bin", "synfire")
            fresh = os.path.join(scratch, f"new{round_}-{dists.index(dist)}.groovy")
            with open(fresh, "w") as f:
                f.write(f"println 1 // round {round_} of {scratch}\n")
            for name, script in (("run, same script", same), ("run, new script", fresh)):
                wall, cpu = time_run(synfire, script, out)
                times[dist].setdefault(name + ", wall", []).append(wall)
                times[dist].setdefault(name + ", CPU", []).append(cpu)
            for language in kernels:
                ready, ready_cpu, first = time_kernel(synfire, language, scratch)
                times[dist].setdefault(f"kernel {language}, first reply, wall", []).append(ready)
                times[dist].setdefault(f"kernel {language}, first reply, CPU", []).append(ready_cpu)
                times[dist].setdefault(f"kernel {language}, first cell, wall", []).append(first)
        print(f"round {round_ + 1} of {args.rounds} done", file=sys.stderr)

    with open("/proc/loadavg") as f:
        load = f.read().split()[:3]
    print(f"{args.rounds} rounds, load average now {' '.join(load)}; median (range):")
    names = list(times[dists[0]])
    print(f"  {'':40s}" + "".join(f"{os.path.basename(os.path.dirname(d.rstrip('/'))) + '/' + os.path.basename(d.rstrip('/')):>28s}" for d in dists))
    for name in names:
        print(f"  {name:40s}" + "".join(f"{summary(times[d][name]):>28s}" for d in dists))
    print(json.dumps({"rounds": args.rounds, "median_s": {d: {k: statistics.median(v) for k, v in t.items()} for d, t in times.items()}}))


if __name__ == "__main__":
    main()
