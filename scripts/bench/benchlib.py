"""Helpers shared by the benchmark drivers: building Synfire with a benchmark class, timing a subprocess."""
import json
import os
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HERE = os.path.join(ROOT, "scripts", "bench")


def launcher_options():
    """The JVM options the distribution's launcher (src/dist/bin/synfire) gives every command, read from its `launch=(`
    line, so that the benchmarks run Synfire as users get it: the incubator module of the Vector API kernels and the
    heap policy (garbage collector, young generation). The launcher's other words (class path, home) are its own."""
    with open(os.path.join(ROOT, "src", "dist", "bin", "synfire")) as f:
        line = next(l.strip() for l in f if l.strip().startswith("launch=("))
    words = line[len("launch=("):].rstrip(")").split()
    options = [w for w in words if w.startswith("-X")]
    if "--add-modules" in words:
        options = ["--add-modules", words[words.index("--add-modules") + 1]] + options
    return options


JAVA = ["java"] + launcher_options()
# Hodgkin and Huxley's rates in Brian2's notation, as NEURON's hh.mod at 6.3 C with rest near -65 mV: Synfire's
# Library.hodgkinHuxley() and hodgkinHuxleyMembrane() use the same.
HH_RATES = """
alpha_m = 1/exprel(-(v+40*mV)/(10*mV))/ms : Hz
beta_m = 4*exp(-(v+65*mV)/(18*mV))/ms : Hz
alpha_h = 0.07*exp(-(v+65*mV)/(20*mV))/ms : Hz
beta_h = 1/(1+exp(-(v+35*mV)/(10*mV)))/ms : Hz
alpha_n = 0.1/exprel(-(v+55*mV)/(10*mV))/ms : Hz
beta_n = 0.125*exp(-(v+65*mV)/(80*mV))/ms : Hz
"""


def synfire_classpath(*java_sources):
    """Compiles Synfire (once) and benchmark classes (e.g. GroupBench.java, with ProcessCpu.java, which they share) into a
    temporary folder; returns the class path."""
    subprocess.run(["mvn", "-B", "-q", "-DskipTests", "compile", "dependency:build-classpath",
                    "-Dmdep.outputFile=target/classpath.txt"], cwd=ROOT, check=True)
    with open(os.path.join(ROOT, "target", "classpath.txt")) as f:
        deps = f.read().strip()
    classes = tempfile.mkdtemp(prefix="synfire-bench-")
    cp = os.pathsep.join([os.path.join(ROOT, "target", "classes"), deps])
    subprocess.run(["javac", "-cp", cp, "-d", classes] + [os.path.join(HERE, s) for s in ("ProcessCpu.java",) + java_sources], check=True)
    return os.pathsep.join([classes, cp])


def timed(cmd):
    """Runs a benchmark process; returns the last JSON line it printed, with total_s, the wall time around it."""
    start = time.perf_counter()
    out = subprocess.run(cmd, check=True, capture_output=True, text=True)
    total = time.perf_counter() - start
    result = json.loads([l for l in out.stdout.splitlines() if l.startswith("{")][-1])
    result["total_s"] = total
    return result


def brian2_target(b2, target):
    """Points Brian2 at `target` with warnings only; returns the standalone project's fresh folder, or None."""
    b2.BrianLogger.log_level_warn()
    b2.prefs.logging.console_log_level = "ERROR"
    if target == "cpp_standalone":
        scratch = tempfile.mkdtemp(prefix="brian2-standalone-")
        b2.set_device("cpp_standalone", directory=scratch, build_on_run=False)
        # Brian2's default `make -j` starts a compiler per source file at once; two jobs, one per core.
        b2.prefs.devices.cpp_standalone.extra_make_args_unix = ["-j2"]
        return scratch
    b2.prefs.codegen.target = target
    return None


def brian2_run(b2, net, seconds, target, scratch, t0):
    """Runs a Brian2 network for `seconds` and returns (build_s, run_s, binary_s), measured as brian2_group.py documents:
    run_s is Brian2's own loop time; build_s everything since t0 (object construction) but the loop (cython, numpy) or
    but the binary (cpp_standalone, whose build writes `scratch` and runs it); binary_s the binary's whole run or None."""
    t1 = time.perf_counter()
    net.run(seconds * b2.second)
    dev = b2.get_device()
    if target == "cpp_standalone":
        dev.build(directory=scratch, compile=True, run=True, with_output=False)
        binary_s = dev.timers["run_binary"]
        return (time.perf_counter() - t0) - binary_s, dev._last_run_time, binary_s
    run_s = dev._last_run_time
    return (time.perf_counter() - t0) - run_s, run_s, None
