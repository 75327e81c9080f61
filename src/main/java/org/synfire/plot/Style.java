package org.synfire.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.math.BigDecimal;
import java.math.MathContext;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.HeatMapStyler;
import org.knowm.xchart.style.Styler;

/**
 * The paper-like look every figure starts from: white background, no grid, no box around the
 * legend, sans-serif type large enough to read when the figure is shrunk to a column, and the
 * ten-colour palette of matplotlib's "tab10" (distinct in print and for most colour-blind
 * readers).
 */
final class Style {
    static final Color[] PALETTE = {
        new Color(31, 119, 180), new Color(255, 127, 14), new Color(44, 160, 44), new Color(214, 39, 40),
        new Color(148, 103, 189), new Color(140, 86, 75), new Color(227, 119, 194), new Color(127, 127, 127),
        new Color(188, 189, 34), new Color(23, 190, 207)};
    static final int WIDTH = 640;
    static final int HEIGHT = 400;
    static final BasicStroke LINE = new BasicStroke(1.5f);
    static final BasicStroke DASHED = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0);

    private Style() {
    }

    static Color colour(int k) {
        return PALETTE[Math.floorMod(k, PALETTE.length)];
    }

    /**
     * A numeric tick label as a paper prints it: a leading zero and no digit grouping (0.5, -65,
     * 20000, where XChart's own format writes .5 and 20,000), rounded to 12 significant digits so
     * that floating-point steps read 0.3 rather than 0.30000000000000004, and in powers of ten
     * from a million up and below 0.0001.
     */
    static String tick(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value == 0 ? "0" : String.valueOf(value);
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(12)).stripTrailingZeros();
        double magnitude = Math.abs(value);
        if (magnitude >= 1e6 || magnitude < 1e-4) {
            int exponent = rounded.precision() - rounded.scale() - 1;
            return rounded.movePointLeft(exponent).toPlainString() + "E" + exponent;
        }
        return rounded.toPlainString();
    }

    /**
     * An axis title with its unit as a paper prints it: {@code I (uA/cm^2)} reads {@code I (µA/cm²)},
     * {@code R (Mohm)} reads {@code R (MΩ)}, {@code g (nS*ms)} reads {@code g (nS·ms)}. Only the
     * last parenthesised part is a unit; the rest of the title is left as written. CSV column
     * names keep the ASCII form.
     */
    static String label(String title) {
        int open = title.lastIndexOf('(');
        if (open < 0 || !title.endsWith(")")) {
            return title;
        }
        String inner = title.substring(open + 1, title.length() - 1);
        // Words in parentheses ("(sweeps of N updates)") are prose, not a unit to print.
        if (!UNIT_TEXT.matcher(inner).matches()) {
            return title;
        }
        return title.substring(0, open + 1) + unit(inner) + ")";
    }

    /** A unit symbol in print form: the micro sign, Ω, a middle dot for products, superscript powers. */
    static String unit(String symbol) {
        String out = symbol.replaceAll("(?<![A-Za-z])u(?=[A-Za-z])", "\u00b5").replace("ohm", "\u03a9").replace("*", "\u00b7");
        java.util.regex.Matcher powers = java.util.regex.Pattern.compile("\\^(-?[0-9]+)").matcher(out);
        StringBuilder b = new StringBuilder();
        while (powers.find()) {
            StringBuilder sup = new StringBuilder();
            for (char c : powers.group(1).toCharArray()) {
                sup.append(c == '-' ? '\u207b' : SUPERSCRIPTS.charAt(c - '0'));
            }
            powers.appendReplacement(b, sup.toString());
        }
        return powers.appendTail(b).toString();
    }

    private static final java.util.regex.Pattern UNIT_TEXT = java.util.regex.Pattern.compile("[A-Za-z0-9*/^.%\u00b5\u03a9\u00b7-]+");

    private static final String SUPERSCRIPTS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079";

    static void apply(AxesChartStyler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(true);
        s.setPlotBorderColor(Color.DARK_GRAY);
        s.setPlotGridLinesVisible(false);
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        s.setChartTitleBoxVisible(false);
        s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        s.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        s.setAxisTickMarksColor(Color.DARK_GRAY);
        s.setAxisTickLabelsColor(Color.BLACK);
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        s.setLegendBorderColor(new Color(255, 255, 255, 0));
        s.setLegendBackgroundColor(new Color(255, 255, 255, 200));
        // Heat maps keep their colour scale outside the plot, as XChart requires.
        s.setLegendPosition(s instanceof HeatMapStyler ? Styler.LegendPosition.OutsideE : Styler.LegendPosition.InsideNE);
        s.setChartPadding(12);
        s.setPlotMargin(4);
        s.setSeriesColors(PALETTE);
        s.setMarkerSize(6);
        s.setAntiAlias(true);
        s.setLocale(java.util.Locale.ROOT);
    }
}
