package org.synfire.dsl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.synfire.plot.Figure;
import org.synfire.table.Tables;
import tech.tablesaw.api.Table;

/** Writes what {@code save} is given into the session's output folder, one format per kind of result. */
final class Saving {
    private Saving() {
    }

    static List<Path> save(Session session, Object result, String name) {
        List<Path> files = write(session, result, name);
        session.saved(files);
        return files;
    }

    private static List<Path> write(Session session, Object result, String name) {
        Session.checkFileName(name);
        try {
            if (result instanceof Table table) {
                Path csv = session.output(name + ".csv");
                Tables.writeCsv(table, csv);
                return List.of(csv);
            }
            if (result instanceof Figure figure) {
                Path png = session.output(name + ".png");
                Path svg = session.output(name + ".svg");
                figure.save(png);
                figure.save(svg);
                return List.of(png, svg);
            }
            if (result instanceof CharSequence text) {
                Path txt = session.output(name + ".txt");
                Files.writeString(txt, text, StandardCharsets.UTF_8);
                return List.of(txt);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("save '" + name + "': " + e.getMessage(), e);
        }
        throw new DslException("save", (result == null ? "null" : result.getClass().getSimpleName())
            + " cannot be saved; give a table (table(...)), a figure (raster(...), tracePlot(...), Plots...) or text");
    }
}
