package org.synfire.model;

import java.util.List;
import org.synfire.equations.Equation;
import org.synfire.units.Dimension;

/** The checks of a spatial neuron model at the user's line, and the model with Synfire's own variables declared. */
final class Spatial {
    private static final List<String> OWN = List.of("v", "Cm", "Ri", "area", "diameter", "length", "distance");
    private static final Dimension PER_AREA = Dimension.CURRENT.divide(Dimension.LENGTH.power(2));

    private Spatial() {
    }

    /** The model with {@link Cable#DECLARATIONS} added, once its current and declarations are checked. */
    static NeuronModel declare(String group, NeuronModel model) {
        for (Equation eq : model.equations().all()) {
            if (OWN.contains(eq.variable()) || eq.variable().endsWith("__cable")) {
                throw new SpecException("Group", group, eq.variable(), "is declared by model '" + model.name() + "', but Synfire declares it "
                    + "for spatial neurons (v, Cm, Ri and the geometry area, diameter, length, distance); remove its line");
            }
            if (eq.has(Equation.Flag.POINT_CURRENT) && !eq.dimension().equals(Dimension.CURRENT)) {
                throw new SpecException("Group", group, eq.variable(), "is a point current in " + eq.unitText() + "; a point current is in amp "
                    + "(a current per membrane area belongs in Im)");
            }
        }
        Equation im = model.equations().get("Im");
        if (im == null) {
            throw new SpecException("Group", group, "Im", "model '" + model.name() + "' has no membrane current; give it as a sub-expression "
                + "such as 'Im = gL*(EL - v) : amp/meter**2' (current per membrane area, positive inward)");
        }
        if (im.kind() != Equation.Kind.SUBEXPRESSION) {
            throw new SpecException("Group", group, "Im", "is a " + (im.kind() == Equation.Kind.PARAMETER ? "parameter" : "differential equation")
                + "; the membrane current is a sub-expression of v, such as 'Im = gL*(EL - v) : amp/meter**2'");
        }
        if (!im.dimension().equals(PER_AREA)) {
            throw new SpecException("Group", group, "Im", "is in " + im.unitText() + "; the membrane current is per area, in amp/meter**2 "
                + "(a current in amp injected at one place is a point current: 'I : amp (point current)')");
        }
        return model.declaring(Cable.DECLARATIONS);
    }

    /** {@code values} once per neuron. */
    static double[] repeat(double[] values, int count) {
        double[] all = new double[values.length * count];
        for (int n = 0; n < count; n++) {
            System.arraycopy(values, 0, all, n * values.length, values.length);
        }
        return all;
    }
}
