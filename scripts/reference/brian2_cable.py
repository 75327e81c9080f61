#!/usr/bin/python3
"""Reference values of spatial neurons, measured with Brian2's SpatialNeuron, for Synfire's CableTest.

Hodgkin-Huxley axon (Brian2's example compartmental/hh_with_spikes.py, Hodgkin & Huxley 1952: rest
at 0 mV, gNa 120, gK 36, gL 0.3 mS/cm2, ENa 115, EK -12, EL 10.613 mV, Cm 1 uF/cm2, Ri 35.4 ohm*cm),
a cylinder 10 cm long cut into 1,000 compartments, exponential Euler for the gating variables,
dt = 5 us. The rates are multiplied by phi = 3**((T - 6.3)/10) (Q10 = 3, HH's own correction), so
T = 18.5 C is the temperature of HH's computed 18.8 m/s. The axon starts at rest (v = 0, gating
variables at their steady state) and a current of 20 uA enters compartment 0 from 0 to 0.2 ms. The velocity is the distance between the compartments at 3 and 6 cm over the
difference of the times v first rises through 50 mV there (linear interpolation between steps).

Cases: diameter 476 um (HH's squid axon, radius 238 um) at 18.5 C and at 6.3 C, and 119 um (a
quarter: half the velocity if velocity grows as sqrt(diameter)) at 18.5 C.

Dendritic attenuation: a passive ball and stick (soma 20 um; dendrite 1,000 um long, 1 um thick, 100
compartments; gL 0.1 mS/cm2, EL -65 mV, Cm 1 uF/cm2, Ri 100 ohm*cm), dt = 25 us. At t = 1 ms a
synaptic conductance (Is = gs*(Es - v), Es = 0 mV, decaying with tau 2 ms) jumps by 1 nS at 105 um
(proximal) or at 905 um (distal) from the soma; the soma's peak depolarisation (mV) and its time
after the input (ms) are recorded over 40 ms.

Writes src/test/resources/reference/brian2_cable.properties.
Usage: /usr/bin/python3 scripts/reference/brian2_cable.py [--target numpy|cython]
Needs: Debian's python3-brian (apt-get install -y python3-brian).
"""
import argparse
import os

import numpy as np
from brian2 import (Cylinder, Soma, SpatialNeuron, StateMonitor, Network, defaultclock, prefs, ms, us, um, cm, mV, uA,
                    msiemens, uF, ohm, nS)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "src", "test", "resources", "reference", "brian2_cable.properties")

EQS = '''
Im = gl * (El-v) + gNa * m**3 * h * (ENa-v) + gK * n**4 * (EK-v) : amp/meter**2
dm/dt = phi * (alpham * (1-m) - betam * m) : 1
dn/dt = phi * (alphan * (1-n) - betan * n) : 1
dh/dt = phi * (alphah * (1-h) - betah * h) : 1
alpham = (0.1/mV) * 10*mV/exprel((-v+25*mV)/(10*mV))/ms : Hz
betam = 4 * exp(-v/(18*mV))/ms : Hz
alphah = 0.07 * exp(-v/(20*mV))/ms : Hz
betah = 1/(exp((-v+30*mV) / (10*mV)) + 1)/ms : Hz
alphan = (0.01/mV) * 10*mV/exprel((-v+10*mV)/(10*mV))/ms : Hz
betan = 0.125*exp(-v/(80*mV))/ms : Hz
gNa : siemens/meter**2
I : amp (point current)
'''


# The gating variables at rest (v = 0): x_inf = alpha/(alpha + beta), so the axon starts at rest.
M_REST = 0.052932
H_REST = 0.596121
N_REST = 0.317677
STIMULUS = 20 * uA
PULSE = 0.2 * ms


def crossing(t, v, level):
    k = np.argmax(v >= level)
    return t[k - 1] + (level - v[k - 1]) / (v[k] - v[k - 1]) * (t[k] - t[k - 1])


def velocity(diameter, celsius, duration):
    defaultclock.dt = 5 * us
    morpho = Cylinder(length=10 * cm, diameter=diameter, n=1000, type='axon')
    namespace = dict(El=10.613 * mV, ENa=115 * mV, EK=-12 * mV, gl=0.3 * msiemens / cm ** 2, gK=36 * msiemens / cm ** 2,
                     phi=3 ** ((celsius - 6.3) / 10))
    neuron = SpatialNeuron(morphology=morpho, model=EQS, method="exponential_euler", Cm=1 * uF / cm ** 2,
                           Ri=35.4 * ohm * cm, namespace=namespace)
    neuron.v = 0 * mV
    neuron.m = M_REST
    neuron.h = H_REST
    neuron.n = N_REST
    neuron.gNa = 120 * msiemens / cm ** 2
    far = [int(round(0.3 * 1000 - 0.5)), int(round(0.6 * 1000 - 0.5))]
    monitor = StateMonitor(neuron, 'v', record=far)
    net = Network(neuron, monitor)
    neuron.I[0] = STIMULUS
    net.run(PULSE)
    neuron.I[0] = 0 * uA
    net.run(duration - PULSE)
    t = monitor.t / ms
    t1 = crossing(t, monitor.v[0] / mV, 50)
    t2 = crossing(t, monitor.v[1] / mV, 50)
    x = (np.array(far) + 0.5) * 0.1  # mm
    return (x[1] - x[0]) / (t2 - t1)  # mm/ms = m/s


def attenuation(distance):
    defaultclock.dt = 25 * us
    morpho = Soma(diameter=20 * um)
    morpho.dend = Cylinder(length=1000 * um, diameter=1 * um, n=100)
    eqs = '''
    Im = gL*(EL - v) : amp/meter**2
    Is = gs*(Es - v) : amp (point current)
    dgs/dt = -gs/taus : siemens
    '''
    namespace = dict(gL=0.1 * msiemens / cm ** 2, EL=-65 * mV, Es=0 * mV, taus=2 * ms)
    neuron = SpatialNeuron(morphology=morpho, model=eqs, method="exponential_euler", Cm=1 * uF / cm ** 2,
                           Ri=100 * ohm * cm, namespace=namespace)
    neuron.v = -65 * mV
    monitor = StateMonitor(neuron, 'v', record=[0])
    net = Network(neuron, monitor)
    net.run(1 * ms)
    target = morpho.dend.indices[distance]
    neuron.gs[target] = 1 * nS
    net.run(40 * ms)
    v = monitor.v[0] / mV + 65
    k = int(np.argmax(v))
    return v[k], monitor.t[k] / ms - 1, int(target)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--target", default="numpy")
    args = parser.parse_args()
    prefs.codegen.target = args.target
    values = {
        "hh.velocity.476um.18_5C": velocity(476 * um, 18.5, 6 * ms),
        "hh.velocity.476um.6_3C": velocity(476 * um, 6.3, 10 * ms),
        "hh.velocity.119um.18_5C": velocity(119 * um, 18.5, 10 * ms),
    }
    for name, distance in (("proximal", 105 * um), ("distal", 905 * um)):
        peak, when, target = attenuation(distance)
        values["attenuation.%s.compartment" % name] = target
        values["attenuation.%s.peak_mV" % name] = peak
        values["attenuation.%s.time_to_peak_ms" % name] = when
    with open(OUT, "w") as f:
        f.write("# Written by scripts/reference/brian2_cable.py (Brian2 SpatialNeuron, target %s); velocities in m/s\n" % args.target)
        for k, v in values.items():
            f.write("%s=%.6g\n" % (k, v))
    for k, v in values.items():
        print(k, "%.4f" % v)


if __name__ == "__main__":
    main()
