// CUBA: the current-based balanced network of Vogels & Abbott (2005) as benchmarked by
// Brette et al. (2007, benchmark 2) and in Brian2's examples/CUBA.py. 4,000 leaky
// integrate-and-fire neurons, 80% excitatory, connected with probability 0.02 through
// exponentially decaying currents, sustain asynchronous irregular activity with no input.
//
// Run:     scripts/synfire run scripts/cuba.groovy [--param duration=1s] [--seed 1] [--out out/cuba]
// Writes:  spikes.csv (t_ms, neuron, group), rate.csv (excitatory population rate, 1 ms bins),
//          raster.png/.svg (the first 100 neurons of each group), rate.png/.svg,
//          summary.csv (rates, CV of the intervals, synchrony chi)
def duration = param('duration', 1.s)
seed 1

def neuron = model('''
    dv/dt = (ge + gi - (v - El))/taum : volt (unless refractory)
    dge/dt = -ge/taue : volt
    dgi/dt = -gi/taui : volt
    El : volt (shared, constant)
    taum : second (shared, constant)
    taue : second (shared, constant)
    taui : second (shared, constant)
    ''', name: 'cuba', threshold: 'v > -50*mV', reset: 'v = -60*mV', refractory: 5.ms, method: 'exact',
    El: -49.mV, taum: 20.ms, taue: 5.ms, taui: 10.ms)

def exc = group('exc', 3200, neuron, v: '-60*mV + rand()*10*mV')
def inh = group('inh', 800, neuron, v: '-60*mV + rand()*10*mV')
// The weights of Brian2's CUBA.py: we = (60*0.27/10) mV, wi = (-20*4.5/10) mV.
connect exc, exc, onPre: 'ge += 1.62*mV', p: 0.02
connect exc, inh, onPre: 'ge += 1.62*mV', p: 0.02
connect inh, exc, onPre: 'gi += -9*mV', p: 0.02
connect inh, inh, onPre: 'gi += -9*mV', p: 0.02

def excSpikes = probe spikes(exc)
def inhSpikes = probe spikes(inh)
def firstHundred = [probe(spikes(exc[0..99])), probe(spikes(inh[0..99]))]
def population = probe rate(exc, bin: 1.ms)
run duration

// Skip the first 100 ms, while the random initial potentials settle.
def from = 100.ms
def summary = summary()
    .add('rate_exc_Hz', Rates.mean(excSpikes.trains, from, duration).in(Hz))
    .add('rate_inh_Hz', Rates.mean(inhSpikes.trains, from, duration).in(Hz))
    .add('cv_exc', Intervals.meanCv(excSpikes.trains))
    .add('chi_exc', Synchrony.chi(excSpikes.trains, 1.ms, from, duration))
save table(excSpikes, inhSpikes), 'spikes'
save table(population), 'rate'
save raster(*firstHundred), 'raster'
save ratePlot(population), 'rate'
save summary.table(), 'summary'
print summary
