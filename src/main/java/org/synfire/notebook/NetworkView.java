package org.synfire.notebook;

import org.synfire.model.GroupSpec;
import org.synfire.model.Network;
import org.synfire.model.NetworkSpec;
import org.synfire.model.PoissonInputSpec;
import org.synfire.model.PopulationSpec;
import org.synfire.model.ProjectionSpec;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A network as a notebook shows it: its time step and seed, then one table of populations and one
 * of projections and inputs, shown like any other table so that long lists are cut the same way.
 */
final class NetworkView implements Displays.HtmlAndText {
    private final NetworkSpec spec;

    NetworkView(Network network) {
        this.spec = network.spec();
    }

    private String heading() {
        return "Network: dt " + spec.dt() + ", seed " + spec.seed() + ", " + spec.populations().size() + " populations, "
            + spec.projections().size() + " projections, " + spec.inputs().size() + " inputs, " + spec.probes().size() + " probes";
    }

    Table populations() {
        StringColumn name = StringColumn.create("population");
        IntColumn size = IntColumn.create("neurons");
        StringColumn model = StringColumn.create("model");
        for (PopulationSpec p : spec.populations()) {
            name.append(p.name());
            size.append(p.size());
            model.append(p instanceof GroupSpec g ? g.model().name() : "spike source");
        }
        return Table.create("populations", name, size, model);
    }

    Table connections() {
        StringColumn name = StringColumn.create("connection");
        StringColumn from = StringColumn.create("from");
        StringColumn to = StringColumn.create("to");
        StringColumn how = StringColumn.create("how");
        for (ProjectionSpec p : spec.projections()) {
            name.append(p.name());
            from.append(p.sourceLabel());
            to.append(p.targetLabel());
            how.append(p.model().name() + ", " + p.rule() + ", delay " + p.delay());
        }
        for (PoissonInputSpec in : spec.inputs()) {
            name.append(in.name());
            from.append(in.n() + " Poisson sources at " + in.describeRate());
            to.append(in.target() + "." + in.variable());
            how.append("weight " + in.weight());
        }
        return Table.create("projections and inputs", name, from, to, how);
    }

    @Override
    public String html() {
        return "<p><b>" + TableView.escape(heading()) + "</b></p>\n" + new TableView(populations()).html() + "\n"
            + (spec.projections().isEmpty() && spec.inputs().isEmpty() ? "" : new TableView(connections()).html());
    }

    @Override
    public String text() {
        return heading() + "\n" + new TableView(populations()).text()
            + (spec.projections().isEmpty() && spec.inputs().isEmpty() ? "" : "\n" + new TableView(connections()).text());
    }
}
