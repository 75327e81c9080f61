package org.synfire.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.synfire.dsl.Completeness;
import org.synfire.dsl.Members;

class CompletionTest {
    @Test
    void dslWordsAndMembersAreOffered() {
        Set<String> words = Set.copyOf(Members.names(Members.words()));
        assertTrue(words.containsAll(Set.of("group", "connect", "probe", "spikes", "state", "run", "lif", "izhikevich", "save", "param")), words.toString());
        Set<String> members = Set.copyOf(Members.names(Members.groovy(org.synfire.units.Quantity.class)));
        assertTrue(members.containsAll(Set.of("plus", "in", "si", "dimension")), members.toString());
    }

    @Test
    void inputContinuesWhileBracketsOrTripleQuotesAreOpen() {
        assertTrue(Completeness.isComplete("run 100.ms"));
        assertTrue(Completeness.isComplete("group('a', 3, lif()) { v = -60.mV }"));
        assertTrue(Completeness.isComplete("println ')' // (unbalanced in a comment"));
        assertTrue(!Completeness.isComplete("group('a', 3, lif()) {"));
        assertTrue(!Completeness.isComplete("model('''dv/dt = -v/tau : volt\n"));
        assertTrue(!Completeness.isComplete("connect exc, inh,\n    p: [0.1,"));
        assertTrue(!Completeness.isComplete("def x = 1 + \\"));
    }
}
