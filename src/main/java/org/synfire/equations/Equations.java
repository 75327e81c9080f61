package org.synfire.equations;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.synfire.units.Dimension;
import org.synfire.units.UnitException;
import org.synfire.units.Units;

/**
 * The equations of a model in the notation Brian2 users know, parsed and checked for syntax and
 * duplicate definitions (units and names are checked later against a {@link Namespace}).
 *
 * <pre>{@code
 * Equations eqs = Equations.parse("""
 *     dv/dt = (El - v + R*I)/tau : volt (unless refractory)
 *     I : amp
 *     tau : second (constant)
 *     """);
 * }</pre>
 */
public final class Equations {
    private final Source source;
    private final Map<String, Equation> byName;

    private Equations(Source source, Map<String, Equation> byName) {
        this.source = source;
        this.byName = byName;
    }

    /**
     * Parses model equations, one per line; {@code #} starts a comment.
     *
     * @param text the model, e.g. {@code "dv/dt = (El - v)/tau : volt\ntau : second"}
     * @return the equations, in the order written
     * @throws EquationException at the first line that is not an equation, a parameter or a sub-expression
     */
    public static Equations parse(String text) {
        return parse(new Source("equations", text));
    }

    /**
     * Parses model equations whose messages carry the given source label.
     *
     * @param source the text with a label such as {@code equations of model 'lif'}
     * @return the equations, in the order written
     * @throws EquationException at the first malformed line, or a variable defined twice
     */
    public static Equations parse(Source source) {
        Map<String, Equation> byName = new LinkedHashMap<>();
        String[] lines = source.text().split("\r?\n", -1);
        for (int line = 0; line < lines.length; line++) {
            List<Token> tokens = Lexer.tokens(source, line);
            if (tokens.size() == 1) {
                continue;
            }
            Equation eq = parseLine(source, tokens);
            Equation previous = byName.putIfAbsent(eq.variable(), eq);
            if (previous != null) {
                throw new EquationException(eq.span(), "'" + eq.variable() + "' is defined twice (first on line "
                    + (previous.span().line() + 1) + ")", "each variable defined by exactly one line");
            }
        }
        return new Equations(source, Collections.unmodifiableMap(byName));
    }

    /**
     * Parses a single expression such as a threshold condition {@code v > -50*mV}.
     *
     * @param source the expression on one line, labelled for messages
     * @return its tree, unchecked (names and units are checked against a model later)
     * @throws EquationException if it is empty, spans lines or is malformed
     */
    public static Expr parseExpression(Source source) {
        if (source.text().contains("\n")) {
            throw new EquationException(new Span(source, 1, 0, 1), "an expression must be written on one line",
                "a single expression, e.g. v > -50*mV");
        }
        List<Token> tokens = Lexer.tokens(source, 0);
        Parser parser = new Parser(tokens);
        if (parser.peek().kind() == Token.Kind.END) {
            throw new EquationException(parser.peek().span(), "the expression is empty", "an expression, e.g. v > -50*mV");
        }
        Expr e = parser.expression();
        parser.expectEnd("the end of the expression (one expression only; use 'and'/'or' to combine conditions)");
        return e;
    }

    /**
     * Parses statements separated by new lines or {@code ;}, e.g. a reset {@code v = Vr; w += b}.
     *
     * @param source the statements, labelled for messages
     * @return them in order, unchecked
     * @throws EquationException at the first statement that is not an assignment
     */
    public static List<Statement> parseStatements(Source source) {
        List<Statement> out = new ArrayList<>();
        String[] lines = source.text().split("\r?\n", -1);
        for (int line = 0; line < lines.length; line++) {
            Parser parser = new Parser(Lexer.tokens(source, line));
            while (parser.peek().kind() != Token.Kind.END) {
                Token target = parser.expectIdentifier("a variable to assign, e.g. v = El");
                Token op = parser.peek();
                if (op.kind() != Token.Kind.OP || !List.of("=", "+=", "-=", "*=", "/=").contains(op.text())) {
                    throw new EquationException(op.span(), "expected an assignment after '" + target.text() + "' but found " + op,
                        "one of = += -= *= /=, e.g. " + target.text() + " = El");
                }
                parser.next();
                Expr value = parser.expression();
                out.add(new Statement(target.text(), op.text(), value, target.span()));
                if (!parser.accept(";")) {
                    parser.expectEnd("';' or a new line between statements");
                }
            }
        }
        return List.copyOf(out);
    }

