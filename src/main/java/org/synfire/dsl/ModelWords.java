package org.synfire.dsl;

import java.lang.reflect.Modifier;
import java.util.List;
import groovy.transform.Generated;
import org.codehaus.groovy.ast.AnnotationNode;
import org.codehaus.groovy.ast.ClassHelper;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.Parameter;
import org.codehaus.groovy.ast.expr.ArgumentListExpression;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.ast.stmt.ReturnStatement;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;
import org.synfire.model.NeuronModel;
import org.synfire.model.library.Library;
import org.synfire.model.library.NeuronTemplate;

/**
 * Gives every script one word per neuron template of {@link Library#neuronTemplates()}:
 * {@code lif()} with the defaults, {@code lif(tau: 10.ms)} with some replaced and, for a template
 * with presets, {@code izhikevich('chattering')}. They are made from the library's list, so a
 * template added there is a word with no edit here; they are added to the script class itself,
 * not looked up at run time, so a statically compiled script types them as it types
 * {@link SynfireScript}'s own words. A method the script declares itself with the same
 * parameters wins, as it would over an inherited word.
 */
final class ModelWords extends CompilationCustomizer {
    ModelWords() {
        super(CompilePhase.CONVERSION);
    }

    /** The words, in the library's order. */
    static List<String> names() {
        return Library.neuronTemplates().stream().map(NeuronTemplate::name).toList();
    }

    @Override
    public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
        if (!classNode.isScript()) {
            return;
        }
        for (NeuronTemplate t : Library.neuronTemplates()) {
            add(classNode, t.name());
            add(classNode, t.name(), new Parameter(ClassHelper.MAP_TYPE.getPlainNodeReference(), "values"));
            if (!t.presets().isEmpty()) {
                add(classNode, t.name(), new Parameter(ClassHelper.STRING_TYPE, "preset"));
            }
        }
    }

    /** {@code NeuronModel word(parameter) { neuronTemplate('word', parameter) }}, the argument null without a parameter. */
    private static void add(ClassNode script, String word, Parameter... parameters) {
        if (script.getDeclaredMethod(word, parameters) != null) {
            return;
        }
        Expression argument = parameters.length == 0 ? new ConstantExpression(null) : new VariableExpression(parameters[0]);
        // New nodes for each method: static compilation stores inferred types on them.
        MethodCallExpression call = new MethodCallExpression(new VariableExpression("this"), "neuronTemplate",
            new ArgumentListExpression(new ConstantExpression(word), argument));
        MethodNode method = script.addMethod(word, Modifier.PUBLIC, ClassHelper.make(NeuronModel.class), parameters, ClassNode.EMPTY_ARRAY,
            new ReturnStatement(call));
        // Marked so that a notebook, which keeps each cell's own methods for later cells, leaves these out.
        method.addAnnotation(new AnnotationNode(ClassHelper.make(Generated.class)));
    }
}
