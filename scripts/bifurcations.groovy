// How repetitive firing starts in two-dimensional models (script twin of tutorials/12): the
// FitzHugh–Nagumo model (FitzHugh 1961: a = 0.7, b = 0.8, tau_w = 12.5 ms) fires between two Hopf
// bifurcations, I = 0.3313 and 1.4187, and below the first one it can already fire if it starts on
// its large limit cycle: swept from rest and from the cycle, its f–I curve has a hysteresis loop
// (a subcritical Hopf bifurcation and a fold of limit cycles below it). The Morris–Lecar model with
// Rinzel & Ermentrout's (1989) class I parameters starts firing at zero rate at its saddle-node,
// I = 39.96 uA/cm^2 (type I); with their class II parameters it jumps to about 8 Hz (type II).
//
// Run:     scripts/synfire run scripts/bifurcations.groovy [--param step=0.01] [--param mlStep=0.5] [--param duration=2s]
//          [--out out/bifurcations]
// Writes:  fitzhugh_nagumo.csv (I, rate from rest and from the cycle), fitzhugh_nagumo.png/.svg,
//          morris_lecar.csv (I, rate of class I and class II), morris_lecar.png/.svg,
//          summary.csv (Hopf currents in theory and simulation, the fold, the Morris–Lecar onsets)
double step = param('step', 0.01)                   // FitzHugh–Nagumo's input grid, 0 .. 1.6
double mlStep = param('mlStep', 0.5)                // Morris–Lecar's, 35 .. 100 uA/cm^2
def duration = param('duration', 2.s)
def from = (duration.in(ms) / 2).ms                 // rates over the second half, long after any start-up

// FitzHugh–Nagumo, dimensionless, time in tau = 1 ms.
dt 0.1.ms
def fitzhughNagumo = model('''
    dv/dt = (v - v**3/3 - w + I)/tau : 1
    dw/dt = (v + a - b*w)/tau_w : 1
    I : 1
    a : 1 (shared, constant)
    b : 1 (shared, constant)
    tau : second (shared, constant)
    tau_w : second (shared, constant)
    ''', name: 'fitzhugh_nagumo', threshold: 'v > 1', refractory: 'v > 1', a: 0.7, b: 0.8, tau: 1.ms, tau_w: 12.5.ms)
// The fixed point: the one root of v - v^3/3 - (v + a)/b + I (b < 1), by bisection; w* = (v* + a)/b.
double[] fixedPoint(double current) {
    double lo = -3, hi = 3
    for (int k = 0; k < 60; k++) {
        double mid = (lo + hi) / 2
        if (mid - mid * mid * mid / 3 - (mid + 0.7) / 0.8 + current > 0) lo = mid else hi = mid
    }
    [(lo + hi) / 2, ((lo + hi) / 2 + 0.7) / 0.8] as double[]
}
int n = Math.round(1.6 / step) + 1
double[] currents = (0..<n).collect { step * it } as double[]
def fromRest = group('from_rest', n, fitzhughNagumo)
def fromCycle = group('from_cycle', n, fitzhughNagumo)
def restSpikes = probe spikes(fromRest)
def cycleSpikes = probe spikes(fromCycle)
def sim = build()
[from_rest: 0.01, from_cycle: Double.NaN].each { name, nudge ->
    sim.group(name).set('I', currents, Units.one)
    // From rest: the fixed point nudged by 0.01. From the cycle: v = 2, on the cubic's right branch.
    sim.group(name).set('v', currents.collect { Double.isNaN(nudge) ? 2.0 : fixedPoint(it)[0] + nudge } as double[], Units.one)
    sim.group(name).set('w', currents.collect { fixedPoint(it)[1] } as double[], Units.one)
}
run duration
def restRates = FiCurve.of(currents, Units.one, restSpikes.trains, from, duration)
def cycleRates = FiCurve.of(currents, Units.one, cycleSpikes.trains, from, duration)
double vHopf = Math.sqrt(1 - 0.8 / 12.5)
double[] hopf = [-vHopf, vHopf].collect { double v -> -(v - v * v * v / 3 - (v + 0.7) / 0.8) } as double[]
int onset = (0..<n).find { restRates.rates()[it] > 0 }
int offset = (onset..<n).find { restRates.rates()[it] == 0 } ?: n
int fold = (0..<n).find { cycleRates.rates()[it] > 0 }
def fhnTable = Table.create('fitzhugh_nagumo', DoubleColumn.create('I', currents), DoubleColumn.create('from_rest_Hz', restRates.rates()),
    DoubleColumn.create('from_cycle_Hz', cycleRates.rates()))
