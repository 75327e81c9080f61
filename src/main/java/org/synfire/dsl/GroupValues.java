package org.synfire.dsl;

import groovy.lang.GroovyObjectSupport;
import org.synfire.model.GroupSpec;
import org.synfire.model.LinkedVariable;

/**
 * The delegate of a {@code group(...) { ... }} closure: every assignment sets a value
 * ({@code v = -60.mV}, {@code I = '0.1*nA + i*5*pA'}); {@code set 'v', -60.mV} does the same
 * where a script is compiled statically.
 */
public final class GroupValues extends GroovyObjectSupport {
    private final GroupSpec.Builder builder;
    private final String group;

    GroupValues(GroupSpec.Builder builder, String group) {
        this.builder = builder;
        this.group = group;
    }

    /**
     * Sets a variable to a quantity, a number or an expression as text, or links it ({@code v_soma = linked(soma, 'v')}).
     *
     * @param variable a parameter or variable of the model
     * @param value    a quantity, a number for a dimensionless one, an expression as text, or a link
     * @throws DslException for a value of another kind
     * @throws org.synfire.model.SpecException for a name the model has no variable for
     */
    public void set(String variable, Object value) {
        set(builder, variable, value, group);
    }

    /** A group's value from a script: a link for a {@code linked(...)}, else a quantity, a number or an expression as text. */
    static void set(GroupSpec.Builder builder, String variable, Object value, String group) {
        if (value instanceof LinkedVariable link) {
            builder.link(variable, link);
        } else {
            Arguments.setValue(builder::set, builder::set, builder::set, variable, value, group);
        }
    }

    @Override
    public void setProperty(String property, Object value) {
        set(property, value);
    }
}
