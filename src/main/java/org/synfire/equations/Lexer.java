package org.synfire.equations;

import java.util.ArrayList;
import java.util.List;

/** Splits one line of model text into tokens. Comments start with {@code #}. */
final class Lexer {
    private static final String[] OPERATORS = {
        "**", "<=", ">=", "==", "!=", "+=", "-=", "*=", "/=",
        "+", "-", "*", "/", "(", ")", ",", "<", ">", "=", ":", "^", ";"
    };

    private Lexer() {
    }

    static List<Token> tokens(Source source, int line) {
        String text = source.line(line);
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '#') {
                break;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
                int start = i;
                while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
                    i++;
                }
                if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
                    int save = i++;
                    if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                        i++;
                    }
                    if (i < text.length() && Character.isDigit(text.charAt(i))) {
                        while (i < text.length() && Character.isDigit(text.charAt(i))) {
                            i++;
                        }
                    } else {
                        i = save;
                    }
                }
                Span span = new Span(source, line, start, i);
                String number = text.substring(start, i);
                if (number.indexOf('.') != number.lastIndexOf('.')) {
                    throw new EquationException(span, "malformed number '" + number + "'", "a number such as 1.5 or 2e-3");
                }
                out.add(new Token(Token.Kind.NUMBER, number, span));
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                    i++;
                }
                out.add(new Token(Token.Kind.IDENT, text.substring(start, i), new Span(source, line, start, i)));
            } else {
                String op = null;
                for (String candidate : OPERATORS) {
                    if (text.startsWith(candidate, i)) {
                        op = candidate;
                        break;
                    }
                }
                if (op == null) {
                    throw new EquationException(new Span(source, line, i, i + 1),
                        "unexpected character '" + c + "'", "a name, a number or one of + - * / ** ( ) < > == : =");
                }
                out.add(new Token(Token.Kind.OP, op, new Span(source, line, i, i + op.length())));
                i += op.length();
            }
        }
        out.add(new Token(Token.Kind.END, "", new Span(source, line, text.length(), text.length() + 1)));
        return out;
    }
}
