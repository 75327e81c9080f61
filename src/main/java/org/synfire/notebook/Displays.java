package org.synfire.notebook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.synfire.units.Quantity;
import tech.tablesaw.api.Table;

/**
 * The one display registry both kernels share: how a value becomes a MIME bundle. Figures come
 * as PNG (what every front end and nbconvert show) and SVG (sharp when zoomed or exported);
 * tables as HTML with a plain-text twin for consoles and diffs; quantities as their text with
 * units. Everything else falls back to its {@code toString()} as text/plain.
 */
final class Displays {
    static final MIMEType SVG = MIMEType.IMAGE_SVG;

    private Displays() {
    }

    static void register(Renderer renderer) {
        renderer.createRegistration(Table.class)
            .preferring(MIMEType.TEXT_HTML)
            .supporting(MIMEType.TEXT_PLAIN)
            .register((table, context) -> {
                TableView view = new TableView(table);
                context.renderIfRequested(MIMEType.TEXT_HTML, view::html);
                context.renderIfRequested(MIMEType.TEXT_PLAIN, view::text);
            });
        renderer.createRegistration(Chart.class)
            .preferring(MIMEType.IMAGE_PNG, SVG)
            .register((chart, context) -> {
                context.renderIfRequested(MIMEType.IMAGE_PNG, () -> png(chart));
                context.renderIfRequested(SVG, () -> svg(chart));
                context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> describe(chart));
            });
        renderer.createRegistration(Quantity.class)
            .supporting(MIMEType.TEXT_PLAIN)
            .register((q, context) -> context.renderIfRequested(MIMEType.TEXT_PLAIN, q::toString));
    }

    static String png(Chart<?, ?> chart) {
        try {
            return Base64.getEncoder().encodeToString(BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the chart as PNG", e);
        }
    }

    static String svg(Chart<?, ?> chart) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the chart as SVG", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String describe(Chart<?, ?> chart) {
        String title = chart.getTitle() == null || chart.getTitle().isEmpty() ? "untitled" : "'" + chart.getTitle() + "'";
        return chart.getClass().getSimpleName() + " " + title + " (" + chart.getWidth() + "×" + chart.getHeight() + ")";
    }
}
