// The cortical microcircuit of Potjans & Diesmann (2014): the 77,169 neurons under 1 mm² of early
// sensory cortex in eight populations, excitatory and inhibitory in layers 2/3, 4, 5 and 6, with
// the paper's connection probabilities (about 0.3 billion synapses at full scale), weights,
// delays and Poisson background; at a scale below 1 with NEST's scaling, which keeps each
// neuron's mean input (constant currents for what the smaller in-degrees lose) and its variance.
// The model is the library's (Microcircuit, ReferenceNetworks.microcircuit), taken into the
// script by `network`.
//
// Run:     scripts/synfire run scripts/microcircuit.groovy [--param scale=0.1] [--param duration=1s]
//          [--param background=poisson|dc] [--param thalamus=true --param pulse=0.7s] [--seed 1]
//          (scale=1 is the full model: some 3 GB of synapses, so give the JVM room, -J-Xmx8g)
// Writes:  populations.csv (per population: neurons, rate_Hz, cv, synchrony, and the rates NEST
//          gives at full scale); raster.png/.svg (as the paper's Fig. 6: a share of each population,
//          at least 100 neurons of each, over the last 200 ms, L2/3 at the top); summary.csv (the
//          numbers above, build and run times, the real-time factor); with thalamus=true also
//          response.png/.svg, the excitatory rates around the thalamic pulse: L4 first (Fig. 10).
// Statistics start after `settle` (the initial potentials' settling). The CV of the intervals
// needs long runs: within 1 s it reads 0.65-0.7 for what tens of seconds show as 0.8-0.9.
def scale = param('scale', 0.1)
def duration = param('duration', 1.s)
def settle = param('settle', 0.1.s)
def background = param('background', 'poisson')
def thalamus = param('thalamus', false)
def pulse = param('pulse', 0.7.s)
if (!(background in ['poisson', 'dc'])) {
    throw new IllegalArgumentException("--param background=${background}: give poisson or dc")
}
if (thalamus && pulse.plus(20.ms).minus(duration).si() > 0) {
    throw new IllegalArgumentException("--param pulse=${pulse}: the thalamic pulse must end 10 ms before the run does (duration ${duration})")
}

def config = Microcircuit.scaled(scale)
if (background == 'dc') {
    config = config.dcBackground()
}
if (thalamus) {
    config = config.thalamicInput(pulse, 10.ms, 120.Hz)
}
def mc = network config.build()
def names = Microcircuit.POPULATIONS
def groups = names.collect { mc.groups[it] }
// The raster: the same share of every population (about 1,500 rows in all), but at least 100 rows
// where a population has them, so the small ones stay visible; over the last 200 ms.
def share = Math.min(1.0, 1500 / groups*.size.sum())
def rows = groups.collect { g -> Math.min(g.size, Math.max(100, (int) Math.round(g.size * share))) }
def shown = groups.withIndex().collect { g, k -> probe spikes(g, neurons: 0..<rows[k], from: duration.minus(200.ms)) }
// Spontaneous activity: from `settle` to the end, or to the thalamic pulse. Synchrony as the paper
// measures it: the summed count of 1,000 neurons (or all, if fewer) in 3 ms bins.
def end = thalamus ? pulse : duration
def spontaneous = groups.collect { g -> probe spikes(g, from: settle, to: end) }
def thousand = groups.collect { g -> probe spikes(g, neurons: 0..<Math.min(1000, g.size), from: settle, to: end) }
run duration

def rates = []
def cvs = []
def synchrony = []
names.eachWithIndex { name, k ->
    rates << Rates.mean(spontaneous[k].trains, settle, end).in(Hz)
    cvs << Intervals.meanCv(spontaneous[k].trains)
    synchrony << Synchrony.populationFano(thousand[k].trains, 3.ms, settle, end)
}
def table = Table.create('populations',
    StringColumn.create('population', names),
    IntColumn.create('neurons', groups*.size as int[]),
    DoubleColumn.create('rate_Hz', rates as double[]),
    DoubleColumn.create('cv', cvs as double[]),
    DoubleColumn.create('synchrony', synchrony as double[]),
    DoubleColumn.create('NEST_full_scale_rate_Hz', Microcircuit.FULL_SCALE_RATES as double[]))
save table, 'populations'
println table.print()

// L2/3 at the top: the raster stacks bottom to top.
save raster(*shown.reverse()).title("Microcircuit at scale ${scale}: spikes over the last 200 ms".toString()).size(700, 900), 'raster'
if (thalamus) {
    // The excitatory populations, whose order of response shows the pulse travelling through the layers.
    def around = [0, 2, 4, 6].collect { k ->
        def r = Rates.binned(mc.spikes[k].trains, 1.ms, pulse.minus(20.ms), pulse.plus(40.ms))
        new RateSignal(names[k], r.start(), r.step(), r.hz())
    }
    save Plots.rate(*around).title("Excitatory rates around the thalamic pulse at ${pulse} (10 ms at 120 Hz)".toString()), 'response'
}

def sim = simulation
def summary = summary()
    .add('scale', scale)
    .add('neurons', groups*.size.sum())
    .add('synapses', sim.report().projections()*.synapses().sum())
    .add('build_s', sim.report().totalMillis() / 1000)
    .add('run_s', sim.runSeconds())
    .add('real_time_factor', sim.runSeconds() / duration.in(second))
names.eachWithIndex { name, k ->
    summary.add("rate_${name}_Hz".toString(), rates[k]).add("cv_${name}".toString(), cvs[k]).add("synchrony_${name}".toString(), synchrony[k])
}
save summary.table(), 'summary'
print summary