save fhnTable, 'fitzhugh_nagumo'
// The whole range, and the hysteresis loop below the first Hopf current.
def named = Table.create('fitzhugh_nagumo', DoubleColumn.create('I', currents), DoubleColumn.create('from rest', restRates.rates()),
    DoubleColumn.create('from the cycle', cycleRates.rates()))
def loop = Plots.line(named.where(named.doubleColumn('I').isBetweenInclusive(hopf[0] - 0.03, hopf[0] + 0.02)), 'I', 'from rest', 'from the cycle')
    .yLabel('rate (Hz)').title('Near the first Hopf bifurcation')
['from rest', 'from the cycle'].each { loop.chart().getSeries(it).setMarker(org.knowm.xchart.style.markers.SeriesMarkers.CIRCLE) }
save Plots.grid(2, Plots.line(named, 'I', 'from rest', 'from the cycle').yLabel('rate (Hz)').title('FitzHugh–Nagumo: from rest and from the cycle'),
    loop), 'fitzhugh_nagumo'

// Morris–Lecar, class I and class II, in uA/cm^2.
startScope()
dt 0.1.ms
def morrisLecar = { Map classParameters -> model([name: 'morris_lecar', threshold: 'v > 0*mV', refractory: 'v > 0*mV',
        C: '20 uF/cm^2', gL: '2 mS/cm^2', gK: '8 mS/cm^2', VL: -60.mV, VCa: 120.mV, VK: -84.mV, V1: -1.2.mV, V2: 18.mV,
        v: -60.mV, w: 0] + classParameters, '''
    dv/dt = (I - gL*(v - VL) - gCa*minf*(v - VCa) - gK*w*(v - VK))/C : volt
    dw/dt = phi*(winf - w)/tauw : 1
    minf = 0.5*(1 + tanh((v - V1)/V2)) : 1
    winf = 0.5*(1 + tanh((v - V3)/V4)) : 1
    tauw = 1/cosh((v - V3)/(2*V4)) : 1
    I : amp/meter**2
    C : farad/meter**2 (shared, constant)
    gL : siemens/meter**2 (shared, constant)
    gCa : siemens/meter**2 (shared, constant)
    gK : siemens/meter**2 (shared, constant)
    VL : volt (shared, constant)
    VCa : volt (shared, constant)
    VK : volt (shared, constant)
    V1 : volt (shared, constant)
    V2 : volt (shared, constant)
    V3 : volt (shared, constant)
    V4 : volt (shared, constant)
    phi : hertz (shared, constant)
    ''') }
def uAcm2 = uA.divide(cm.power(2))
int m = Math.round(65 / mlStep) + 1
double[] mlCurrents = (0..<m).collect { 35 + mlStep * it } as double[]
def classI = group('class_I', m, morrisLecar(gCa: '4 mS/cm^2', V3: 12.mV, V4: 17.4.mV, phi: (1 / 15.0).kHz))
def classII = group('class_II', m, morrisLecar(gCa: '4.4 mS/cm^2', V3: 2.mV, V4: 30.mV, phi: 0.04.kHz))
def spikesI = probe spikes(classI)
def spikesII = probe spikes(classII)
build().group('class_I').set('I', mlCurrents, uAcm2)
build().group('class_II').set('I', mlCurrents, uAcm2)
run duration
def curveI = FiCurve.of(mlCurrents, uAcm2, spikesI.trains, from, duration)
def curveII = FiCurve.of(mlCurrents, uAcm2, spikesII.trains, from, duration)
int onsetI = (0..<m).find { curveI.rates()[it] > 0 }
int onsetII = (0..<m).find { curveII.rates()[it] > 0 }
save Table.create('morris_lecar', DoubleColumn.create('I_uA/cm^2', mlCurrents), DoubleColumn.create('class_I_Hz', curveI.rates()),
    DoubleColumn.create('class_II_Hz', curveII.rates())), 'morris_lecar'
save Plots.grid(2, Plots.fi(curveI).title('Morris–Lecar, class I (saddle-node)'), Plots.fi(curveII).title('Morris–Lecar, class II (Hopf)')),
    'morris_lecar'

def summary = summary()
    .add('hopf_theory', hopf[0])
    .add('hopf_simulated', currents[onset])
    .add('hopf_onset_rate_Hz', restRates.rates()[onset])
    .add('second_hopf_theory', hopf[1])
    .add('last_firing_from_rest', currents[offset - 1])
    .add('fold_of_cycles', currents[fold])
    .add('class_I_onset_uA_per_cm2', mlCurrents[onsetI])
    .add('class_I_onset_rate_Hz', curveI.rates()[onsetI])
    .add('class_II_onset_uA_per_cm2', mlCurrents[onsetII])
    .add('class_II_onset_rate_Hz', curveII.rates()[onsetII])
save summary.table(), 'summary'
print summary
