package org.synfire.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.synfire.connectivity.Connect;
import org.synfire.model.library.Library;
import org.synfire.units.Units;

/** A network printed in JShell or a notebook says what it holds. */
class NetworkDescriptionTest {

    @Test
    void aNetworkPrintsItsPartsOnePerLine() {
        Network net = Network.create().seed(7);
        GroupSpec exc = net.group("exc", 3200, Library.lif());
        GroupSpec input = net.group("input", 100, Library.poisson(Units.Hz.of(5)));
        net.connect("in_exc", input, exc.slice(0, 1600), SynapseModel.onSpike("v += 0.5*mV"), Connect.probability(0.1));
        net.probe(Probe.spikes(exc));
        assertEquals("""
            Network (dt 0.1 ms, seed 7, 3,300 neurons)
              group exc (3,200 × lif)
              group input (100 × poisson)
              projection in_exc (input → exc[0:1600], synapse, probability 0.1)
              probes: spikes_exc of exc""", net.toString());
    }
}
