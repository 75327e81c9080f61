package org.synfire.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synfire.units.Units.ms;
import static org.synfire.units.Units.second;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.synfire.analysis.Intervals;
import org.synfire.analysis.Siegert;
import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.NeuronModel;
import org.synfire.model.Probe;
import org.synfire.model.SpikeProbeSpec;
import org.synfire.probe.SpikeTrains;
import org.synfire.sim.Simulation;
import org.synfire.units.Units;

/**
 * White noise ({@code xi}) against theory: the Ornstein–Uhlenbeck process, the leaky
 * integrate-and-fire neuron in the diffusion approximation (Siegert's first-passage-time rate),
 * and the strong convergence order of Euler–Maruyama and Milstein on geometric Brownian motion.
 * Each tolerance is a few standard errors of the estimate, given in the test.
 */
@Tag("statistical")
class StochasticTest {

    @Test
    void anOrnsteinUhlenbeckProcessHasItsStationaryMeanVarianceAndCorrelationTime() {
        int n = 4000;
        double tau = 10e-3;
        Network net = Network.create().seed(3);
        net.group("ou", n, NeuronModel.of("ou", "dx/dt = -x/tau + sigma*sqrt(2/tau)*xi : 1\ntau : second (shared)\nsigma : 1 (shared)")
            .with("tau", "10 ms").with("sigma", "1"));
        Simulation sim = Simulation.build(net).run(ms.of(60));
        assertEquals("euler", sim.report().group("ou").method());
        int samples = 200;
        double[][] x = new double[samples][];
        for (int s = 0; s < samples; s++) {
            x[s] = sim.group("ou").valuesSi("x");
            sim.run(ms.of(1));
        }
        double sum = 0;
        double squares = 0;
        for (double[] row : x) {
            for (double v : row) {
                sum += v;
                squares += v * v;
            }
        }
        double count = (double) n * samples;
        double mean = sum / count;
        double variance = squares / count - mean * mean;
        // Samples 1 ms apart are correlated over tau = 10 ms: about n * 200 ms / (2 tau) = 40,000
        // independent values, so the mean has a standard error of 0.005 and the variance of 0.007.
        // Euler–Maruyama's stationary variance is sigma^2 / (1 - dt/(2 tau)) = 1.005 at dt = 0.1 ms.
        assertEquals(0, mean, 0.025, "stationary mean");
        assertEquals(1 / (1 - 0.1e-3 / (2 * tau)), variance, 0.035, "stationary variance sigma^2");
        double lagged = 0;
        int pairs = 0;
        for (int s = 0; s + 10 < samples; s++) {
            for (int k = 0; k < n; k++) {
                lagged += x[s][k] * x[s + 10][k];
                pairs++;
            }
        }
        double correlation = (lagged / pairs - mean * mean) / variance;
        // At a lag of tau the correlation is e^-1 (Euler–Maruyama: 0.99^100 = 0.366), with a standard error near 0.006.
        assertEquals(Math.pow(1 - 0.1e-3 / tau, 100), correlation, 0.03, "autocorrelation at a lag of tau");
    }

    /**
     * The noisy LIF's rate against Siegert's formula (Ricciardi), corrected for a threshold that
     * is checked once a step: a path sampled every dt crosses it as a continuous one crosses a
     * threshold higher by {@code 0.5826·s}, s the standard deviation of one step's noise
     * (Broadie, Glasserman and Kou 1997, {@code 0.5826 = −zeta(1/2)/sqrt(2 pi)}). Each rate comes
     * from about 10,000 spikes (1,000 neurons for 1 s), a standard error below 1.5 % at a CV near 1.
     */
    @Test
    void aNoisyLifFiresAtTheSiegertRate() {
        double tau = 20e-3;
        double theta = 20e-3;
        double reset = 10e-3;
        double refractory = 2e-3;
        double dt = 0.05e-3;
        double[][] inputs = {{15e-3, 5e-3}, {18e-3, 2e-3}, {22e-3, 3e-3}, {10e-3, 8e-3}};
        for (double[] input : inputs) {
            double mu = input[0];
            double sigma = input[1];
            SpikeTrains spikes = noisyLif(mu, sigma, dt, 1000, 1.0);
            double rate = spikes.count() / 1000.0;
            double shift = 0.5826 * sigma * Math.sqrt(2 * dt / tau);
            double expected = Siegert.rate(Units.volt.of(mu), Units.volt.of(sigma), second.of(tau), Units.volt.of(theta + shift),
                Units.volt.of(reset), second.of(refractory)).si();
            assertEquals(expected, rate, 0.05 * expected, "mu " + mu * 1e3 + " mV, sigma " + sigma * 1e3 + " mV");
        }
    }

