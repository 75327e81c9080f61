// The point of sweep_bench.py's study: 100 uncoupled LIF neurons for 1 s at dt = 0.1 ms (the LIF of
// GroupBench.java and brian2_sweep.py), neuron i driven by I0 + 0.2 nA * i/(N-1), with I0 the
// parameter swept. Returns the mean rate.
//
// Run: scripts/synfire sweep scripts/bench/sweep_lif.groovy --grid I0=0nA:0.15nA:0.01nA --out out/sweep_lif
def I0 = param('I0', 0.1.nA)
def n = param('n', 100)
def duration = param('duration', 1.s)
def neuron = model('''
    dv/dt = (El - v + R*I)/tau : volt (unless refractory)
    I : amp (constant)
    El : volt (shared, constant)
    R : ohm (shared, constant)
    tau : second (shared, constant)
    ''', name: 'bench_lif', threshold: 'v > -50*mV', reset: 'v = -65*mV', refractory: 2.ms, method: 'exact',
    El: -65.mV, R: 100.Mohm, tau: 10.ms)
def cells = group('cells', n, neuron, v: -65.mV, I: "${I0.in(nA)}*nA + 0.2*nA*i/(N-1)".toString())
def spikes = probe spikes(cells)
run duration
[rate_Hz: spikes.count / n / duration.in(second)]
