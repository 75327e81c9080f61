package org.synfire.dsl;

import java.util.List;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.expr.BinaryExpression;
import org.codehaus.groovy.ast.expr.DeclarationExpression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.ast.stmt.ExpressionStatement;
import org.codehaus.groovy.ast.stmt.Statement;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;
import org.codehaus.groovy.syntax.Token;
import org.codehaus.groovy.syntax.Types;

/**
 * Turns the top-level declarations of a script ({@code def exc = group(...)}) into assignments
 * to binding variables, so the next REPL line or notebook cell, which is another script, still
 * sees {@code exc} (a Groovy {@code def} at the top level is otherwise local to its script). Runs
 * before variable scopes are resolved, so the plain names become binding variables.
 */
final class BindingDeclarations extends CompilationCustomizer {
    BindingDeclarations() {
        super(CompilePhase.CONVERSION);
    }

    @Override
    public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
        if (!classNode.isScript()) {
            return;
        }
        List<Statement> statements = source.getAST().getStatementBlock().getStatements();
        for (int k = 0; k < statements.size(); k++) {
            if (statements.get(k) instanceof ExpressionStatement s && s.getExpression() instanceof DeclarationExpression d
                && !d.isMultipleAssignmentDeclaration()) {
                VariableExpression target = new VariableExpression(d.getVariableExpression().getName());
                target.setSourcePosition(d.getVariableExpression());
                BinaryExpression assignment = new BinaryExpression(target, Token.newSymbol(Types.ASSIGN, d.getLineNumber(), d.getColumnNumber()),
                    d.getRightExpression());
                assignment.setSourcePosition(d);
                ExpressionStatement replaced = new ExpressionStatement(assignment);
                replaced.setSourcePosition(s);
                statements.set(k, replaced);
            }
        }
    }
}
