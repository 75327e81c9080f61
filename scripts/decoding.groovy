// Three neural codes, encoded, sent through Synfire neurons and decoded.
// Twenty values in [0, 1] are carried (a) by a firing rate (5 to 50 Hz, counted over 1 s),
// (b) by the time to first spike (25 ms for 0 down to 5 ms for 1) and (c) by the interval
// between spikes (24 ms for 0 down to 4 ms for 1, six spikes). Each input spike fires a relay
// LIF neuron after a synaptic delay of 1 ms plus a random, per-neuron extra of up to
// --param jitter (default 2 ms). The relay's spikes are decoded back.
// What to notice: the latency code is the fastest (one spike, 25 ms) but a per-neuron delay
// shifts it; the interval code needs more spikes but cancels any constant lag; the rate code is
// immune to delays but needs a long window and carries Poisson counting noise.
//
// Run:     scripts/synfire run scripts/decoding.groovy [--param jitter=2ms] [--seed 1] [--out out/decoding]
// Writes:  decoded.csv (code, value, decoded, error), decoded.png/.svg (decoded against true),
//          summary.csv (mean absolute error, resolution and time needed per code)
def jitter = param('jitter', 2.ms)
seed 1
int n = 20
def values = (0..<n).collect { it / (n - 1) } as double[]
def delay = 1.ms
def lag = delay + 0.1.ms        // the delay, and the step in which the relay crosses threshold

def rateCode = new RateCode(1.s).onGrid(0.1.ms)
def latencyCode = new LatencyCode(0, 1, 5.ms, 25.ms)
def intervalCode = new IntervalCode(0, 1, 4.ms, 24.ms, 6)
def onset = 2.ms
def codes = [
    rate    : [encode: { rateCode.encode(values.collect { 5 + 45 * it } as double[], 7, onset) },
               decode: { s -> rateCode.decode(s, onset + lag).collect { (it - 5) / 45 } as double[] },
               runFor: 1.s + 10.ms, resolution: rateCode.resolution(50) / 45, needs: 1.s],
    latency : [encode: { latencyCode.encode(values) }, decode: { s -> latencyCode.decode(s, lag) },
               runFor: 40.ms, resolution: latencyCode.resolution(0.1.ms), needs: 25.ms],
    interval: [encode: { intervalCode.encode(values, onset) }, decode: { s -> intervalCode.decode(s) },
               runFor: 160.ms, resolution: intervalCode.resolution(0.1.ms), needs: 5 * 24.ms]]

def code = [], value = [], decoded = [], error = []
def summary = summary()
codes.each { name, c ->
    startScope()
    def input = spikeSource('input', c.encode())
    def relay = group('relay', n, lif(tref: 0.ms))
    connect input, relay, onPre: 'v_post += 30*mV', rule: oneToOne(), delay: "${delay.in(ms)}*ms + rand()*${jitter.in(ms)}*ms".toString()
    def out = probe spikes(relay)
    run c.runFor
    double[] back = c.decode(out.trains)
    double sum = 0
    for (k in 0..<n) {
        code << name; value << values[k]; decoded << back[k]; error << back[k] - values[k]
        sum += Math.abs(back[k] - values[k])
    }
    summary.add("${name}_mean_abs_error".toString(), sum / n)
        .add("${name}_resolution".toString(), c.resolution)
        .add("${name}_needs_ms".toString(), c.needs.in(ms))
}
def table = Table.create('decoded', StringColumn.create('code', code as String[]), DoubleColumn.create('value', value as double[]),
    DoubleColumn.create('decoded', decoded as double[]), DoubleColumn.create('error', error as double[]))
def wide = Table.create('decoded', DoubleColumn.create('value', values))
codes.keySet().each { name -> wide.addColumns(DoubleColumn.create(name, table.where(table.stringColumn('code').isEqualTo(name)).doubleColumn('decoded').asDoubleArray())) }
save table, 'decoded'
save Plots.line(wide, 'value', *codes.keySet()).title("Decoded against true value (jitter ${jitter})".toString()), 'decoded'
save summary.table(), 'summary'
print summary
