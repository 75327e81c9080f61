package org.synfire.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.synfire.units.Units;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class DisplaysTest {
    private static Renderer renderer() {
        Renderer renderer = new Renderer();
        Displays.register(renderer);
        return renderer;
    }

    private static DisplayData render(Object value) {
        return renderer().render(value);
    }

    private static Table rows(int n) {
        int[] neuron = new int[n];
        double[] rate = new double[n];
        for (int k = 0; k < n; k++) {
            neuron[k] = k;
            rate[k] = k * 0.5;
        }
        return Table.create("rates", IntColumn.create("neuron", neuron), DoubleColumn.create("rate_Hz", rate));
    }

    @Test
    void shortTableShowsEveryRowAsHtmlAndText() {
        DisplayData d = render(rows(3));
        String html = (String) d.getData(MIMEType.TEXT_HTML);
        String text = (String) d.getData(MIMEType.TEXT_PLAIN);
        assertTrue(html.contains("<th>rate_Hz</th>"), html);
        assertEquals(3 + 1, html.split("<tr>", -1).length - 1, html);
        assertTrue(html.contains("3 rows × 2 columns"), html);
        assertTrue(text.contains("neuron  rate_Hz"), text);
        assertTrue(text.endsWith("3 rows × 2 columns"), text);
    }

    @Test
    void longTableShowsHeadAndTailWithTheRowCount() {
        DisplayData d = render(rows(1000));
        String html = (String) d.getData(MIMEType.TEXT_HTML);
        String text = (String) d.getData(MIMEType.TEXT_PLAIN);
        assertEquals(1 + 2 * TableView.EDGE_ROWS + 1, html.split("<tr>", -1).length - 1, html);
        assertTrue(html.contains("<td>4</td>") && html.contains("<td>995</td>") && html.contains("<td>999</td>"), html);
        assertFalse(html.contains("<td>5</td>") || html.contains("<td>994</td>"), html);
        assertTrue(html.contains("<td>…</td>") && html.contains("1000 rows × 2 columns"), html);
        assertTrue(text.contains("…") && text.contains("999") && !text.contains("500"), text);
    }

    @Test
    void decimalCellsShowSixSignificantDigitsAndTheTableKeepsThemAll() {
        Table t = Table.create("f-I", tech.tablesaw.api.DoubleColumn.create("rate_Hz", 12.345678901234, 0.30000000000000004, 300.0,
            1.5e-7, 2.5e6, -0.000123456789, Double.NaN));
        String text = (String) render(t).getData(MIMEType.TEXT_PLAIN);
        for (String shown : new String[] {"12.3457", "0.3", "300", "1.5e-07", "2.5e+06", "-0.000123457"}) {
            assertTrue(text.contains(shown + "\n"), shown + " in\n" + text);
        }
        assertFalse(text.contains("0.30000000000000004") || text.contains("300.0"), text);
        assertEquals(12.345678901234, t.doubleColumn("rate_Hz").get(0), 0, "the table keeps every digit");
        assertEquals("0.3", TableView.number(0.30000000000000004));
        assertEquals("0", TableView.number(0.0));
    }

    @Test
    void tableCellsAreEscaped() {
        Table t = Table.create("t", tech.tablesaw.api.StringColumn.create("s", "<b>&</b>"));
        String html = (String) render(t).getData(MIMEType.TEXT_HTML);
        assertTrue(html.contains("&lt;b&gt;&amp;&lt;/b&gt;"), html);
    }

    @Test
    void chartIsPngAndSvgWhenAskedFor() throws Exception {
        XYChart chart = new XYChartBuilder().width(320).height(200).title("v").build();
        chart.addSeries("v", new double[] {0, 1, 2}, new double[] {-70, -60, -65});
        DisplayData d = render(chart);
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode((String) d.getData(MIMEType.IMAGE_PNG))));
        assertEquals(320, png.getWidth());
        assertEquals(200, png.getHeight());
        assertEquals(null, d.getData(MIMEType.IMAGE_SVG), "PNG only unless SVG is asked for: nbconvert's HTML export would blank it");
        String svg = (String) renderer().renderAs(chart, MIMEType.IMAGE_SVG.toString()).getData(MIMEType.IMAGE_SVG);
        assertTrue(svg.startsWith("<svg"), "an element a page can hold, no XML declaration: " + svg.substring(0, Math.min(200, svg.length())));
        assertTrue(((String) d.getData(MIMEType.TEXT_PLAIN)).contains("XYChart 'v'"));
    }

    @Test
    void networkIsASummaryOfPopulationsAndConnections() {
        org.synfire.model.Network net = org.synfire.model.Network.create().seed(7);
        var exc = net.group("exc", 80, org.synfire.model.library.Library.lif());
        net.group("inh", 20, org.synfire.model.library.Library.lif());
        net.poissonInput("drive", exc, "v", 10, Units.Hz.of(5), Units.mV.of(1));
        DisplayData d = render(net);
        String html = (String) d.getData(MIMEType.TEXT_HTML);
        assertTrue(html.contains("seed 7") && html.contains("<td>exc</td><td>80</td>") && html.contains("<td>inh</td><td>20</td>"), html);
        assertTrue(html.contains("10 Poisson sources at"), html);
        String text = (String) d.getData(MIMEType.TEXT_PLAIN);
        assertTrue(text.startsWith("Network: dt ") && text.contains("2 populations"), text);
    }

    @Test
    void quantityIsItsTextWithUnits() {
        assertEquals(Units.ms.of(5).toString(), render(Units.ms.of(5)).getData(MIMEType.TEXT_PLAIN));
        assertTrue(Units.ms.of(5).toString().contains("ms"));
    }

    @Test
    void progressLineFillsWithSimulatedTime() {
        assertEquals("[##########..........]  50%  t = " + Units.ms.of(50) + " of " + Units.ms.of(100),
            ProgressLine.format(Units.ms.of(50), Units.ms.of(100)));
    }
}
