package org.synfire.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synfire.units.Units.um;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.synfire.model.morphology.Morphology;
import org.synfire.units.Units;

/**
 * Morphology figures: the chart model (legend by section type, hidden axes), one value per
 * compartment, and refusals. With {@code -Dsynfire.plots=DIR} the figures are also written there
 * as PNG for a look.
 */
class MorphologyPlotTest {
    private static final Morphology SWC = Morphology.readSwc(Path.of("src/test/resources/morphology/ball_and_stick.swc"));

    /** Writes the figure as PNG under {@code -Dsynfire.plots=DIR}, for a look. */
    static void keep(Figure f, String name) {
        String dir = System.getProperty("synfire.plots");
        if (dir != null) {
            f.save(Path.of(dir, name + ".png"));
        }
    }

    @Test
    void sectionTypesGetALegendEntryEachAndTheAxesStandDownForAScaleBar() {
        Figure f = Plots.morphology(SWC);
        XYChart chart = (XYChart) f.chart();
        assertEquals(List.of(Figure.HIDDEN, "soma", "axon", "dendrite", "apical"), chart.getSeriesCollection().stream().map(org.knowm.xchart.XYSeries::getName).toList());
        assertFalse(chart.getStyler().isXAxisTicksVisible());
        assertFalse(chart.getStyler().isYAxisTicksVisible());
        assertTrue(chart.getStyler().getXAxisMin() < -360 && chart.getStyler().getXAxisMax() > 160, "the axon and the dendrite fit");
        BufferedImage image = f.image();
        assertEquals(f.width(), image.getWidth());
        assertTrue(painted(image), "the neuron is drawn");
        keep(f, "morphology_types");
    }

    @Test
    void oneValuePerCompartmentColoursTheShape() {
        Morphology built = Morphology.builder().soma(um.of(20))
            .dendrite("d", s -> s.length(um.of(300)).diameter(um.of(2)).compartments(30)
                .dendrite("d1", c -> c.length(um.of(150)).diameter(um.of(1)).compartments(15))
                .dendrite("d2", c -> c.length(um.of(150)).diameter(um.of(1)).compartments(15)))
            .axon("axon", s -> s.length(um.of(400)).diameter(um.of(1)).compartments(40))
            .build();
        double[] v = new double[built.size()];
        double[] distance = built.distances(um);
        for (int i = 0; i < v.length; i++) {
            v[i] = -65 + 20 * Math.exp(-distance[i] / 150);
        }
        Figure f = Plots.morphology(built, "v", v, Units.mV);
        XYChart chart = (XYChart) f.chart();
        assertFalse(chart.getStyler().isLegendVisible(), "the colour bar stands for the values");
        assertTrue(painted(f.image()));
        assertTrue(f.svg().length > 0);
        assertEquals(new Color(68, 1, 84), MorphologyPlot.viridis(0));
        assertEquals(new Color(253, 231, 37), MorphologyPlot.viridis(1));
        keep(f, "morphology_values");
    }

    @Test
    void valuesMustMatchTheCompartments() {
        PlotException e = assertThrows(PlotException.class, () -> Plots.morphology(SWC, "v", new double[3], Units.mV));
        assertEquals("Plots.morphology: 3 values for 12 compartments; give one per compartment, in compartment order", e.getMessage());
        double[] v = new double[12];
        v[4] = Double.NaN;
        e = assertThrows(PlotException.class, () -> Plots.morphology(SWC, "v", v, Units.mV));
        assertEquals("Plots.morphology: the value of compartment 4 is NaN; give finite values", e.getMessage());
    }

    /** Whether the image has a saturated pixel: the drawing, not only the black scale bar and white ground. */
    private static boolean painted(BufferedImage image) {
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                Color c = new Color(image.getRGB(x, y));
                if (Math.max(c.getRed(), Math.max(c.getGreen(), c.getBlue())) - Math.min(c.getRed(), Math.min(c.getGreen(), c.getBlue())) > 60) {
                    return true;
                }
            }
        }
        return false;
    }
}
