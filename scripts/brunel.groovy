// Brunel (2000), model A: sparse networks of excitatory and inhibitory integrate-and-fire
// neurons with delayed delta synapses show four regimes, set by the relative strength of
// inhibition g and the external rate eta (in units of the rate that alone brings the mean input
// to threshold): synchronous regular (SR: g = 3, eta = 2), synchronous irregular fast (SIf: g = 6,
// eta = 4), asynchronous irregular (AI: g = 5, eta = 2) and synchronous irregular slow (SIs: g = 4.5,
// eta = 0.9), as in Brunel's Fig. 8A-D.
// 10,000 + 2,500 neurons, each with 1,000 excitatory and 250 inhibitory inputs (J = 0.1 mV,
// D = 1.5 ms) and external Poisson input from 1,000 sources.
//
// Run:     scripts/synfire run scripts/brunel.groovy [--param regimes=SR,AI,SIf,SIs] [--param duration=0.5s]
//                                                    [--param g=5 --param eta=2 --param regimes=custom]
// Writes:  summary.csv (per regime: rate, CV of the intervals, synchrony chi of the population
//          activity), raster_REGIME.png/.svg and rate_REGIME.png/.svg (the first 100 excitatory neurons)
def duration = param('duration', 0.5.s)
def chosen = param('regimes', 'SR,AI,SIf,SIs').split(',')*.trim()
def regimes = [SR: [3, 2], SIf: [6, 4], AI: [5, 2], SIs: [4.5, 0.9], custom: [param('g', 5.0), param('eta', 2.0)]]
def unknown = chosen - regimes.keySet()
if (unknown) {
    throw new IllegalArgumentException("--param regimes: unknown ${unknown}; choose from ${regimes.keySet().join(', ')}")
}

def J = 0.1           // mV
def thetaRate = 20.0 / (J * 1000 * 20e-3)   // Hz: the external rate that alone reaches threshold (10 Hz)
def neuron = model('''
    dv/dt = -v/tau : volt (unless refractory)
    tau : second (shared, constant)
    ''', name: 'brunel', threshold: 'v > 20*mV', reset: 'v = 10*mV', refractory: 2.ms, method: 'exact', tau: 20.ms)

def summary = summary()
for (name in chosen) {
    def (g, eta) = regimes[name]
    startScope()
    seed 1
    def exc = group('exc', 10000, neuron, v: 'rand()*20*mV')
    def inh = group('inh', 2500, neuron, v: 'rand()*20*mV')
    for (target in [exc, inh]) {
        connect exc, target, onPre: "v_post += ${J}*mV".toString(), inDegree: 1000, delay: 1.5.ms
        connect inh, target, onPre: "v_post += ${-g * J}*mV".toString(), inDegree: 250, delay: 1.5.ms
        poissonInput target, 'v', n: 1000, rate: (eta * thetaRate).Hz, weight: J.mV
    }
    def excSpikes = probe spikes(exc)
    def shown = probe spikes(exc, neurons: 0..99)
    def activity = probe rate(exc, bin: 0.5.ms)
    run duration
    def from = 100.ms
    summary.add("${name}_rate_Hz".toString(), Rates.mean(excSpikes.trains, from, duration).in(Hz))
        .add("${name}_cv".toString(), Intervals.meanCv(excSpikes.trains))
        .add("${name}_chi".toString(), Synchrony.chi(excSpikes.trains, 0.5.ms, from, duration))
    save raster(shown).title("${name}: g = ${g}, eta = ${eta}".toString()), "raster_${name}".toString()
    save ratePlot(activity).title("${name}: population rate".toString()), "rate_${name}".toString()
}
save summary.table(), 'summary'
print summary
