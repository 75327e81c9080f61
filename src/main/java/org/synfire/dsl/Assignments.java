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

    /** Sets {@code variable} to a quantity, a number or an expression as text. */
    public void set(String variable, Object value) {
        Arguments.setValue(quantity, text, variable, value, where);
    }

    @Override
    public void setProperty(String property, Object value) {
        set(property, value);
    }
}
