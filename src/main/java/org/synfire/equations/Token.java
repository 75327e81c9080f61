package org.synfire.equations;

/** One lexical token of model text. */
record Token(Kind kind, String text, Span span) {

    enum Kind { NUMBER, IDENT, OP, END }

    boolean is(String op) {
        return kind != Kind.NUMBER && text.equals(op);
    }

    @Override
    public String toString() {
        return kind == Kind.END ? "end of text" : "'" + text + "'";
    }
}
