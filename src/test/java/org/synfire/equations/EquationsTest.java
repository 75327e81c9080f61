package org.synfire.equations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What {@link Equations} keeps of a model's text besides the equations. */
class EquationsTest {
    @Test
    void aCommentSaysWhatTheVariableOfItsLineMeans() {
        Equations eqs = Equations.parse("""
            dv/dt = (El - v)/tau : volt  # membrane potential
            tau : second (constant)  #   membrane time constant  \s
            El : volt
            g : siemens #
            """);
        assertEquals(Optional.of("membrane potential"), eqs.comment("v"));
        assertEquals(Optional.of("membrane time constant"), eqs.comment("tau"));
        assertEquals(Optional.empty(), eqs.comment("El"), "a line without a comment");
        assertEquals(Optional.empty(), eqs.comment("g"), "an empty comment");
        assertEquals(Optional.empty(), eqs.comment("w"), "a name no line defines");
    }
}
