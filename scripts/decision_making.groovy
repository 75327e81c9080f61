// Decision making by slow reverberation (Wang 2002; Neuronal Dynamics, ch. 16), the script twin of tutorial 13.
// The psychometric curve and the reaction times against the stimulus coherence, from the reduced two-variable
// model of Wong & Wang (2006): the NMDA gatings S1, S2 of two competing populations, each driven by its rate
// H(x) = (a x - b)/(1 - exp(-d (a x - b))), self-excitation J_s, cross-inhibition J_c and AMPA-filtered noise.
// Each neuron of a group is one trial; a trial decides when either rate passes r_th (15 Hz), its reaction time is
// that moment (stimulus onset at 0), its choice the population with the larger S at the end. The reduced model is
// used for the curve because it costs microseconds per trial where the spiking network costs seconds; a few
// trials of the spiking network (the library's wang2002 neurons, 400 + 100 of them, the recurrent conductances
// scaled by 4: see the tutorial) are run beside it at the coherences `network` names, for comparison.
// A Weibull function, correct = 1 - 0.5 exp(-(c/alpha)^beta), is fitted to the curve by maximum likelihood
// (a grid over alpha and beta); alpha is the coherence at which 82 % are correct.
//
// Run:     scripts/synfire run scripts/decision_making.groovy [--param trials=1000] [--param duration=2s]
//                 [--param coherences=0,1.6,3.2,4.8,6.4,9.6,12.8,25.6,51.2] [--param network=6.4,25.6,51.2]
//                 [--param networkTrials=3] [--out out/decision_making]
// Writes:  psychometric.csv (per coherence: fraction correct, mean and sd of the reaction time, fraction decided,
//          and the Weibull fit), psychometric.png/.svg and reaction_time.png/.svg, network.csv (per spiking trial:
//          coherence, choice, reaction time, winner's and loser's rate in the last 300 ms), summary.csv
int trials = param('trials', 1000)
def duration = param('duration', 2.s)
double[] coherences = param('coherences', '0,1.6,3.2,4.8,6.4,9.6,12.8,25.6,51.2').split(',').collect { it.trim() as double } as double[]
String networkCoherences = param('network', '6.4,25.6,51.2')
int networkTrials = param('networkTrials', 3)

dt 0.5.ms
seed 1
def wongWang = model('''
    dS1/dt = -S1/tau_S + (1 - S1)*gamma*H1 : 1
    dS2/dt = -S2/tau_S + (1 - S2)*gamma*H2 : 1
    dI_n1/dt = -I_n1/tau_AMPA + sigma*sqrt(1/tau_AMPA)*xi_1 : amp
    dI_n2/dt = -I_n2/tau_AMPA + sigma*sqrt(1/tau_AMPA)*xi_2 : amp
    x1 = J_s*S1 - J_c*S2 + I_0 + J_ext*mu0*(1 + c) + I_n1 : amp
    x2 = J_s*S2 - J_c*S1 + I_0 + J_ext*mu0*(1 - c) + I_n2 : amp
    H1 = (a*x1 - b)/(1 - exp(-d*(a*x1 - b))) : hertz
    H2 = (a*x2 - b)/(1 - exp(-d*(a*x2 - b))) : hertz
    c : 1 (constant)
    tau_S : second (shared, constant)
    gamma : 1 (shared, constant)
    tau_AMPA : second (shared, constant)
    sigma : amp (shared, constant)
    J_s : amp (shared, constant)
    J_c : amp (shared, constant)
    I_0 : amp (shared, constant)
    J_ext : amp*second (shared, constant)
    mu0 : hertz (shared, constant)
    a : hertz/amp (shared, constant)
    b : hertz (shared, constant)
    d : second (shared, constant)
    r_th : hertz (shared, constant)
    ''', name: 'wong_wang', threshold: 'H1 > r_th or H2 > r_th', refractory: 3600.s,
    tau_S: 100.ms, gamma: 0.641, tau_AMPA: 2.ms, sigma: 0.02.nA, J_s: 0.2609.nA, J_c: 0.0497.nA, I_0: 0.3255.nA,
    J_ext: 5.2e-4.nA * 1.s, mu0: 30.Hz, a: 270.Hz / 1.nA, b: 108.Hz, d: 0.154.s, r_th: 15.Hz, S1: 0.1, S2: 0.1)

def trialGroup = group('trials', trials * coherences.length, wongWang)
coherences.eachWithIndex { double coh, int k -> trialGroup[k * trials..<(k + 1) * trials].c = coh / 100 }
def decisions = probe spikes(trialGroup)
run duration

