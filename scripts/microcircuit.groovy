// The cortical microcircuit of Potjans & Diesmann (2014): the 77,169 neurons under 1 mm² of early
// sensory cortex in eight populations, excitatory and inhibitory in layers 2/3, 4, 5 and 6, with
// the paper's connection probabilities (about 0.3 billion synapses at full scale), weights,
// delays and Poisson background; at a scale below 1 with NEST's scaling, which keeps each
// neuron's mean input (constant currents for what the smaller in-degrees lose) and its variance.
// The model is the library's (Microcircuit, ReferenceNetworks.microcircuit), taken into the
// script by `network`.
//
// Run:     scripts/synfire run scripts/microcircuit.groovy [--param scale=0.1] [--param duration=1s]
//          [--param background=poisson|dc] [--param thalamus=true --param pulse=0.7s]
//          [--param seeds=10] (seeds 1 to 10, one network each: means and seed-to-seed sd)
//          (scale=1 is the full model: some 3 GB of synapses, so give the JVM room, -J-Xmx8g)
// Writes:  populations.csv (per population: neurons, rate_Hz, cv, synchrony, their seed-to-seed sd
//          when seeds > 1, and the rates NEST gives at full scale); raster.png/.svg (as the paper's
//          Fig. 6: a share of each population, at least 100 neurons of each, over the last 200 ms,
//          L2/3 at the top); summary.csv (the numbers above, build and run times, the real-time
//          factor); with thalamus=true also response.png/.svg, the excitatory rates around the
//          thalamic pulse: L4 first (Fig. 10). Figures and times are those of the first seed.
// Statistics run from `settle` (the initial potentials' settling) to the end, or to the thalamic
// pulse. Synchrony is the paper's: the variance over its mean of 1,000 neurons' summed spike count
// in 3 ms bins. The CV of the intervals needs long runs: within 1 s it reads 0.65-0.7 for what tens
// of seconds show as 0.8-0.9. With seeds > 1, leave out --seed, which would replace every seed.
def scale = param('scale', 0.1)
def duration = param('duration', 1.s)
def settle = param('settle', 0.1.s)
def background = param('background', 'poisson')
def thalamus = param('thalamus', false)
def pulse = param('pulse', 0.7.s)
def seeds = param('seeds', 1)
if (!(background in ['poisson', 'dc'])) {
    throw new IllegalArgumentException("--param background=${background}: give poisson or dc")
}
if (thalamus && pulse.plus(20.ms).minus(duration).si() > 0) {
    throw new IllegalArgumentException("--param pulse=${pulse}: the thalamic pulse must end 10 ms before the run does (duration ${duration})")
}
if (seeds < 1) {
    throw new IllegalArgumentException("--param seeds=${seeds}: give 1 or more")
}

def config = Microcircuit.scaled(scale)
if (background == 'dc') {
    config = config.dcBackground()
}
if (thalamus) {
    config = config.thalamicInput(pulse, 10.ms, 120.Hz)
}
def names = Microcircuit.POPULATIONS
def end = thalamus ? pulse : duration
// Per statistic, per population, one value per seed.
def stats = [rate: names.collect { [] }, cv: names.collect { [] }, synchrony: names.collect { [] }]
def sizes = []
def summary = summary()
for (seedNumber in 1..seeds) {
    def mc = network config.seed(seedNumber).build()
    def groups = names.collect { mc.groups[it] }
    sizes = groups*.size
    def first = seedNumber == 1
    // The raster: the same share of every population (about 1,500 rows in all), but at least 100
    // rows where a population has them, so the small ones stay visible; over the last 200 ms.
    def share = Math.min(1.0, 1500 / sizes.sum())
    def shown = first ? groups.collect { g ->
        probe spikes(g, neurons: 0..<Math.min(g.size, Math.max(100, (int) Math.round(g.size * share))), from: duration.minus(200.ms))
    } : []
    def spontaneous = groups.collect { g -> probe spikes(g, from: settle, to: end) }
    def thousand = groups.collect { g -> probe spikes(g, neurons: 0..<Math.min(1000, g.size), from: settle, to: end) }
    run duration
    names.eachWithIndex { name, k ->
        stats.rate[k] << Rates.mean(spontaneous[k].trains, settle, end).in(Hz)
        stats.cv[k] << Intervals.meanCv(spontaneous[k].trains)
        stats.synchrony[k] << Synchrony.populationFano(thousand[k].trains, 3.ms, settle, end)
    }
    if (first) {
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
        summary.add('scale', scale)
            .add('neurons', sizes.sum())
            .add('synapses', sim.report().projections()*.synapses().sum())
            .add('build_s', sim.report().totalMillis() / 1000)
            .add('run_s', sim.runSeconds())
            .add('real_time_factor', sim.runSeconds() / duration.in(second))
    }
}

def mean = { List x -> x.sum() / x.size() }
def sd = { List x -> x.size() < 2 ? Double.NaN : Math.sqrt(x.collect { (it - mean(x)) ** 2 }.sum() / (x.size() - 1)) }
def column = { String what, Closure f -> DoubleColumn.create(what, stats[what.replaceAll('(_Hz)?(_sd)?$', '')].collect(f) as double[]) }
def table = Table.create('populations',
    StringColumn.create('population', names),
    IntColumn.create('neurons', sizes as int[]),
    column('rate_Hz', mean), column('rate_Hz_sd', sd),
    column('cv', mean), column('cv_sd', sd),
    column('synchrony', mean), column('synchrony_sd', sd),
    DoubleColumn.create('NEST_full_scale_rate_Hz', Microcircuit.FULL_SCALE_RATES as double[]))
save table, 'populations'
println table.print()

summary.add('seeds', seeds)
names.eachWithIndex { name, k ->
    summary.add("rate_${name}_Hz".toString(), mean(stats.rate[k])).add("cv_${name}".toString(), mean(stats.cv[k]))
        .add("synchrony_${name}".toString(), mean(stats.synchrony[k]))
}
save summary.table(), 'summary'
print summary
