// Song, Miller & Abbott (2000): spike-timing-dependent plasticity makes synapses compete.
// 1,000 Poisson inputs at 15 Hz drive one leaky integrate-and-fire neuron through excitatory
// conductances with additive pair-based STDP (slightly more depression than potentiation).
// Starting from uniform random weights, the weights split: most end near 0, a group near wmax,
// so the distribution becomes bimodal, and the output rate settles (Brian2's STDP example).
//
// Run:     synfire run scripts/stdp.groovy [--param duration=100s] [--seed 1] [--out out/stdp]
// Writes:  weights.csv (every synapse: source, target, delay, final weight and its STDP traces), weights.png/.svg (their histogram),
//          summary.txt (fraction of weights near 0 and near wmax, output rate)
def duration = param('duration', 100.s)
seed 1

def neuron = model('''
    dv/dt = (ge*(Ee - v) + El - v)/taum : volt
    dge/dt = -ge/taue : 1
    El : volt (shared, constant)
    Ee : volt (shared, constant)
    taum : second (shared, constant)
    taue : second (shared, constant)
    ''', name: 'song', threshold: 'v > -54*mV', reset: 'v = -60*mV', method: 'euler',
    El: -74.mV, Ee: 0.mV, taum: 10.ms, taue: 5.ms, v: -60.mV)

def input = group('input', 1000, poisson(15.Hz))
def cell = group('neuron', 1, neuron)
def plastic = connect input, cell, synapse: stdp(on: 'ge', wmax: 0.01, Aplus: 0.01, Aminus: -0.0105), w: 'rand()*wmax'
def out = probe spikes(cell)
run duration

def w = plastic.w.in(one)
def summary = summary()
    .add('fraction_below_0.1_wmax', w.findAll { it < 0.001 }.size() / w.length)
    .add('fraction_above_0.9_wmax', w.findAll { it > 0.009 }.size() / w.length)
    .add('output_rate_Hz', out.count / duration.in(second))
save table(plastic), 'weights'
save Plots.weights(plastic.state(), 'w', 50).title("Weights after ${duration}".toString()), 'weights'
save summary.table(), 'summary'
print summary