double[] s1 = trialGroup.S1.in(one), s2 = trialGroup.S2.in(one)
int[] right = new int[coherences.length], made = new int[coherences.length]
double[] meanRt = new double[coherences.length], sdRt = new double[coherences.length]
coherences.eachWithIndex { double coh, int k ->
    def times = []
    for (int n = k * trials; n < (k + 1) * trials; n++) {
        double[] t = decisions.trains.timesOf(n, ms)
        if (t.length > 0) {
            made[k]++
            times << t[0]
            if (s1[n] > s2[n]) {
                right[k]++
            }
        }
    }
    meanRt[k] = times ? times.sum() / times.size() : Double.NaN
    sdRt[k] = times.size() > 1 ? Math.sqrt(times.sum { (it - meanRt[k]) * (it - meanRt[k]) } / (times.size() - 1)) : Double.NaN
}
double[] correct = (0..<coherences.length).collect { made[it] ? right[it] / made[it] : Double.NaN } as double[]

// The Weibull fit by maximum likelihood on a grid: each coherence contributes its binomial log-likelihood.
double weibull(double c, double alpha, double beta) { Math.min(1 - 1e-12, 1 - 0.5 * Math.exp(-Math.pow(c / alpha, beta))) }
double bestAlpha = Double.NaN, bestBeta = Double.NaN, bestLogL = -Double.MAX_VALUE
for (double alpha = 0.5; alpha <= 30; alpha += 0.05) {
    for (double beta = 0.5; beta <= 4; beta += 0.02) {
        double logL = 0
        for (int k = 0; k < coherences.length; k++) {
            double p = weibull(coherences[k], alpha, beta)
            logL += right[k] * Math.log(p) + (made[k] - right[k]) * Math.log(1 - p)
        }
        if (logL > bestLogL) {
            bestLogL = logL
            bestAlpha = alpha
            bestBeta = beta
        }
    }
}
def curve = Table.create('psychometric', DoubleColumn.create('coherence_percent', coherences), DoubleColumn.create('correct', correct),
    DoubleColumn.create('reaction_time_ms', meanRt), DoubleColumn.create('reaction_time_sd_ms', sdRt),
    DoubleColumn.create('decided', (0..<coherences.length).collect { made[it] / trials } as double[]),
    DoubleColumn.create('weibull', coherences.collect { weibull(it, bestAlpha, bestBeta) } as double[]))
save curve, 'psychometric'
double[] fine = (0..200).collect { 0.5 * Math.pow(120, it / 200.0) } as double[]       // 0.5 % to 60 %, evenly in log
def fitted = Table.create('Weibull', DoubleColumn.create('coherence_percent', fine),
    DoubleColumn.create("Weibull fit, alpha = ${String.format('%.1f', bestAlpha)} %".toString(), fine.collect { weibull(it, bestAlpha, bestBeta) } as double[]))
def psychometric = Plots.line(fitted, 'coherence_percent', fitted.columnNames()[1]).xLabel('coherence (%)').yLabel('fraction correct')
    .title("Psychometric curve, ${trials} trials a point; Weibull fit, alpha ${String.format('%.1f', bestAlpha)} %".toString())
def shown = curve.where(curve.doubleColumn('coherence_percent').isGreaterThan(0))
psychometric.chart().addSeries('reduced model', shown.doubleColumn('coherence_percent').asDoubleArray(), shown.doubleColumn('correct').asDoubleArray())
    .setXYSeriesRenderStyle(org.knowm.xchart.XYSeries.XYSeriesRenderStyle.Scatter)
psychometric.chart().styler.setXAxisLogarithmic(true)
save psychometric, 'psychometric'
save Plots.line(curve, 'coherence_percent', 'reaction_time_ms').xLabel('coherence (%)').yLabel('mean reaction time (ms)')
    .title('Reaction time against coherence'), 'reaction_time'

