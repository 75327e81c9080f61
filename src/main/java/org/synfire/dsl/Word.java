package org.synfire.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The documentation of a DSL word, on the {@link SynfireScript} method that implements it: what
 * it does and its named arguments with units and defaults. Kept at run time because
 * {@link Reference} reads it to write the notebook's Shift-Tab help, {@code docs/reference.md} and
 * the IDE descriptors, so the three say the same. Of a word's overloads, one carries it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Word {
    /** {@return one paragraph: what the word does, with an example in backquotes} */
    String value();

    /** {@return the named arguments the word reads, in the order users meet them} */
    Named[] named() default {};

    /** One named argument: {@code connect exc, inh, p: 0.1}. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({})
    @interface Named {
        /** {@return the argument's name, as scripts write it before the colon} */
        String name();

        /** {@return the unit (or kind of value) it takes, e.g. {@code ms} or {@code text}} */
        String unit() default "";

        /** {@return what it is when not given; empty when the argument is required or has no default} */
        String fallback() default "";

        /** {@return what it means} */
        String doc();
    }
}
