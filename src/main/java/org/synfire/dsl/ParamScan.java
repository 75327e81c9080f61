package org.synfire.dsl;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.codehaus.groovy.ast.ClassCodeVisitorSupport;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.ModuleNode;
import org.codehaus.groovy.ast.expr.ArgumentListExpression;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.control.CompilationFailedException;
import org.codehaus.groovy.control.CompilationUnit;
import org.codehaus.groovy.control.Phases;
import org.codehaus.groovy.control.SourceUnit;

/**
 * The parameters a script asks for, read from its text before it runs: every
 * {@code param('name', default)} call. A command line can then refuse a misspelt
 * {@code --param} before a long run starts with the default instead.
 */
final class ParamScan extends ClassCodeVisitorSupport {
    private final Set<String> names = new TreeSet<>();
    private boolean computed;

    private ParamScan() {
    }

    /**
     * The names of every {@code param} call, or empty when the script names one with an
     * expression (only a run can tell then) or does not compile (the run will say why).
     */
    static Optional<Set<String>> of(String text, String fileName) {
        CompilationUnit unit = new CompilationUnit();
        unit.addSource(fileName, text);
        try {
            unit.compile(Phases.CONVERSION);
        } catch (CompilationFailedException e) {
            return Optional.empty();
        }
        return of(unit.getAST().getModules());
    }

    /** The names of every {@code param} call in parsed {@code modules}, as {@link #of(String, String)} gives them. */
    static Optional<Set<String>> of(List<ModuleNode> modules) {
        ParamScan scan = new ParamScan();
        for (ModuleNode module : modules) {
            for (ClassNode type : module.getClasses()) {
                scan.visitClass(type);
            }
        }
        return scan.computed ? Optional.empty() : Optional.of(scan.names);
    }

    @Override
    public void visitMethodCallExpression(MethodCallExpression call) {
        if (call.isImplicitThis() && "param".equals(call.getMethodAsString())
            && call.getArguments() instanceof ArgumentListExpression args && !args.getExpressions().isEmpty()) {
            Expression first = args.getExpression(0);
            if (first instanceof ConstantExpression c && c.getValue() instanceof String name) {
                names.add(name);
            } else {
                computed = true;
            }
        }
        super.visitMethodCallExpression(call);
    }

    @Override
    protected SourceUnit getSourceUnit() {
        return null;
    }
}
