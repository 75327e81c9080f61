// Spatial working memory in a ring of spiking neurons (Compte, Brunel, Goldman-Rakic & Wang 2000; Neuronal Dynamics,
// ch. 18), the script twin of tutorial 14. NE excitatory LIF neurons on a ring, neuron i preferring 360 i/NE degrees,
// excite each other through a slow (100 ms) saturating synapse standing in for NMDA, with weights Gaussian in the
// difference of preferred angles; NI inhibitory neurons inhibit everyone equally. A cue at 180 degrees leaves a bump
// of activity that persists; the population vector of its spikes (PopulationVector.ring) is the remembered angle.
//
// Two studies, for each network size NE (NI = NE/4, weights divided by the size so the mean input stays the same):
// - drift: `trials` trials of one network (new noise each: reset(seed)), each a cue from 0.2 to 0.45 s and a delay to
//   `duration`; the angle decoded in 250 ms windows from 0.75 s on, its mean squared displacement from the first
//   window against the lag, and the diffusion constant D from a least-squares line through the origin (MSD = 2 D lag).
//   The noise of finitely many neurons drives the drift, so D falls with the size.
// - distractors (the largest size only): a distractor for 250 ms from 1.2 s, at each distance from the cue and each
//   strength; the bump's shift from just before it (0.9 to 1.2 s) to after it (1.95 to 2.5 s). A shift of a few
//   degrees is the drift alone; a shift as large as the distance is a bump that jumped onto the distractor.
//
// Run:     scripts/synfire run scripts/working_memory.groovy [--param sizes=512,1024] [--param trials=20]
//                  [--param duration=4s] [--param distances=18,36,54,72,90,135,180] [--param strengths=2,4,8]
//                  [--out out/working_memory]
// Writes:  drift.csv (per size and trial: the decoded angle in each window), msd.csv (per size: the mean squared
//          displacement against the lag, and the line 2 D lag), msd.png/.svg, distractors.csv (distance, strength,
//          angle before and after, shift), distractors.png/.svg (the size of the shift against the distance, one line per strength),
//          summary.csv (per size: D, the fraction of trials whose bump persisted to the end, the rate within 20
//          degrees of the bump and beyond 90 degrees; per strength: the largest distance whose distractor moves the
//          bump by more than 10 degrees)
import groovy.transform.Field

def sizes = param('sizes', '512,1024').split(',').collect { it.trim() as int }
int trials = param('trials', 20)
double duration = param('duration', 4.s).in(ms) / 1000
def distances = param('distances', '18,36,54,72,90,135,180').split(',').collect { it.trim() as double }
def strengths = param('strengths', '2,4,8').split(',').collect { it.trim() as double }

@Field double Jplus = 6, sigmaJ = 18
@Field double GEE = 40, GEI = 100, GIE = 15, GII = 5       // mV: total weights onto one neuron

double wrap(double d) { ((d % 360) + 540) % 360 - 180 }