    /**
     * The intervals' CV against Brunel's formula: near 1 (Poisson) far below threshold, lower as
     * the mean input nears and passes it. Each CV pools about 5,000 intervals of 200 neurons over
     * 5 s (standard error near 0.01; the window is 25 mean intervals long, so truncating the
     * longest ones hardly biases it).
     */
    @Test
    void theIntervalsApproachPoissonAtLowRates() {
        double[][] inputs = {{10e-3, 6e-3}, {18e-3, 2e-3}, {22e-3, 3e-3}};
        double previous = 2;
        for (double[] input : inputs) {
            SpikeTrains spikes = noisyLif(input[0], input[1], 0.05e-3, 200, 5.0);
            double cv = Intervals.cv(Intervals.of(spikes, ms));
            double expected = Siegert.cv(Units.volt.of(input[0]), Units.volt.of(input[1]), ms.of(20), Units.mV.of(20),
                Units.mV.of(10), ms.of(2));
            assertEquals(expected, cv, 0.05, "CV at mu " + input[0] * 1e3 + " mV, sigma " + input[1] * 1e3 + " mV");
            assertTrue(cv < previous, "the CV falls as the drive rises");
            previous = cv;
        }
    }

    private static SpikeTrains noisyLif(double mu, double sigma, double dt, int n, double seconds) {
        Network net = Network.create().seed(11).dt(ms.of(dt * 1e3));
        NeuronModel lif = NeuronModel.of("noisy_lif", """
                dv/dt = (mu - v)/tau + sigma*sqrt(2/tau)*xi : volt (unless refractory)
                mu : volt (shared)
                sigma : volt (shared)
                tau : second (shared, constant)
                """).threshold("v > 20*mV").reset("v = 10*mV").refractory(ms.of(2))
            .with("mu", mu * 1e3 + " mV").with("sigma", sigma * 1e3 + " mV").with("tau", "20 ms").with("v", "10 mV");
        GroupSpec g = net.group("lif", n, lif);
        SpikeProbeSpec probe = net.probe(Probe.spikes(g));
        return Simulation.build(net).run(second.of(seconds)).data(probe);
    }

    /**
     * Geometric Brownian motion {@code dX = a·X dt + b·X dW} has the Itô solution
     * {@code X(T) = X(0)·exp((a − b²/2)·T + b·W(T))}; a second variable integrates the same
     * noise, {@code dW/dt = xi}, so each path's exact value is known. The mean error over 2,000
     * paths halves with dt for Milstein (order 1) and falls by √2 for Euler–Maruyama (order 0.5);
     * the fitted orders have a standard error near 0.03.
     */
    @Test
    void eulerMaruyamaAndMilsteinConvergeAtTheirStrongOrders() {
        assertEquals(0.5, order("euler"), 0.15, "Euler–Maruyama");
        assertEquals(1.0, order("milstein"), 0.15, "Milstein");
    }

    private static double order(String method) {
        double[] steps = {1.0 / 32, 1.0 / 64, 1.0 / 128, 1.0 / 256};
        double[] errors = new double[steps.length];
        for (int k = 0; k < steps.length; k++) {
            Network net = Network.create().seed(5).dt(second.of(steps[k]));
            NeuronModel gbm = NeuronModel.of("gbm", """
                    dX/dt = a*X + b*X*xi : 1
                    dW/dt = xi : second**0.5
                    a : hertz (shared)
                    b : second**-0.5 (shared)
                    """).with("a", "1.5 Hz").with("b", "1 second**-0.5").with("X", "1").method(method);
            net.group("paths", 2000, gbm);
            Simulation sim = Simulation.build(net).run(second.of(1));
            assertEquals(method, sim.report().group("paths").method());
            double[] x = sim.group("paths").valuesSi("X");
            double[] w = sim.group("paths").valuesSi("W");
            double sum = 0;
            for (int p = 0; p < x.length; p++) {
                sum += Math.abs(x[p] - Math.exp((1.5 - 0.5) * 1 + w[p]));
            }
            errors[k] = sum / x.length;
        }
        double meanLogStep = 0;
        double meanLogError = 0;
        for (int k = 0; k < steps.length; k++) {
            meanLogStep += Math.log(steps[k]) / steps.length;
            meanLogError += Math.log(errors[k]) / steps.length;
        }
        double covariance = 0;
        double variance = 0;
        for (int k = 0; k < steps.length; k++) {
            covariance += (Math.log(steps[k]) - meanLogStep) * (Math.log(errors[k]) - meanLogError);
            variance += Math.pow(Math.log(steps[k]) - meanLogStep, 2);
        }
        return covariance / variance;
    }

    @Test
    void aRandomSubexpressionIsOneDrawPerNeuronAndStepWhereverItIsUsed() {
        Network net = Network.create().seed(8);
        net.group("g", 50, NeuronModel.of("twice", """
                dv/dt = z/ms : 1
                dw/dt = z/ms : 1
                z = randn() : 1
                """).method("euler"));
        Simulation sim = Simulation.build(net).run(ms.of(5));
        double[] v = sim.group("g").valuesSi("v");
        assertArrayEquals(v, sim.group("g").valuesSi("w"), "both equations read the same z");
        assertTrue(v[0] != 0 && v[0] != v[1], "and z is random, per neuron");
    }
}
