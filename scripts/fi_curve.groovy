// f–I curves: the firing rate of a neuron against the constant current that drives it.
// Leaky integrate-and-fire (type I: the rate rises continuously from zero at the rheobase) is
// compared with its analytic curve 1/(tref + tau ln((R I + El - Vr)/(R I + El - theta)));
// Hodgkin–Huxley (1952, type II) jumps from silence to about 50 Hz at 6.3 uA/cm^2 (Rinzel &
// Miller 1980), because repetitive firing starts through a Hopf bifurcation, not at zero rate.
//
// Run:     scripts/synfire run scripts/fi_curve.groovy [--param neurons=40] [--out out/fi_curve]
// Writes:  lif_fi.csv, hh_fi.csv (current, measured rate, and for LIF the theory),
//          lif_fi.png/.svg, hh_fi.png/.svg, summary.csv (largest LIF error, HH onset current and rate)
int n = param('neurons', 40)
def duration = param('duration', 2.s)
def from = 200.ms     // rates after the first spikes, once the phase no longer matters

// LIF: currents 0 .. 0.6 nA, one neuron each.
def lifModel = lif()
def lifCurrents = (0..<n).collect { 0.6 * it / (n - 1) } as double[]
def cells = group('lif', n, lifModel, I: "i*${0.6 / (n - 1)}*nA".toString())
def lifSpikes = probe spikes(cells)
run duration
def p = lifModel.defaults()
def measured = FiCurve.of(lifCurrents, nA, lifSpikes.trains, from, duration)
def theory = FiCurve.lif(lifCurrents, nA, p.R, p.tau, p.El, p.theta, p.Vr, p.tref)
double worst = (0..<n).collect { Math.abs(measured.rates()[it] - theory.rates()[it]) }.max()

// Hodgkin–Huxley: 0 .. 12 uA/cm^2 at dt = 0.01 ms, which its rate functions need.
startScope()
dt 0.01.ms
def hhCurrents = (0..<n).collect { 12.0 * it / (n - 1) } as double[]
def axons = group('hh', n, hodgkinHuxley(), I: "i*${12.0 / (n - 1)}*uA/cm**2".toString())
def hhSpikes = probe spikes(axons)
run duration
def uAcm2 = uA.divide(cm.power(2))
def hh = FiCurve.of(hhCurrents, uAcm2, hhSpikes.trains, from, duration)
int onset = (0..<n).find { hh.rates()[it] > 1 } ?: -1

def lifTable = Table.create('lif_fi', DoubleColumn.create('I_nA', lifCurrents), DoubleColumn.create('rate_Hz', measured.rates()),
    DoubleColumn.create('theory_Hz', theory.rates()))
def hhTable = Table.create('hh_fi', DoubleColumn.create('I_uA/cm^2', hhCurrents), DoubleColumn.create('rate_Hz', hh.rates()))
save lifTable, 'lif_fi'
save hhTable, 'hh_fi'
save Plots.fi(measured, theory).title('LIF: simulated and analytic'), 'lif_fi'
save Plots.fi(hh).title('Hodgkin–Huxley (type II)'), 'hh_fi'
def summary = summary()
    .add('lif_max_error_Hz', worst)
    .add('hh_onset_uA_per_cm2', onset < 0 ? Double.NaN : hhCurrents[onset])
    .add('hh_onset_rate_Hz', onset < 0 ? 0 : hh.rates()[onset])
    .add('hh_rate_below_onset_Hz', onset > 0 ? hh.rates()[onset - 1] : Double.NaN)
save summary.table(), 'summary'
print summary