// Builds a ring of NE excitatory and NE/4 inhibitory neurons with the stimuli (maps of angle in degrees, from and to
// in s, strength in mV) and returns the probe of its excitatory spikes; the first run builds it.
def ring(int NE, List<Map> stimuli, double seconds) {
    startScope()
    seed 1
    int NI = NE / 4
    double mean = (0..<NE).sum { k -> double d = Math.min(k, NE - k) * 360.0 / NE; Math.exp(-d * d / (2 * sigmaJ * sigmaJ)) } / NE
    double Jminus = (1 - Jplus * mean) / (1 - mean)
    def stim = (0..<(int) Math.ceil(seconds / 0.05)).collect { r ->
        double t = (r + 0.5) * 0.05
        (0..<NE).collect { i ->
            def on = stimuli.find { t > it.from && t < it.to && Math.abs(wrap(360.0 * i / NE - it.angle)) <= 30 }
            on ? on.mV.mV : 0.mV
        }
    }
    def excModel = model('''
        dv/dt = (mu + s + stim(t, i) - v)/tau + sigma*sqrt(2/tau)*xi : volt (unless refractory)
        ds/dt = -s/tauN : volt
        dx/dt = -x/tauN : 1
        inc : 1
        mu : volt (shared, constant)
        sigma : volt (shared, constant)
        tau : second (shared, constant)
        tauN : second (shared, constant)
        alpha : 1 (shared, constant)
        ''', name: 'ring_exc', threshold: 'v > 20*mV', reset: 'v = 10*mV; inc = alpha*(1 - x); x += inc', refractory: 2.ms,
        mu: 14.mV, sigma: 3.mV, tau: 20.ms, tauN: 100.ms, alpha: 0.5, stim: timed(stim, dt: 50.ms))
    def inhModel = model('''
        dv/dt = (mu - v)/tau + sigma*sqrt(2/tau)*xi : volt (unless refractory)
        mu : volt (shared, constant)
        sigma : volt (shared, constant)
        tau : second (shared, constant)
        ''', name: 'ring_inh', threshold: 'v > 20*mV', reset: 'v = 10*mV', refractory: 1.ms, mu: 14.mV, sigma: 3.mV, tau: 10.ms)
    def exc = group('exc', NE, excModel, v: 'rand()*14*mV')
    def inh = group('inh', NI, inhModel, v: 'rand()*14*mV')
    String angle = '360.0/N_post*min(abs(i - j), N_post - abs(i - j))'
    connect exc, exc, model: 'w : volt (constant)', onPre: 's_post += w*inc_pre', delay: 1.ms,
        w: "${GEE / NE}*mV*(${Jminus} + ${Jplus - Jminus}*exp(-(${angle})**2/(2*${sigmaJ}**2)))".toString()
    connect exc, inh, onPre: "v_post += ${GEI / NE}*mV".toString(), delay: 1.ms
    connect inh, exc, onPre: "v_post -= ${GIE / NI}*mV".toString(), delay: 1.ms
    connect inh, inh, onPre: "v_post -= ${GII / NI}*mV".toString(), delay: 1.ms
    probe spikes(exc)
}

def summary = summary()
def cue = [angle: 180, from: 0.2, to: 0.45, mV: 8]
def windows = (0..<(int) Math.floor((duration - 0.75) / 0.25)).collect { 0.75 + 0.25 * it }
def driftRows = [NE: [], trial: [], t_s: [], angle_deg: []]
def msd = Table.create('msd', DoubleColumn.create('lag_s', (1..<windows.size()).collect { 0.25 * it } as double[]))
for (int NE : sizes) {
    def spikes = ring(NE, [cue], duration)
    List<double[]> tracks = []
    int persisted = 0
    double inBump = 0, farAway = 0
    for (int k = 0; k < trials; k++) {
        if (k > 0) reset(k + 1)
        run duration.s
        def trains = spikes.trains
        double[] angles = PopulationVector.ring(trains, 250.ms, windows[0].s, (windows[-1] + 0.25).s).anglesDeg()
        tracks << angles
        angles.eachWithIndex { a, w -> driftRows.NE << NE; driftRows.trial << k + 1; driftRows.t_s << windows[w] + 0.125; driftRows.angle_deg << a }
        if (PopulationVector.ring(trains, (duration - 0.5).s, duration.s).lengths()[0] > 0.8) persisted++
        double[] rates = Rates.perNeuron(trains, 0.75.s, duration.s)
        double centre = PopulationVector.ring(trains, 750.ms, duration.s).anglesDeg()[0]
        def near = (0..<NE).findAll { Math.abs(wrap(360.0 * it / NE - centre)) < 20 }, far = (0..<NE).findAll { Math.abs(wrap(360.0 * it / NE - centre)) > 90 }
        inBump += near.sum { rates[it] } / near.size() / trials
        farAway += far.sum { rates[it] } / far.size() / trials
    }
    // Mean squared displacement from the first window, over trials, at each lag.
    double[] meanSquare = (1..<windows.size()).collect { lag -> tracks.sum { double[] a -> wrap(a[lag] - a[0]) ** 2 } / trials } as double[]
    double[] lags = msd.doubleColumn('lag_s').asDoubleArray()
    double D = (0..<lags.length).sum { lags[it] * meanSquare[it] } / (0..<lags.length).sum { lags[it] * lags[it] } / 2
    msd.addColumns(DoubleColumn.create("NE = ${NE}".toString(), meanSquare), DoubleColumn.create("2 D lag (NE = ${NE})".toString(), lags.collect { 2 * D * it } as double[]))
    summary.add("D_deg2_per_s_NE${NE}".toString(), D).add("persisted_fraction_NE${NE}".toString(), persisted / (double) trials)
        .add("rate_within_20deg_Hz_NE${NE}".toString(), inBump).add("rate_beyond_90deg_Hz_NE${NE}".toString(), farAway)
    println "NE = ${NE}: D = ${D} deg^2/s, ${persisted} of ${trials} bumps persisted"
}
save Table.create('drift', IntColumn.create('NE', driftRows.NE as int[]), IntColumn.create('trial', driftRows.trial as int[]),
    DoubleColumn.create('t_s', driftRows.t_s as double[]), DoubleColumn.create('angle_deg', driftRows.angle_deg as double[])), 'drift'
