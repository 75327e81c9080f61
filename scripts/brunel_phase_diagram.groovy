// Brunel (2000), model A, over its two parameters: the relative strength of inhibition g and the
// external drive eta (the external rate in units of the rate that alone brings the mean input to
// threshold). A parameter study runs this script at every point of the grid; the same script then
// draws the study's table as heat maps in which Brunel's four regimes (his Fig. 8) are regions:
//   SR  synchronous regular (g < 4, the network excitation-dominated): neurons fire near their
//       maximal rate like clocks, in step: rate of hundreds of Hz, CV near 0, chi high;
//   AI  asynchronous irregular (g > 4, eta > 1): low rates, irregular firing, a stationary
//       population: chi low, no frequency stands out;
//   SIf synchronous irregular, fast (g > 5, high eta): irregular neurons on a fast global
//       oscillation: chi above the AI region's and the activity's peak frequency 100-200 Hz;
//   SIs synchronous irregular, slow (g > 4, eta < 1): low rates in slow waves: peak frequency a few
//       tens of Hz.
// Network: Brunel's neuron (tau 20 ms, threshold 20 mV, reset 10 mV, refractory 2 ms) and synapses
// (J = 0.1 mV, D = 1.5 ms, each neuron 1,000 excitatory and 250 inhibitory inputs and 1,000 external
// Poisson inputs), with 4,000 + 1,000 neurons instead of 10,000 + 2,500 so that the 64 points of
// the study run in minutes (connections are then denser: 25 % instead of 10 %).
//
// Study:  scripts/synfire sweep scripts/brunel_phase_diagram.groovy --grid g=2:9:1 --grid eta=1:4.5:0.5 --out out/brunel_phase
// Maps:   scripts/synfire run scripts/brunel_phase_diagram.groovy --param study=out/brunel_phase --out out/brunel_phase
// One point: scripts/synfire run scripts/brunel_phase_diagram.groovy --param g=6 --param eta=4 [--param NE=10000 --param CE=1000]
//
// Each point returns rate_Hz (mean rate of the excitatory neurons), cv (mean CV of their
// intervals), chi (synchrony of their population activity, 1 ms bins) and f_Hz (the frequency at
// which the population activity's power peaks, for irregular firing: a population of clocks has
// its neurons' rate as its rhythm, and a silent one none); the maps mode writes
// phase_diagram.png/.svg, one heat map of each over g and eta (blank where a value is undefined).
def study = param('study', '')
if (study) {
    def table = Tables.readCsv(java.nio.file.Path.of(study, 'sweep.csv'))
    def maps = ['rate_Hz', 'cv', 'chi', 'f_Hz'].collect { Plots.heatMap(table, 'g', 'eta', it) }
    save Plots.grid(2, maps), 'phase_diagram'
    return
}

def g = param('g', 5.0)
def eta = param('eta', 2.0)
def NE = param('NE', 4000)
def CE = param('CE', 1000)
def duration = param('duration', 0.3.s)
def J = 0.1
// The external rate that alone brings the mean input to threshold: theta / (J C_E tau), 10 Hz.
def thetaRate = 20.0 / (J * CE * 20e-3)
def neuron = model('''
    dv/dt = -v/tau : volt (unless refractory)
    tau : second (shared, constant)
    ''', name: 'brunel', threshold: 'v > 20*mV', reset: 'v = 10*mV', refractory: 2.ms, method: 'exact', tau: 20.ms)
// The weight is a shared constant of the synapse, not part of its text: the kernels compiled for
// the first point serve every other g.
def delta = synapse('w : volt (shared, constant)', onPre: 'v_post += w')

seed 1
def exc = group('exc', NE, neuron, v: 'rand()*20*mV')
def inh = group('inh', NE.intdiv(4), neuron, v: 'rand()*20*mV')
for (target in [exc, inh]) {
    connect exc, target, synapse: delta, w: J.mV, inDegree: CE, delay: 1.5.ms
    connect inh, target, synapse: delta, w: (-g * J).mV, inDegree: CE.intdiv(4), delay: 1.5.ms
    poissonInput target, 'v', n: CE, rate: (eta * thetaRate).Hz, weight: J.mV
}
def spikes = probe spikes(exc)
run duration

def from = 100.ms
def cv = Intervals.meanCv(spikes.trains)
// A CV below 0.1 is a clock: far below the irregular firing of every other regime.
def irregular = cv >= 0.1
[rate_Hz: Rates.mean(spikes.trains, from, duration).in(Hz),
 cv: cv,
 chi: Synchrony.chi(spikes.trains, 1.ms, from, duration),
 f_Hz: irregular ? peakFrequency(Rates.binned(spikes.trains, 0.5.ms, from, duration).hz(), 0.5e-3) : Double.NaN]

/**
 * The frequency between 5 and 500 Hz at which the power of {@code hz} (sampled every {@code dt}
 * seconds, its mean removed) is largest, on a 1 Hz grid: a direct Fourier sum, as a window of a
 * few hundred milliseconds needs no FFT. NaN for a constant signal (a silent network).
 */
@groovy.transform.CompileStatic
static double peakFrequency(double[] hz, double dt) {
    double mean = 0
    for (double v : hz) {
        mean += v
    }
    mean /= hz.length
    double best = Double.NaN
    double most = 0
    for (int f = 5; f <= 500; f++) {
        double re = 0
        double im = 0
        for (int k = 0; k < hz.length; k++) {
            double phase = 2 * Math.PI * f * k * dt
            re += (hz[k] - mean) * Math.cos(phase)
            im -= (hz[k] - mean) * Math.sin(phase)
        }
        double power = re * re + im * im
        if (power > most) {
            most = power
            best = f
        }
    }
    return best
}
