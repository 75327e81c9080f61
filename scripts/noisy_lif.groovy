// The leaky integrate-and-fire neuron driven by white noise (Neuronal Dynamics, ch. 8; Brunel
// 2000): dv/dt = (mu - v)/tau + sigma*sqrt(2/tau)*xi, so that without a threshold v has mean mu
// and standard deviation sigma. Its rate against mu, for two noise levels, is compared with
// Siegert's first-passage-time formula. Noise smooths the f-I curve: below the threshold
// (mu < 20 mV) the neuron still fires, the more so the larger sigma. The simulated rates sit a
// few percent under the formula: a threshold checked once a step acts as one about 0.58 of a
// step's noise higher (Broadie, Glasserman and Kou 1997), 0.03 sigma at dt = 0.02 ms.
//
// Run:     scripts/synfire run scripts/noisy_lif.groovy [--param neurons=200] [--param duration=2s] [--out out/noisy_lif]
// Writes:  rates.csv (mu, simulated rate and Siegert rate for each sigma), rates.png/.svg,
//          summary.csv (median and largest relative difference from the formula where it exceeds 1 Hz)
int perLevel = param('neurons', 200)
def duration = param('duration', 2.s)
seed 1
dt 0.02.ms

def mus = (0..8).collect { 8 + 2 * it }          // mean input, mV
def sigmas = [2, 5]                             // noise, mV
def noisyLif = model('''
    dv/dt = (mu - v)/tau + sigma*sqrt(2/tau)*xi : volt (unless refractory)
    mu : volt (constant)
    sigma : volt (shared, constant)
    tau : second (shared, constant)
    ''', name: 'noisy_lif', threshold: 'v > 20*mV', reset: 'v = 10*mV', refractory: 2.ms, tau: 20.ms, v: 10.mV)

def spikeProbes = sigmas.collect { sigma ->
    def g = group("sigma_${sigma}mV".toString(), perLevel * mus.size(), noisyLif,
        mu: "(8 + 2*floor(i/${perLevel}))*mV".toString(), sigma: sigma.mV)
    probe spikes(g)
}
run duration

def table = Table.create('rates', DoubleColumn.create('mu_mV', mus as double[]))
def differences = []
sigmas.eachWithIndex { sigma, k ->
    def counts = new int[mus.size()]
    spikeProbes[k].trains.indices().each { counts[it.intdiv(perLevel)]++ }
    def simulated = counts.collect { it / (perLevel * duration.in(second)) }
    def theory = mus.collect { Siegert.rate(it.mV, sigma.mV, 20.ms, 20.mV, 10.mV, 2.ms).in(Hz) }
    table.addColumns(DoubleColumn.create("simulated_sigma${sigma}mV_Hz", simulated as double[]),
        DoubleColumn.create("Siegert_sigma${sigma}mV_Hz", theory as double[]))
    mus.indices.findAll { theory[it] > 1 }.each { differences << Math.abs(simulated[it] - theory[it]) / theory[it] }
}
save table, 'rates'
save Plots.line(table, 'mu_mV', table.columnNames().drop(1) as String[]).title('Noisy LIF: simulated and Siegert rates'), 'rates'
differences.sort()
def summary = summary()
    .add('median_relative_difference', differences[differences.size().intdiv(2)])
    .add('largest_relative_difference', differences.last())
save summary.table(), 'summary'
print summary
