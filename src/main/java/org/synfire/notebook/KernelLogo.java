package org.synfire.notebook;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * The kernels' logo, drawn rather than shipped as a binary: a membrane potential that rises,
 * fires a spike and resets, in white on a dark square, the picture of what Synfire simulates.
 */
final class KernelLogo {
    private static final Color BACKGROUND = new Color(0x1F, 0x3A, 0x5F);
    private static final Color TRACE = Color.WHITE;
    private static final Color SPIKE = new Color(0xFF, 0x8C, 0x1A);

    private KernelLogo() {
    }

    /** The logo as PNG bytes, {@code size} pixels square. */
    static byte[] png(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            double s = size;
            g.setColor(BACKGROUND);
            g.fill(new RoundRectangle2D.Double(0, 0, s, s, s * 0.25, s * 0.25));
            // Two charging curves (1 - e^-t) toward threshold, each ending in a spike and a reset.
            Path2D trace = new Path2D.Double();
            double base = s * 0.78;
            double threshold = s * 0.45;
            trace.moveTo(s * 0.10, base);
            double x = s * 0.10;
            for (int spike = 0; spike < 2; spike++) {
                double width = s * 0.34;
                for (int k = 1; k <= 16; k++) {
                    double f = k / 16.0;
                    trace.lineTo(x + f * width, base - (base - threshold) * (1 - Math.exp(-3 * f)) / (1 - Math.exp(-3)));
                }
                x += width;
                trace.lineTo(x + s * 0.02, s * 0.12);
                trace.lineTo(x + s * 0.04, base + s * 0.06);
                trace.lineTo(x + s * 0.06, base);
                x += s * 0.06;
            }
            g.setStroke(new BasicStroke((float) Math.max(1.5, s / 20), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(TRACE);
            g.draw(trace);
            g.setColor(SPIKE);
            double dot = Math.max(2, s / 10);
            g.fill(new java.awt.geom.Ellipse2D.Double(s * 0.46 - dot / 2, s * 0.12 - dot / 2, dot, dot));
            g.fill(new java.awt.geom.Ellipse2D.Double(s * 0.86 - dot / 2, s * 0.12 - dot / 2, dot, dot));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
