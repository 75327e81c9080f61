package org.synfire.dsl;

import java.util.List;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.expr.BinaryExpression;
import org.codehaus.groovy.ast.expr.CastExpression;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.DeclarationExpression;
import org.codehaus.groovy.ast.expr.EmptyExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.TupleExpression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.ast.stmt.BlockStatement;
import org.codehaus.groovy.ast.stmt.ExpressionStatement;
import org.codehaus.groovy.ast.stmt.Statement;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;
import org.codehaus.groovy.syntax.Token;
import org.codehaus.groovy.syntax.Types;

/**
 * Turns the top-level declarations of a script ({@code def exc = group(...)}, {@code int n = 3})
 * and {@code def (a, b) = pair} into assignments to binding variables, keeping a declared type as a cast, so the next REPL line
 * or notebook cell, which is another script, still sees them (a Groovy declaration at the top
 * level is otherwise local to its script). A script that ends in an assignment then has no
 * result, as a user expects of {@code def x = 5}. Runs before variable scopes are resolved, so
 * the plain names become binding variables.
 */
final class BindingDeclarations extends CompilationCustomizer {
    BindingDeclarations() {
        super(CompilePhase.CONVERSION);
    }

    @Override
    public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
        if (!classNode.isScript() || !classNode.getName().equals(source.getAST().getMainClassName())) {
            return;
        }
        BlockStatement block = source.getAST().getStatementBlock();
        List<Statement> statements = block.getStatements();
        for (Statement s : statements) {
            if (s instanceof ExpressionStatement es && es.getExpression() instanceof DeclarationExpression d
                && d.getAnnotations().isEmpty() && !(d.getRightExpression() instanceof EmptyExpression)) {
                Expression target = d.isMultipleAssignmentDeclaration() ? untypedTuple(d.getTupleExpression())
                    : new VariableExpression(d.getVariableExpression().getName());
                if (target == null) {
                    continue;
                }
                Expression value = d.getRightExpression();
                if (!d.isMultipleAssignmentDeclaration() && !d.getVariableExpression().isDynamicTyped()) {
                    value = CastExpression.asExpression(d.getVariableExpression().getOriginType(), value);
                }
                BinaryExpression assign = new BinaryExpression(target,
                    Token.newSymbol(Types.ASSIGN, d.getLineNumber(), d.getColumnNumber()), value);
                assign.setSourcePosition(d);
                es.setExpression(assign);
            }
        }
        if (!statements.isEmpty() && statements.get(statements.size() - 1) instanceof ExpressionStatement last
            && last.getExpression() instanceof BinaryExpression b && b.getOperation().getType() == Types.ASSIGN) {
            block.addStatement(new ExpressionStatement(ConstantExpression.NULL));
        }
    }

    /**
     * {@code def (a, b) = pair} as the multiple assignment {@code (a, b) = pair} to binding
     * variables, or null when a name is typed ({@code def (int a, b)}): a tuple assignment has no
     * place for the casts, so such a declaration stays local to its script rather than lose them.
     */
    private static TupleExpression untypedTuple(TupleExpression declared) {
        TupleExpression names = new TupleExpression();
        for (Expression e : declared.getExpressions()) {
            if (!(e instanceof VariableExpression v) || !v.isDynamicTyped()) {
                return null;
            }
            names.addExpression(new VariableExpression(v.getName()));
        }
        names.setSourcePosition(declared);
        return names;
    }
}
