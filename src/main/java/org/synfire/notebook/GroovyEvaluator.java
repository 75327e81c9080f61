package org.synfire.notebook;

import groovy.lang.Binding;
import groovy.lang.GroovyShell;
import groovy.transform.ThreadInterrupt;
import java.util.List;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.expr.BinaryExpression;
import org.codehaus.groovy.ast.expr.CastExpression;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.DeclarationExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.ast.stmt.BlockStatement;
import org.codehaus.groovy.ast.stmt.ExpressionStatement;
import org.codehaus.groovy.ast.stmt.Statement;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilationFailedException;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.ASTTransformationCustomizer;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;
import org.codehaus.groovy.control.customizers.ImportCustomizer;
import org.codehaus.groovy.syntax.Token;
import org.codehaus.groovy.syntax.Types;

/**
 * The one place that decides how a Groovy cell is compiled: its imports, its script base class
 * and the transformations that make cells behave like one session. Every Groovy shell in the
 * notebook comes from {@link #newShell}; when the DSL lands, its script base class and imports go
 * into {@link #configuration()} and nothing else changes.
 *
 * <p>Two transformations: top-level {@code def x = …} and {@code int x = …} become binding
 * variables, so the next cell sees them (plain Groovy keeps them local to their script), and loops
 * and closures check the thread's interrupt flag ({@link ThreadInterrupt}), so an interrupt stops
 * a busy cell cleanly instead of by force.
 */
public final class GroovyEvaluator {
    private GroovyEvaluator() {
    }

    /** A shell whose cells share {@code binding}, compiled with {@link #configuration()}. */
    public static GroovyShell newShell(Binding binding) {
        return new GroovyShell(GroovyEvaluator.class.getClassLoader(), binding, configuration());
    }

    /** Imports, base class and transformations of every notebook cell. */
    public static CompilerConfiguration configuration() {
        CompilerConfiguration config = new CompilerConfiguration();
        ImportCustomizer imports = new ImportCustomizer();
        imports.addStarImports(SynfireImports.PACKAGES.toArray(String[]::new));
        imports.addStaticStars(SynfireImports.STATIC_MEMBERS_OF.toArray(String[]::new));
        config.addCompilationCustomizers(imports, new ASTTransformationCustomizer(ThreadInterrupt.class), new SessionVariables());
        return config;
    }

    /**
     * Turns the top-level declarations of a cell into assignments to the binding (keeping a declared
     * type as a cast), and gives a cell that ends in a declaration or assignment no result, as a
     * notebook user expects of {@code def x = 5}.
     */
    private static final class SessionVariables extends CompilationCustomizer {
        SessionVariables() {
            super(CompilePhase.CONVERSION);
        }

        @Override
        public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) throws CompilationFailedException {
            if (!classNode.isScript() || !classNode.getName().equals(source.getAST().getMainClassName())) {
                return;
            }
            BlockStatement block = source.getAST().getStatementBlock();
            List<Statement> statements = block.getStatements();
            for (Statement s : statements) {
                if (s instanceof ExpressionStatement es && es.getExpression() instanceof DeclarationExpression d
                    && !d.isMultipleAssignmentDeclaration() && d.getAnnotations().isEmpty()
                    && !(d.getRightExpression() instanceof org.codehaus.groovy.ast.expr.EmptyExpression)) {
                    VariableExpression v = d.getVariableExpression();
                    Expression value = d.getRightExpression();
                    if (!v.isDynamicTyped()) {
                        value = CastExpression.asExpression(v.getOriginType(), value);
                    }
                    BinaryExpression assign = new BinaryExpression(new VariableExpression(v.getName()),
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
    }
}
