package org.synfire.notebook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Function;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.synfire.plot.Figure;
import org.synfire.model.Network;
import org.synfire.units.Quantity;
import tech.tablesaw.api.Table;

/**
 * The one display registry both kernels share: how a value becomes a MIME bundle. Figures come
 * as PNG, which every front end and exporter shows; SVG only when asked for
 * ({@code display(fig, 'image/svg+xml')}), because nbconvert's HTML export prefers SVG and its
 * sanitiser empties it;
 * tables as HTML with a plain-text twin for consoles and diffs; a network as a summary of its
 * populations and connections; quantities as their text with units. Everything else falls back to its {@code toString()} as text/plain.
 */
final class Displays {
    static final MIMEType SVG = MIMEType.IMAGE_SVG;

    private Displays() {
    }

    static void register(Renderer renderer) {
        htmlAndText(renderer, Table.class, TableView::new);
        renderer.createRegistration(Chart.class)
            .preferring(MIMEType.IMAGE_PNG)
            .supporting(SVG)
            .register((chart, context) -> {
                context.renderIfRequested(MIMEType.IMAGE_PNG, () -> png(chart));
                context.renderIfRequested(SVG, () -> svg(chart));
                context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> describe(chart));
            });
        renderer.createRegistration(Figure.class)
            .preferring(MIMEType.IMAGE_PNG)
            .supporting(SVG)
            .register((figure, context) -> {
                context.renderIfRequested(MIMEType.IMAGE_PNG, () -> Base64.getEncoder().encodeToString(figure.png()));
                context.renderIfRequested(SVG, () -> inline(new String(figure.svg(), StandardCharsets.UTF_8)));
                context.renderIfRequested(MIMEType.TEXT_PLAIN, figure::toString);
            });
        htmlAndText(renderer, Network.class, NetworkView::new);
        // Arrays print as their values, not as [D@1b6d3586.
        text(renderer, double[].class, java.util.Arrays::toString);
        text(renderer, int[].class, java.util.Arrays::toString);
        text(renderer, long[].class, java.util.Arrays::toString);
        // A Groovy string ("rate ${r}") is text; left to the fallback it would be sent as a JSON object.
        text(renderer, groovy.lang.GString.class, Object::toString);
        text(renderer, Quantity.class, Quantity::toString);
    }

    private static <T> void text(Renderer renderer, Class<T> type, Function<T, String> text) {
        renderer.createRegistration(type)
            .supporting(MIMEType.TEXT_PLAIN)
            .register((value, context) -> context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> text.apply(value)));
    }

    /** What is shown as an HTML table with a plain-text twin. */
    interface HtmlAndText {
        String html();

        String text();
    }

    private static <T> void htmlAndText(Renderer renderer, Class<T> type, Function<T, HtmlAndText> view) {
        renderer.createRegistration(type)
            .preferring(MIMEType.TEXT_HTML)
            .supporting(MIMEType.TEXT_PLAIN)
            .register((value, context) -> {
                HtmlAndText v = view.apply(value);
                context.renderIfRequested(MIMEType.TEXT_HTML, v::html);
                context.renderIfRequested(MIMEType.TEXT_PLAIN, v::text);
            });
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
        return inline(out.toString(StandardCharsets.UTF_8));
    }

    /**
     * An SVG document as an element to place in a page: without its XML declaration and DOCTYPE,
     * which a page cannot hold (nbconvert's HTML export refuses an encoding declaration).
     */
    static String inline(String svg) {
        return svg.replaceFirst("^\\s*<\\?xml[^>]*\\?>\\s*", "").replaceFirst("^<!DOCTYPE[^>]*>\\s*", "");
    }

    private static String describe(Chart<?, ?> chart) {
        String title = chart.getTitle() == null || chart.getTitle().isEmpty() ? "untitled" : "'" + chart.getTitle() + "'";
        return chart.getClass().getSimpleName() + " " + title + " (" + chart.getWidth() + "×" + chart.getHeight() + ")";
    }
}
