package org.synfire.dsl;

import groovy.lang.GroovyObjectSupport;
import java.util.function.BiConsumer;
import org.synfire.units.Quantity;

/** Assignments that set values: {@code gL = '0.1*mS/cm**2'} or {@code set 'gL', ...} where a script is compiled statically. */
public abstract class Assignments extends GroovyObjectSupport {
    private final BiConsumer<String, Quantity> quantity;
    private final BiConsumer<String, String> text;
    private final String where;

    Assignments(BiConsumer<String, Quantity> quantity, BiConsumer<String, String> text, String where) {
        this.quantity = quantity;
        this.text = text;
        this.where = where;
    }

    /**
     * Sets a variable to a quantity, a number or an expression as text.
     *
     * @param variable a parameter or variable of the model
     * @param value    a quantity, a number for a dimensionless one, or an expression as text
     * @throws DslException for a value of another kind
     * @throws org.synfire.model.SpecException for a name the model has no variable for
     */
    public void set(String variable, Object value) {
        Arguments.setValue(quantity, text, variable, value, where);
    }

    @Override
    public void setProperty(String property, Object value) {
        set(property, value);
    }
}
