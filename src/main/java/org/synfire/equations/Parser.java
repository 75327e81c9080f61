package org.synfire.equations;

import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser for the expression language of model text. Precedence, loosest
 * first, follows Python (and so Brian2): {@code or}, {@code and}, {@code not}, comparisons,
 * {@code + -}, {@code * /}, unary minus, {@code **}.
 */
final class Parser {
    private final List<Token> tokens;
    private int position;

    Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    Token peek() {
        return tokens.get(position);
    }

    Token next() {
        return tokens.get(position++);
    }

    boolean accept(String op) {
        if (peek().kind() == Token.Kind.OP && peek().is(op)) {
            position++;
            return true;
        }
        return false;
    }

    Token expect(String op, String expected) {
        Token t = peek();
        if (t.kind() != Token.Kind.OP || !t.is(op)) {
            throw new EquationException(t.span(), "expected '" + op + "' but found " + t, expected);
        }
        return next();
    }

    Token expectIdentifier(String expected) {
        Token t = peek();
        if (t.kind() != Token.Kind.IDENT) {
            throw new EquationException(t.span(), "expected a name but found " + t, expected);
        }
        return next();
    }

    void expectEnd(String expected) {
        Token t = peek();
        if (t.kind() != Token.Kind.END) {
            throw new EquationException(t.span(), "unexpected " + t, expected);
        }
    }

    Expr expression() {
        return or();
    }

    private Expr or() {
        Expr left = and();
        while (peekWord("or")) {
            next();
            Expr right = and();
            left = new Expr.Binary("or", left, right, left.span().to(right.span()));
        }
        return left;
    }

    private Expr and() {
        Expr left = not();
        while (peekWord("and")) {
            next();
            Expr right = not();
            left = new Expr.Binary("and", left, right, left.span().to(right.span()));
        }
        return left;
    }

    private Expr not() {
        if (peekWord("not")) {
            Token t = next();
            Expr operand = not();
            return new Expr.Unary("not", operand, t.span().to(operand.span()));
        }
        return comparison();
    }

    private Expr comparison() {
        Expr left = sum();
        Token t = peek();
        if (t.kind() == Token.Kind.OP && List.of("<", "<=", ">", ">=", "==", "!=").contains(t.text())) {
            next();
            Expr right = sum();
            return new Expr.Binary(t.text(), left, right, left.span().to(right.span()));
        }
        return left;
    }

    private Expr sum() {
        Expr left = term();
        while (peek().kind() == Token.Kind.OP && (peek().is("+") || peek().is("-"))) {
            String op = next().text();
            Expr right = term();
            left = new Expr.Binary(op, left, right, left.span().to(right.span()));
        }
        return left;
    }

    private Expr term() {
        Expr left = unary();
        while (peek().kind() == Token.Kind.OP && (peek().is("*") || peek().is("/"))) {
            String op = next().text();
            Expr right = unary();
            left = new Expr.Binary(op, left, right, left.span().to(right.span()));
        }
        return left;
    }

    private Expr unary() {
        if (peek().kind() == Token.Kind.OP && (peek().is("-") || peek().is("+"))) {
            Token t = next();
            Expr operand = unary();
            Span span = t.span().to(operand.span());
            return t.is("+") ? operand : new Expr.Unary("-", operand, span);
        }
        return power();
    }

    private Expr power() {
        Expr base = atom();
        if (peek().kind() == Token.Kind.OP && peek().is("^")) {
            throw new EquationException(peek().span(), "'^' is not a power operator here", "'**' for powers, e.g. v**2");
        }
        if (accept("**")) {
            Expr exponent = unary();
            return new Expr.Binary("**", base, exponent, base.span().to(exponent.span()));
        }
        return base;
    }

    private Expr atom() {
        Token t = peek();
        if (t.kind() == Token.Kind.NUMBER) {
            next();
            return new Expr.Num(Double.parseDouble(t.text()), t.span());
        }
        if (t.kind() == Token.Kind.IDENT && !isKeyword(t.text())) {
            next();
            if (accept("(")) {
                List<Expr> args = new ArrayList<>();
                if (!accept(")")) {
                    do {
                        args.add(expression());
                    } while (accept(","));
                    Token close = expect(")", "')' to close the arguments of " + t.text() + "(...)");
                    return new Expr.Call(t.text(), args, t.span().to(close.span()));
                }
                return new Expr.Call(t.text(), args, t.span().to(tokens.get(position - 1).span()));
            }
            return new Expr.Name(t.text(), t.span());
        }
        if (accept("(")) {
            Expr inner = expression();
            expect(")", "')' to close the '(' opened before");
            return inner;
        }
        throw new EquationException(t.span(),
            t.kind() == Token.Kind.END ? "the expression ends too early" : "unexpected " + t,
            "a number, a name, a function call or '('");
    }

    private boolean peekWord(String word) {
        return peek().kind() == Token.Kind.IDENT && peek().text().equals(word);
    }

    private static boolean isKeyword(String word) {
        return word.equals("and") || word.equals("or") || word.equals("not");
    }
}
