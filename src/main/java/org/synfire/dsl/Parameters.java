package org.synfire.dsl;

import java.math.BigDecimal;
import org.synfire.SynfireException;
import org.synfire.units.Quantity;

/** Parses {@code --param name=value} texts into the type of the default the script gives. */
final class Parameters {
    private Parameters() {
    }

    static Object parse(String name, String text, Object fallback) {
        try {
            if (fallback instanceof Quantity q) {
                Quantity value = Quantity.parse(text);
                if (!value.dimension().equals(q.dimension())) {
                    throw new DslException("param", "--param " + name + "=" + text + " has the wrong unit: the script's default is "
                        + q + ", so give a value in the same unit");
                }
                return value;
            }
            if (fallback instanceof Integer) {
                return Integer.valueOf(text.trim());
            }
            if (fallback instanceof Long) {
                return Long.valueOf(text.trim());
            }
            if (fallback instanceof BigDecimal) {
                return new BigDecimal(text.trim());
            }
            if (fallback instanceof Number) {
                return Double.valueOf(text.trim());
            }
            if (fallback instanceof Boolean) {
                if (!text.trim().matches("true|false")) {
                    throw new NumberFormatException();
                }
                return Boolean.valueOf(text.trim());
            }
            return text;
        } catch (NumberFormatException | SynfireException e) {
            if (e instanceof DslException d) {
                throw d;
            }
            String kind = fallback instanceof Quantity ? "a quantity such as " + fallback
                : fallback instanceof Integer || fallback instanceof Long ? "a whole number"
                : fallback instanceof Boolean ? "true or false" : "a number";
            throw new DslException("param", "--param " + name + "=" + text + " is not " + kind + " (the script's default is " + fallback + ")");
        }
    }
}