// A few trials of the spiking network (tutorial 13's, scaled to 400 + 100 neurons).
def networkRows = []
def chosenCoherences = networkCoherences ? networkCoherences.split(',').collect { it.trim() as double } : []
if (chosenCoherences && networkTrials > 0) {
    startScope()
    seed 2
    int NE = 400, NI = 100, NA = 60
    double scale = 1600 / NE
    def pyramidal = wang2002('pyramidal'), interneuron = wang2002('interneuron')
    def scaled = { model -> ['g_AMPA', 'g_NMDA', 'g_GABA'].collectEntries { [it, model.defaults()[it] * scale] } }
    def exc = group('exc', NE, pyramidal, v: '-70*mV + 5*mV*rand()', *:scaled(pyramidal))
    def inh = group('inh', NI, interneuron, v: '-70*mV + 5*mV*rand()', *:scaled(interneuron))
    double wPlus = 1.7, wMinus = 1 - 0.15 * (wPlus - 1) / 0.85
    def same = "(1 - min(abs(floor(i/${NA}) - floor(j/${NA})), 1))"
    def glutamate = synapse('''
        w : 1 (constant)
        s_NMDA_tot_post = w*s_NMDA_pre : 1 (summed)
        ''', onPre: 's_AMPA_post += w')
    connect exc, exc, synapse: glutamate, w: "1 + clip(${2 * NA} - j, 0, 1)*(${same}*${wPlus - 1} + (1 - ${same})*${wMinus - 1})".toString(), delay: 0.5.ms
    connect exc, inh, synapse: glutamate, w: 1, delay: 0.5.ms
    connect inh, exc, onPre: 's_GABA_post += 1', delay: 0.5.ms
    connect inh, inh, onPre: 's_GABA_post += 1', delay: 0.5.ms
    poissonInput exc, 's_ext', n: 800, rate: 3.Hz, weight: 1
    poissonInput inh, 's_ext', n: 800, rate: 3.Hz, weight: 1
    def stimulus = group('stimulus', 2 * NA, model('rates : hertz', threshold: 'rand() < rates*dt'), rates: 0.Hz)
    connect stimulus, exc[0..<2 * NA], rule: oneToOne(), onPre: 's_ext_post += 1'
    double coherence = 0
    Random draws = null
    every(50.ms) { sim ->
        if (sim.t() >= 200.ms) {
            stimulus[0..<NA].rates = Math.max(0, 40 * (1 + coherence) + 4 * draws.nextGaussian()).Hz
            stimulus[NA..<2 * NA].rates = Math.max(0, 40 * (1 - coherence) + 4 * draws.nextGaussian()).Hz
        }
    }
    def spikesA = probe(spikes(exc[0..<NA]))
    def spikesB = probe(spikes(exc[NA..<2 * NA]))
    int trial = 0
    for (double coh in chosenCoherences) {
        for (int k = 0; k < networkTrials; k++) {
            trial++
            if (trial > 1) {
                reset(1000 + trial)                 // another trial: fresh noise and inputs, the same network
            }
            coherence = coh / 100
            draws = new Random(trial)
            run 2.2.s
            // The choice: the first population whose rate in a 50 ms window (sliding by 10 ms) passes 15 Hz.
            def windowRate = { trains, double from -> Rates.mean(trains, from.ms, (from + 50).ms).in(Hz) }
            def from = (20..215).collect { 10.0 * it }.find { windowRate(spikesA.trains, it) > 15 || windowRate(spikesB.trains, it) > 15 }
            String choice = from == null ? 'none' : windowRate(spikesA.trains, from) > 15 ? 'A' : 'B'
            double rateA = Rates.mean(spikesA.trains, 1.9.s, 2.2.s).in(Hz), rateB = Rates.mean(spikesB.trains, 1.9.s, 2.2.s).in(Hz)
            networkRows << [coh, choice, from == null ? Double.NaN : from + 25 - 200, Math.max(rateA, rateB), Math.min(rateA, rateB)]
        }
    }
}
save Table.create('network', DoubleColumn.create('coherence_percent', networkRows*.getAt(0) as double[]),
    StringColumn.create('choice', networkRows*.getAt(1) as String[]), DoubleColumn.create('reaction_time_ms', networkRows*.getAt(2) as double[]),
    DoubleColumn.create('winner_Hz', networkRows*.getAt(3) as double[]), DoubleColumn.create('loser_Hz', networkRows*.getAt(4) as double[])), 'network'

def summary = summary()
    .add('weibull_alpha_percent', bestAlpha)
    .add('weibull_beta', bestBeta)
    .add('correct_at_zero', correct[0])
    .add('correct_at_highest', correct[-1])
    .add('reaction_time_at_zero_ms', meanRt[0])
    .add('reaction_time_at_highest_ms', meanRt[-1])
    .add('fraction_decided', made.sum() / (trials * coherences.length))
    .add('network_trials', networkRows.size())
    .add('network_correct', networkRows ? networkRows.count { it[1] == 'A' } / networkRows.size() : Double.NaN)
    .add('network_undecided', networkRows.count { it[1] == 'none' })
save summary.table(), 'summary'
print summary
