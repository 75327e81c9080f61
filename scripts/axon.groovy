// An action potential travelling along Hodgkin and Huxley's squid axon (radius 238 um, Ri 35.4 ohm*cm,
// Cm 1 uF/cm^2, 18.5 °C: their own computed velocity is 18.8 m/s), solved as a cable of
// compartments: a space–time map of v, v along the axon at three times, and the velocity from the
// times v rises through -15 mV (50 mV above rest) at 3 and 6 cm (probes at locations,
// axon.axon[3.cm]). Velocity grows as the square root of the diameter: --param diameter=119um halves it.
//
// Run:     scripts/synfire run scripts/axon.groovy [--param diameter=476um] [--param celsius=18.5] [--out out/axon]
// Writes:  axon.csv (t_ms, neuron, compartment, x_um, v_mV, every 50 us), space_time.png/.svg,
//          profiles.png/.svg, summary.csv (velocity_m_per_s, diameter_um, celsius)
def diameter = Quantity.parse(param('diameter', '476 um'))
double celsius = param('celsius', '18.5') as double
int compartments = 1000

dt 5.us
def shape = morphology { axon 'axon', length: 10.cm, diameter: diameter, compartments: compartments }
def axon = spatial('axon', 1, shape, Library.hodgkinHuxleyMembrane(), Cm: '1*uF/cm**2', Ri: '35.4*ohm*cm', v: -65.mV,
        phi: Math.pow(3, (celsius - 6.3) / 10)) {
    at('axon', 0.um) { I = 20.uA }
}
def v = probe state(axon.axon, 'v', every: 50.us)
def near = axon.axon[3.cm]
def far = axon.axon[6.cm]
def atNear = probe state(near, 'v')
def atFar = probe state(far, 'v')
run 0.2.ms
axon.I = [0.uA] * compartments
run 7.8.ms

double crossing(trace) {
    double[] t = trace.times(ms)
    double[] mv = trace.values('v', 0, mV)
    int k = (1..<mv.length).find { mv[it] >= -15 && mv[it - 1] < -15 }
    t[k - 1] + (-15 - mv[k - 1]) / (mv[k] - mv[k - 1]) * (t[k] - t[k - 1])
}
def distance = { location -> axon.morphology.compartment(location.compartments.first()).distance().in(um) }
double velocity = (distance(far) - distance(near)) / 1000 / (crossing(atFar.trace) - crossing(atNear.trace))   // mm/ms: m/s

save table(v), 'axon'
save Plots.spaceTime(v.trace, 'v', shape).title("v along a ${diameter} axon at ${celsius} °C".toString()), 'space_time'
save Plots.alongCable(v.trace, 'v', shape, 1.ms, 2.ms, 3.ms), 'profiles'
def summary = summary()
    .add('velocity_m_per_s', velocity)
    .add('diameter_um', diameter.in(um))
    .add('celsius', celsius)
save summary.table(), 'summary'
print summary
