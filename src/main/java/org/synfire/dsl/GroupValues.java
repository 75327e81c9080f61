package org.synfire.dsl;

import groovy.lang.GroovyObjectSupport;
import org.synfire.model.GroupSpec;

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

    /** Sets {@code variable} to a quantity, a number or an expression as text. */
    public void set(String variable, Object value) {
        Arguments.setValue(builder::set, builder::set, variable, value, group);
    }

    @Override
    public void setProperty(String property, Object value) {
        set(property, value);
    }
}
