package org.synfire.plot;

/**
 * Sizes and type for where a figure goes. A figure is laid out in points (1/72 inch) at its
 * size in inches, with type in points as a journal asks for it, and a PNG is rendered at the
 * preset's resolution (and says so in its metadata), so it prints at the intended size; SVG is
 * resolution-free.
 *
 * <pre>{@code
 * Plots.raster(sim.data(exc)).print(Print.COLUMN).save("fig1.png");      // 3.5 × 2.6 in at 300 dpi
 * Plots.trace(sim.data(v), "v").print(Print.SLIDE).save("talk/v.png");   // 10 × 5.6 in at 150 dpi
 * }</pre>
 *
 * @param widthInches  the figure's width
 * @param heightInches its height
 * @param dpi          PNG pixels per inch
 * @param tickPoints   tick labels and legend, in points
 * @param titlePoints  axis titles, in points (the chart title one point larger)
 * @param linePoints   the width of data lines, in points
 */
public record Print(double widthInches, double heightInches, int dpi, float tickPoints, float titlePoints, float linePoints) {

    /** One column of a two-column journal page: 3.5 × 2.6 in at 300 dpi, 8-point ticks, 9-point titles. */
    public static final Print COLUMN = new Print(3.5, 2.6, 300, 8, 9, 1);
    /** Across a journal page: 7 × 3.5 in at 300 dpi. */
    public static final Print PAGE = new Print(7, 3.5, 300, 8, 9, 1);
    /** A 16:9 slide: 10 × 5.6 in at 150 dpi, type large enough to read from the back of a room. */
    public static final Print SLIDE = new Print(10, 5.6, 150, 16, 18, 2.5f);

    /**
     * A preset of one's own.
     *
     * @param widthInches  the figure's width, 1 to 50
     * @param heightInches its height, 1 to 50
     * @param dpi          PNG pixels per inch, 30 to 2400
     * @param tickPoints   tick labels and legend, in points, at least 4
     * @param titlePoints  axis titles, in points, at least 4
     * @param linePoints   the width of data lines, in points, positive
     * @throws PlotException naming the value out of range
     */
    public Print {
        if (!(widthInches >= 1 && heightInches >= 1 && widthInches <= 50 && heightInches <= 50)) {
            throw new PlotException("Print: " + widthInches + " × " + heightInches + " in is not a figure size; give 1 to 50 inches a side");
        }
        if (dpi < 30 || dpi > 2400) {
            throw new PlotException("Print: " + dpi + " dpi is not a resolution; give 30 to 2400 (300 for print, 150 for slides)");
        }
        if (!(tickPoints >= 4 && titlePoints >= 4 && linePoints > 0)) {
            throw new PlotException("Print: type of " + tickPoints + "/" + titlePoints + " pt and lines of " + linePoints
                + " pt cannot be read; give type of 4 pt or more");
        }
    }

    /**
     * The same type and resolution at another size, e.g. {@code Print.COLUMN.inches(3.5, 3.5)} for a square panel.
     *
     * @param width  the width in inches, 1 to 50
     * @param height the height in inches, 1 to 50
     * @return the preset at that size
     * @throws PlotException if a side is out of range
     */
    public Print inches(double width, double height) {
        return new Print(width, height, dpi, tickPoints, titlePoints, linePoints);
    }

    /**
     * The same at another resolution, e.g. {@code Print.PAGE.dpi(600)} for line art.
     *
     * @param newDpi PNG pixels per inch, 30 to 2400
     * @return the preset at that resolution
     * @throws PlotException if the resolution is out of range
     */
    public Print dpi(int newDpi) {
        return new Print(widthInches, heightInches, newDpi, tickPoints, titlePoints, linePoints);
    }
}
