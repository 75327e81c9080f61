// Dendritic attenuation on ball-and-stick neurons driven by a point neuron: a LIF neuron fires
// regularly and drives two passive ball-and-stick cells through the same conductance synapse, placed
// on cell 0's dendrite near the soma and on cell 1's far out (synapses at a location:
// connect lif, cells.dend[100.um]; j counts the neurons there). The distal input arrives at the soma
// smaller and later, as cable theory says and Brian2's SpatialNeuron computes (CableSynapseTest).
// The dendrite is given no compartment count, so spatial cuts it by NEURON's d_lambda rule (0.1 of
// the length constant at 100 Hz); the build report says how.
//
// Run:     scripts/synfire run scripts/ball_and_stick.groovy [--param proximal=100um] [--param distal=700um]
//          [--out out/ball_and_stick]
// Writes:  soma.csv (t_ms, neuron, compartment, x_um, v_mV: both somas), soma.png/.svg,
//          dendrite.csv (v along the distal cell's dendrite), space_time.png/.svg,
//          morphology.png/.svg (the distal cell coloured by v when its synapse peaks), summary.csv
//          (peaks and times to peak at the soma, their ratio, the compartments the rule chose)
def proximal = Quantity.parse(param('proximal', '100 um'))
def distal = Quantity.parse(param('distal', '700 um'))

dt 25.us
def cell = morphology {
    soma diameter: 20.um
    dendrite 'dend', length: 1.mm, diameter: 1.um
}
// A passive membrane (length constant 500 um) with a synaptic conductance at each compartment, in amperes there.
def synaptic = model('''
    Im = gL*(EL - v) : amp/meter**2
    Is = gs*(Es - v) : amp (point current)
    dgs/dt = -gs/taus : siemens
    gL : siemens/meter**2 (constant)
    EL : volt (constant)
    Es : volt (constant)
    taus : second (constant)''', method: 'exponential_euler')
def cells = spatial('cells', 2, cell, synaptic, Cm: '1*uF/cm**2', Ri: '100*ohm*cm', gL: '0.1*mS/cm**2', EL: -65.mV, Es: 0.mV,
        taus: 2.ms, v: -65.mV)
def driver = group('driver', 1, lif(I: 0.16.nA))

connect driver, cells.dend[proximal], name: 'proximal', condition: 'j == 0', onPre: 'gs_post += 2*nS'
connect driver, cells.dend[distal], name: 'distal', condition: 'j == 1', onPre: 'gs_post += 2*nS'

def spikes = probe spikes(driver)
def soma = probe state(cells.soma, 'v')
def dendrite = probe state(cells.dend, 'v', neurons: 1, every: 0.1.ms)
run 60.ms
println report()

// The first input's EPSP at each soma: its peak above the value at the input, and when.
double[] t = soma.trace.times(ms)
double[] input = spikes.trains.times(ms)
def epsp = { int position ->
    double[] v = soma.trace.values('v', position, mV)
    int from = (0..<t.length).find { t[it] >= input[0] }
    int to = (0..<t.length).find { t[it] >= input[1] } ?: t.length
    int peak = (from..<to).max { v[it] }
    [v[peak] - v[from], t[peak] - input[0]]
}
def (near, nearTime) = epsp(0)
def (far, farTime) = epsp(1)
double peakTime = input[0] + farTime

save table(soma), 'soma'
save table(dendrite), 'dendrite'
def wide = Table.create('soma', DoubleColumn.create('t_ms', t),
    DoubleColumn.create("input at ${proximal}".toString(), soma.trace.values('v', 0, mV)),
    DoubleColumn.create("input at ${distal}".toString(), soma.trace.values('v', 1, mV)))
save Plots.line(wide, 't_ms', wide.columnNames()[1], wide.columnNames()[2]).yLabel('v at the soma (mV)'), 'soma'
save Plots.spaceTime(dendrite.trace, 'v', cells.morphology).title("cell 1: input at ${distal}".toString()), 'space_time'
save Plots.morphology(dendrite.trace, 'v', cells.morphology, Quantity.parse("${input[0] + 1} ms")), 'morphology'

def summary = summary()
    .add('proximal_um', proximal.in(um))
    .add('distal_um', distal.in(um))
    .add('proximal_peak_mV', near)
    .add('distal_peak_mV', far)
    .add('attenuation', far / near)
    .add('proximal_time_to_peak_ms', nearTime)
    .add('distal_time_to_peak_ms', farTime)
    .add('dend_compartments', cells.morphology.section('dend').compartments())
save summary.table(), 'summary'
print summary