    private static Equation parseLine(Source source, List<Token> tokens) {
        Parser p = new Parser(tokens);
        Token first = p.expectIdentifier("a line such as 'dv/dt = (El - v)/tau : volt', 'I = g*(E - v) : amp' or 'tau : second'");
        Equation.Kind kind;
        String variable = first.text();
        Span nameSpan = first.span();
        Expr expression = null;
        if (p.peek().is("/") && first.text().length() > 1 && first.text().startsWith("d")) {
            p.next();
            Token dt = p.expectIdentifier("'dt' in the derivative d" + first.text().substring(1) + "/dt");
            if (!dt.text().equals("dt")) {
                throw new EquationException(dt.span(), "derivatives must be taken with respect to t", "d" + first.text().substring(1) + "/dt");
            }
            kind = Equation.Kind.DIFFERENTIAL;
            variable = first.text().substring(1);
            nameSpan = first.span().to(dt.span());
            p.expect("=", "'=' after the derivative, e.g. dv/dt = (El - v)/tau : volt");
            expression = p.expression();
        } else if (p.accept("=")) {
            kind = Equation.Kind.SUBEXPRESSION;
            expression = p.expression();
        } else {
            kind = Equation.Kind.PARAMETER;
        }
        Token colon = p.peek();
        if (!colon.is(":")) {
            String expected = kind == Equation.Kind.PARAMETER
                ? "':' and a unit, e.g. " + variable + " : volt (or '=' for a sub-expression)"
                : "':' and the unit of " + variable + ", e.g. ': volt'";
            throw new EquationException(colon.span(), "expected ':' and a unit but found " + colon, expected);
        }
        p.next();
        List<Token> unitTokens = new ArrayList<>();
        while (p.peek().kind() != Token.Kind.END && !p.peek().is("(")) {
            unitTokens.add(p.next());
        }
        if (unitTokens.isEmpty()) {
            throw new EquationException(p.peek().span(), "the unit of '" + variable + "' is missing", "a unit after ':', e.g. volt, amp, second, 1");
        }
        Span unitSpan = unitTokens.get(0).span().to(unitTokens.get(unitTokens.size() - 1).span());
        String unitText = unitSpan.text();
        Dimension dimension = parseUnit(unitText, unitSpan);
        Set<Equation.Flag> flags = EnumSet.noneOf(Equation.Flag.class);
        if (p.accept("(")) {
            do {
                flags.add(parseFlag(p, kind));
            } while (p.accept(","));
            p.expect(")", "')' to close the flags");
        }
        p.expectEnd("the end of the line after the flags");
        if (kind == Equation.Kind.DIFFERENTIAL && Equation.isWholeKind(unitText)) {
            throw new EquationException(unitSpan, "a differential equation's variable cannot be " + unitText.strip(),
                "a unit such as volt or 1 (boolean and integer are for parameters and sub-expressions)");
        }
        if (kind == Equation.Kind.DIFFERENTIAL && (flags.contains(Equation.Flag.CONSTANT) || flags.contains(Equation.Flag.SHARED))) {
            throw new EquationException(nameSpan, "a differential equation cannot be 'constant' or 'shared'",
                "only '(unless refractory)' on a differential equation");
        }
        if (kind != Equation.Kind.DIFFERENTIAL && flags.contains(Equation.Flag.EVENT_DRIVEN)) {
            throw new EquationException(nameSpan, "'event-driven' applies only to differential equations",
                "it on a line such as dApre/dt = -Apre/taupre : 1 (event-driven)");
        }
        if (kind != Equation.Kind.SUBEXPRESSION && flags.contains(Equation.Flag.SUMMED)) {
            throw new EquationException(nameSpan, "'summed' applies only to sub-expressions",
                "it on a line such as I_syn_post = g*(E - v_post) : amp (summed)");
        }
        if (kind != Equation.Kind.PARAMETER && flags.contains(Equation.Flag.POSITIVE)) {
            throw new EquationException(nameSpan, "'positive' applies only to parameters",
                "it on a line such as tau : second (constant, positive)");
        }
        if (flags.contains(Equation.Flag.LINKED) && (kind != Equation.Kind.PARAMETER || flags.contains(Equation.Flag.SHARED)
            || flags.contains(Equation.Flag.CONSTANT))) {
            throw new EquationException(nameSpan, "'linked' applies only to per-neuron parameters without 'shared' or 'constant'",
                "it on a line such as v_soma : volt (linked)");
        }
        if (kind == Equation.Kind.DIFFERENTIAL && flags.contains(Equation.Flag.POINT_CURRENT)) {
            throw new EquationException(nameSpan, "'point current' applies only to parameters and sub-expressions",
                "it on a line such as I : amp (point current)");
        }
        if (kind != Equation.Kind.DIFFERENTIAL && flags.contains(Equation.Flag.UNLESS_REFRACTORY)) {
            throw new EquationException(nameSpan, "'unless refractory' applies only to differential equations",
                "it on a line such as dv/dt = ... : volt (unless refractory)");
        }
        return new Equation(kind, variable, expression, dimension, unitText, flags, nameSpan);
    }

