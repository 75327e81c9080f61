#!/usr/bin/python3
"""Parameter studies on Spark: the local executor beside Spark local[2] and a standalone cluster on loopback.

The study: sweep_lif.groovy (100 uncoupled LIF neurons for 1 s at dt = 0.1 ms) at --points values of
its drive I0, run by the distribution's `synfire sweep` (target/synfire-VERSION/bin/synfire, with
synfire-spark in its spark/ folder: `mvn -B verify`, or `mvn -B package` then
`mvn -B -f spark/pom.xml package`). Each repeat runs, interleaved so that machine load hits all alike:
  local        --executor local --parallel 2   (threads in the command's JVM)
  local[2]     --executor local[2]             (Spark in a second JVM, 2 task slots)
  standalone   --executor spark://127.0.0.1:P  (a master and one worker of 2 cores, started once
                                                before the repeats and kept; each study is a new
                                                Spark application, so it starts an executor JVM)
and reports medians over --repeats of:
  process_s    the command, launch to exit
  study_s      study.json's wall_s: from the first point to the tables written, which for Spark
               includes starting its context (and, standalone, the executor) for the study
  point_s      the median point's wall time, as study.json records it (on Spark: on the executor)
  overhead_s   process_s minus the local executor's: what Spark costs the study
and checks that every executor wrote the same sweep.csv.

Spark comes from SPARK_HOME, or else spark/target/spark-home (the jars the Spark module's build copies).
Usage: /usr/bin/python3 scripts/bench/spark_sweep_bench.py [--repeats 3] [--points 8]
"""
import argparse
import glob
import json
import os
import shutil
import socket
import statistics
import subprocess
import tempfile
import time

from benchlib import HERE, ROOT

SCRIPT = os.path.join(HERE, "sweep_lif.groovy")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def module_options():
    """The JVM options Spark needs on Java 17, as the Spark module's jar records them."""
    jar = glob.glob(os.path.join(dist(), "spark", "synfire-spark-*.jar"))[0]
    props = subprocess.run(["unzip", "-p", jar, "org/synfire/sweep/spark/synfire-spark.properties"], check=True,
                           capture_output=True, text=True).stdout
    for line in props.splitlines():
        if line.startswith("jvm.options="):
            return line.split("=", 1)[1].split()
    raise SystemExit("no jvm.options in " + jar)


def dist():
    found = [os.path.dirname(os.path.dirname(b)) for b in sorted(glob.glob(os.path.join(ROOT, "target", "synfire-*", "bin", "synfire")))]
    if not found or not glob.glob(os.path.join(found[0], "spark", "synfire-spark-*.jar")):
        raise SystemExit("build the distribution with its Spark module first: mvn -B verify "
                         "(or mvn -B package, then mvn -B -f spark/pom.xml package)")
    return found[0]


def start_cluster(env, scratch):
    port = free_port()
    master = f"spark://127.0.0.1:{port}"
    cp = os.path.join(env["SPARK_HOME"], "jars", "*")
    java = ["java"] + module_options() + ["-Xmx512m", "-cp", cp]
    procs = []
    logs = {}
    for name, args in (("master", ["org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", str(port),
                                   "--webui-port", str(free_port())]),
                       ("worker", ["org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--webui-port", str(free_port()),
                                   "--cores", "2", "--memory", "2g", "--work-dir", os.path.join(scratch, "work"), master])):
        logs[name] = os.path.join(scratch, name + ".log")
        procs.append(subprocess.Popen(java + args, env=env, stdout=open(logs[name], "w"), stderr=subprocess.STDOUT))
    deadline = time.time() + 180
    while "Successfully registered with master" not in open(logs["worker"]).read():
        if time.time() > deadline:
            raise SystemExit("the worker did not register; see " + logs["worker"])
        time.sleep(0.5)
    return master, procs


def sweep(env, points, executor, scratch, tag):
    out = os.path.join(scratch, tag)
    cmd = [os.path.join(dist(), "bin", "synfire"), "sweep", SCRIPT, "--grid", f"I0=0nA:{0.01 * (points - 1):.2f}nA:0.01nA",
           "--out", out, "--executor", executor]
    if executor == "local":
        cmd += ["--parallel", "2"]
    else:
        cmd += ["--conf", "spark.ui.enabled=false", "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
                "--conf", "spark.executor.memory=1g"]
    start = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, text=True, env=env)
    process = time.perf_counter() - start
    with open(os.path.join(out, "study.json")) as f:
        study = json.load(f)
    with open(os.path.join(out, "sweep.csv"), "rb") as f:
        table = f.read()
    shutil.rmtree(out)
    return {"process_s": process, "study_s": study["wall_s"], "point_s": statistics.median(r["wall_s"] for r in study["runs"]),
            "table": table}


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--points", type=int, default=8)
    args = p.parse_args()
    env = dict(os.environ)
    env.setdefault("SPARK_HOME", os.path.join(ROOT, "spark", "target", "spark-home"))
    env.update({"SPARK_SCALA_VERSION": "2.13", "SPARK_LOCAL_IP": "127.0.0.1"})
    scratch = tempfile.mkdtemp(prefix="spark-sweep-bench-")
    master, procs = start_cluster(env, scratch)
    ways = {"local, 2 points at a time": "local", "spark local[2]": "local[2]", "spark standalone, loopback": master}
    runs = {k: [] for k in ways}
    try:
        print(f"{args.points} points of 100 LIF neurons x 1 s; {args.repeats} repeats, interleaved", flush=True)
        for r in range(args.repeats):
            for k, executor in ways.items():
                runs[k].append(sweep(env, args.points, executor, scratch, f"{r}-{len(runs[k])}-{executor[:5]}"))
            print(f"  repeat {r + 1} of {args.repeats} done", flush=True)
    finally:
        for proc in reversed(procs):
            proc.terminate()
            proc.wait(timeout=30)
        shutil.rmtree(scratch, ignore_errors=True)
    tables = {run["table"] for k in runs for run in runs[k]}
    print(f"\n  {'':<30}{'process_s':>11}{'study_s':>9}{'point_s':>9}{'overhead_s':>12}")
    base = statistics.median(run["process_s"] for run in runs["local, 2 points at a time"])
    for k in ways:
        m = {q: statistics.median(run[q] for run in runs[k]) for q in ("process_s", "study_s", "point_s")}
        print(f"  {k:<30}{m['process_s']:>11.2f}{m['study_s']:>9.2f}{m['point_s']:>9.3f}{m['process_s'] - base:>12.2f}")
    print(f"  sweep.csv: {'byte-identical' if len(tables) == 1 else 'DIFFERS'} across executors and repeats")


if __name__ == "__main__":
    main()