save msd, 'msd'
save Plots.line(msd, 'lag_s', msd.columnNames().drop(1) as String[]).xLabel('lag (s)').yLabel('mean squared displacement (deg²)')
    .title('Drift of the remembered angle'), 'msd'

// Distractors on the largest network.
int largest = sizes.max()
def shifts = Table.create('distractors', DoubleColumn.create('distance_deg'), DoubleColumn.create('strength_mV'),
    DoubleColumn.create('before_deg'), DoubleColumn.create('after_deg'), DoubleColumn.create('shift_deg'))
// The size of each shift against the distance, beside the distance itself: a bump on that line has jumped to the distractor.
def byStrength = Table.create('shift', DoubleColumn.create('distance_deg', distances as double[]),
    DoubleColumn.create('onto the distractor', distances as double[]))
for (double strength : strengths) {
    double[] column = new double[distances.size()]
    double reach = 0
    distances.eachWithIndex { double distance, int k ->
        def spikes = ring(largest, [cue, [angle: 180 + distance, from: 1.2, to: 1.45, mV: strength]], 2.5)
        run 2.5.s
        double before = PopulationVector.ring(spikes.trains, 900.ms, 1.2.s).anglesDeg()[0]
        double after = PopulationVector.ring(spikes.trains, 1950.ms, 2.5.s).anglesDeg()[0]
        column[k] = wrap(after - before)
        if (Math.abs(column[k]) > 10) reach = Math.max(reach, distance)
        shifts.doubleColumn('distance_deg').append(distance); shifts.doubleColumn('strength_mV').append(strength)
        shifts.doubleColumn('before_deg').append(before); shifts.doubleColumn('after_deg').append(after); shifts.doubleColumn('shift_deg').append(column[k])
    }
    byStrength.addColumns(DoubleColumn.create("${strength} mV".toString(), column.collect { Math.abs(it) } as double[]))
    summary.add("largest_distance_moving_the_bump_deg_${strength}mV".toString(), reach)
}
save shifts, 'distractors'
def distractorFig = Plots.line(byStrength, 'distance_deg', byStrength.columnNames().drop(1) as String[]).xLabel('distractor distance from the memory (degrees)')
    .yLabel('|shift| of the bump (degrees)').title("Distractors, NE = ${largest}".toString())
distractorFig.chart().getSeries('onto the distractor').with { lineStyle = org.knowm.xchart.style.lines.SeriesLines.DASH_DASH; lineColor = java.awt.Color.BLACK }
save distractorFig, 'distractors'
save summary.table(), 'summary'
print summary