    private static Dimension parseUnit(String unitText, Span span) {
        if (Equation.isWholeKind(unitText)) {
            return Dimension.DIMENSIONLESS;
        }
        try {
            return Units.parse(unitText).dimension();
        } catch (UnitException e) {
            throw new EquationException(span, "unknown unit '" + unitText + "'",
                "a unit such as volt, amp, second, siemens, farad, hertz, 1, or a combination like uF/cm**2");
        }
    }

    private static Equation.Flag parseFlag(Parser p, Equation.Kind kind) {
        Token word = p.expectIdentifier("a flag: " + Equation.Flag.all());
        Span span = word.span();
        String text = word.text();
        while (p.peek().kind() == Token.Kind.IDENT || p.peek().is("-")) {
            boolean hyphen = p.accept("-");
            Token more = p.expectIdentifier("a flag such as event-driven");
            text += (hyphen ? "-" : " ") + more.text();
            span = span.to(more.span());
        }
        for (Equation.Flag flag : Equation.Flag.values()) {
            if (flag.text().equals(text)) {
                return flag;
            }
        }
        throw new EquationException(span, "unknown flag '" + text + "'",
            "one of: " + Equation.Flag.all());
    }

    /**
     * These equations followed by declarations of names defined elsewhere (a synapse's view of
     * its pre- and post-synaptic variables), so one type checker resolves them all.
     */
    Equations withDeclarations(List<Equation> declarations) {
        Map<String, Equation> all = new LinkedHashMap<>(byName);
        for (Equation d : declarations) {
            all.putIfAbsent(d.variable(), d);
        }
        return new Equations(source, Collections.unmodifiableMap(all));
    }

    /** {@return the text the equations were parsed from} */
    public Source source() {
        return source;
    }

    /** {@return all equations, in the order written} */
    public List<Equation> all() {
        return List.copyOf(byName.values());
    }

    /**
     * The equation defining {@code name}.
     *
     * @param name a variable of the model
     * @return its equation, or {@code null} when no line defines it
     */
    public Equation get(String name) {
        return byName.get(name);
    }

    /**
     * The comment on the line that defines {@code name}, the text after its {@code #} (Brian2 keeps
     * it too): the built-in models say there what each variable means, e.g. {@code membrane time
     * constant}. Empty when the line has none or no line defines {@code name}.
     *
     * @param name a variable of the model
     * @return the comment, stripped of surrounding spaces
     */
    public Optional<String> comment(String name) {
        Equation e = byName.get(name);
        if (e == null) {
            return Optional.empty();
        }
        // A model line holds no text literals, so its first '#' starts the comment, as the lexer reads it.
        String line = e.span().source().line(e.span().line());
        int hash = line.indexOf('#');
        return hash < 0 ? Optional.empty() : Optional.of(line.substring(hash + 1).strip()).filter(c -> !c.isEmpty());
    }

    /**
     * The equations of one kind, in the order written.
     *
     * @param kind differential, sub-expression or parameter
     * @return those equations, unmodifiable
     */
    public List<Equation> ofKind(Equation.Kind kind) {
        return byName.values().stream().filter(e -> e.kind() == kind).toList();
    }

    /** {@return every name the equations define} */
    public Set<String> names() {
        return byName.keySet();
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        byName.values().forEach(e -> out.append(e).append('\n'));
        return out.toString();
    }
}
