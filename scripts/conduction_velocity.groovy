// How fast an action potential travels along an unmyelinated axon, against its diameter (Neuronal Dynamics,
// sect. 3.3.1), the script twin of tutorial 11: Hodgkin and Huxley's squid membrane (Ri 35.4 ohm*cm,
// Cm 1 uF/cm^2) on axons of several diameters, all cut into the same 50 um compartments, so that the thinnest
// has the coarsest grid in units of its length constant. Each axon gets a 0.2 ms pulse at one end, scaled with
// its input conductance (d^(3/2)) so that every axon is stimulated alike; the velocity is the distance from 1.5
// to 3.5 cm over the time v takes to rise through -15 mV (50 mV above rest) there. Cable theory says velocity
// grows as sqrt(d): measuring x in length constants, sqrt(d Rm/(4 Ri)), removes d from the cable equation.
// The fitted exponent of velocity against diameter says how well the simulation keeps to that.
//
// Run:     scripts/synfire run scripts/conduction_velocity.groovy [--param diameters=30,50,100,200,300,476,700,1000]
//          [--param celsius=18.5] [--out out/conduction_velocity]
// Writes:  velocity.csv (diameter_um, velocity_m_per_s, sqrt_law_m_per_s), velocity.png/.svg (the velocities and
//          the sqrt law through the widest axon), summary.csv (the fitted exponent, the velocity per diameter)
double[] diameters = param('diameters', '30,50,100,200,300,476,700,1000').split(',').collect { it.trim() as double } as double[]
double celsius = param('celsius', '18.5') as double
int compartments = 1000
if (diameters.length < 2) {
    throw new IllegalArgumentException("conduction_velocity.groovy: --param diameters=${diameters.join(',')} gives one diameter; " +
        'a power law needs two or more, e.g. --param diameters=50,200')
}

dt 5.us
def axons = diameters.collect { double d ->
    def shape = morphology { axon 'axon', length: 5.cm, diameter: d.um, compartments: compartments }
    spatial("axon_${diameters.findIndexOf { it == d }}".toString(), 1, shape, Library.hodgkinHuxleyMembrane(),
            Cm: '1*uF/cm**2', Ri: '35.4*ohm*cm', v: -65.mV, phi: Math.pow(3, (celsius - 6.3) / 10)) {
        at('axon', 0.um) { I = (20 * Math.pow(d / 476, 1.5)).uA }
    }
}
def near = axons.collect { probe state(it.axon[1.5.cm], 'v') }
def far = axons.collect { probe state(it.axon[3.5.cm], 'v') }
run 0.2.ms
axons.each { it.I = [0.uA] * compartments }
run 11.8.ms

double crossing(trace, double d) {
    double[] t = trace.times(ms)
    double[] mv = trace.values('v', 0, mV)
    int k = (1..<mv.length).find { mv[it] >= -15 && mv[it - 1] < -15 } ?: -1
    if (k < 0) {
        throw new IllegalStateException("conduction_velocity.groovy: no action potential reached ${trace.neurons()[0] * 50} um " +
            "of the ${d} um axon in 12 ms; give diameters of 20 um or more")
    }
    t[k - 1] + (-15 - mv[k - 1]) / (mv[k] - mv[k - 1]) * (t[k] - t[k - 1])
}
double[] velocity = (0..<diameters.length).collect { k ->
    def m = axons[k].morphology
    double mm = (m.compartment(far[k].trace.neurons()[0]).distance().in(um) - m.compartment(near[k].trace.neurons()[0]).distance().in(um)) / 1000
    mm / (crossing(far[k].trace, diameters[k]) - crossing(near[k].trace, diameters[k]))     // mm/ms: m/s
} as double[]

// The exponent: the least-squares slope of log velocity against log diameter.
double[] logD = diameters.collect { Math.log(it) } as double[]
double[] logV = velocity.collect { Math.log(it) } as double[]
double meanD = logD.sum() / logD.length, meanV = logV.sum() / logV.length
double exponent = (0..<logD.length).sum { (logD[it] - meanD) * (logV[it] - meanV) } / (0..<logD.length).sum { (logD[it] - meanD) ** 2 }
int widest = (0..<diameters.length).max { diameters[it] }
def name = { double d -> d == Math.rint(d) ? String.valueOf(d as long) : String.valueOf(d) }
def sqrtLaw = { double d -> velocity[widest] * Math.sqrt(d / diameters[widest]) }

def table = Table.create('velocity', DoubleColumn.create('diameter_um', diameters), DoubleColumn.create('velocity_m_per_s', velocity),
    DoubleColumn.create('sqrt_law_m_per_s', diameters.collect { sqrtLaw(it) } as double[]))
save table, 'velocity'
double[] fine = (0..100).collect { diameters.min() + (diameters.max() - diameters.min()) * it / 100 } as double[]
def shown = Table.create('velocity', table.column('diameter_um'), table.column('velocity_m_per_s').copy().setName('simulated'))
save Plots.scatter(shown, 'diameter_um', 'simulated').yLabel('velocity (m/s)')
    .title("Conduction velocity of Hodgkin–Huxley axons at ${celsius} °C".toString())
    .line("√d through the ${name(diameters[widest])} µm axon".toString(), fine, fine.collect { sqrtLaw(it) } as double[]), 'velocity'

def summary = summary().add('exponent', exponent).add('celsius', celsius)
(0..<diameters.length).each { summary.add("velocity_${name(diameters[it])}um_m_per_s".toString(), velocity[it]) }
save summary.table(), 'summary'
print summary
