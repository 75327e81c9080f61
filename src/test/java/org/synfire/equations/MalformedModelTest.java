package org.synfire.equations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.synfire.units.Dimension;
import org.synfire.units.Units;

/**
 * Every kind of mistake in model text gets its own message, the offending line, and a caret under
 * the offending token. Each test names the mistake, the line, the token and a phrase of the message.
 * Where a rule was relaxed (fractional powers of units), a test also shows the form now accepted.
 */
class MalformedModelTest {
    private static final String PARAMS = "\nEl : volt\ntau : second\nI : amp\nR : ohm";

    private static EquationException failEquations(String text) {
        return assertThrows(EquationException.class, () -> check(text, null, null, Refractoriness.none()));
    }

    private static CheckedModel check(String equations, String threshold, String reset, Refractoriness refractory) {
        return ModelChecker.check(Equations.parse(new Source("equations of model 'm'", equations)), threshold, reset, refractory,
            Namespace.empty(), null);
    }

    /** Asserts that the message quotes {@code line} and puts carets exactly under the first {@code token} in it. */
    private static void assertCaret(EquationException e, String line, String token, String phrase) {
        assertCaret(e, line, line.indexOf(token), token.length(), phrase);
    }

    private static void assertCaret(EquationException e, String line, int column, int length, String phrase) {
        String message = e.getMessage();
        assertTrue(column >= 0, "test bug: token not in line");
        String token = line.substring(column, column + length);
        String expected = "  " + line + "\n  " + " ".repeat(column) + "^".repeat(length);
        assertTrue(message.contains(expected), () -> "caret not under '" + token + "' in:\n" + message);
        assertTrue(message.contains(phrase), () -> "missing '" + phrase + "' in:\n" + message);
    }

    @Test
    void unknownName() {
        EquationException e = failEquations("dv/dt = (El - v)/tua : volt" + PARAMS);
        assertCaret(e, "dv/dt = (El - v)/tua : volt", "tua", "unknown name 'tua'");
        assertTrue(e.getMessage().contains("tau"), "the closest name is suggested first");
        assertEquals(0, e.span().line());
    }

    @Test
    void addingVoltsToAmps() {
        EquationException e = failEquations("dv/dt = (El - v + I)/tau : volt" + PARAMS);
        assertCaret(e, "dv/dt = (El - v + I)/tau : volt", "I", "cannot add El - v (volt) and I (amp)");
    }

    @Test
    void derivativeWithWrongUnit() {
        EquationException e = failEquations("dv/dt = (El - v) : volt" + PARAMS);
        assertCaret(e, "dv/dt = (El - v) : volt", "El - v", "the right-hand side of dv/dt is volt");
        assertTrue(e.getMessage().contains("expected volt/second (the unit of v, volt, per second)"), e.getMessage());
    }

    @Test
    void variableDefinedTwice() {
        EquationException e = failEquations("dv/dt = (El - v)/tau : volt" + PARAMS + "\ntau : second");
        assertCaret(e, "tau : second", "tau", "'tau' is defined twice (first on line 3)");
        assertEquals(5, e.span().line());
    }

    @Test
    void resetAssigningToUndefinedVariable() {
        EquationException e = assertThrows(EquationException.class,
            () -> check("dv/dt = (El - v)/tau : volt" + PARAMS, "v > -50*mV", "v = El; w += 1*mV", Refractoriness.none()));
        assertCaret(e, "v = El; w += 1*mV", "w", "reset assigns to 'w', which is not a variable of the model");
    }

    @Test
    void resetWithWrongUnit() {
        EquationException e = assertThrows(EquationException.class,
            () -> check("dv/dt = (El - v)/tau : volt" + PARAMS, "v > -50*mV", "v = 5*nA", Refractoriness.none()));
        assertCaret(e, "v = 5*nA", "5*nA", "5 * nA is amp, not volt");
    }

    @Test
    void resetAssigningToConstant() {
        EquationException e = assertThrows(EquationException.class, () -> check("dv/dt = (El - v)/tau : volt\nEl : volt (constant)\ntau : second",
            "v > -50*mV", "El = -60*mV", Refractoriness.none()));
        assertCaret(e, "El = -60*mV", "El", "'El' is constant and cannot be changed by the reset");
    }

    @Test
    void thresholdThatIsNotACondition() {
        EquationException e = assertThrows(EquationException.class,
            () -> check("dv/dt = (El - v)/tau : volt" + PARAMS, "v - 50*mV", null, Refractoriness.none()));
        assertCaret(e, "v - 50*mV", "v - 50*mV", "is volt, not a condition");
    }

    @Test
    void comparingVoltsWithSeconds() {
        EquationException e = assertThrows(EquationException.class,
            () -> check("dv/dt = (El - v)/tau : volt" + PARAMS, "v > tau", null, Refractoriness.none()));
        assertCaret(e, "v > tau", "tau", "cannot compare v (volt) and tau (second)");
    }

    @Test
    void missingUnit() {
        EquationException e = failEquations("dv/dt = (El - v)/tau" + PARAMS);
        assertCaret(e, "dv/dt = (El - v)/tau", "", "expected ':' and a unit but found end of text");
    }

    @Test
    void unknownUnit() {
        EquationException e = failEquations("dv/dt = (El - v)/tau : volts" + PARAMS);
        assertCaret(e, "dv/dt = (El - v)/tau : volts", "volts", "unknown unit 'volts'");
    }

    @Test
    void unbalancedParenthesis() {
        EquationException e = failEquations("dv/dt = (El - v/tau : volt" + PARAMS);
        assertCaret(e, "dv/dt = (El - v/tau : volt", ":", "expected ')' but found ':'");
    }

    @Test
    void caretIsNotAPowerOperator() {
        EquationException e = failEquations("dv/dt = (El - v)**2/(tau*mV) + v^2/(mV*tau) : volt" + PARAMS);
        assertCaret(e, "dv/dt = (El - v)**2/(tau*mV) + v^2/(mV*tau) : volt", "^", "'^' is not a power operator here");
    }

    @Test
    void exponentialOfAQuantityWithUnits() {
        EquationException e = failEquations("dv/dt = (El - v + exp(v))/tau : volt" + PARAMS);
        String line = "dv/dt = (El - v + exp(v))/tau : volt";
        assertCaret(e, line, line.indexOf("exp(v") + 4, 1, "v is volt, not dimensionless");
    }

    @Test
    void unknownFunction() {
        EquationException e = failEquations("dv/dt = (El - v)*expo(1)/tau : volt" + PARAMS);
        assertCaret(e, "dv/dt = (El - v)*expo(1)/tau : volt", "expo(1)", "unknown function 'expo'");
    }

    @Test
    void wrongNumberOfArguments() {
        EquationException e = failEquations("dv/dt = clip(El - v, 0*mV)/tau : volt" + PARAMS);
        assertCaret(e, "dv/dt = clip(El - v, 0*mV)/tau : volt", "clip(El - v, 0*mV)", "clip takes 3 arguments, not 2");
    }

    @Test
    void unknownFlag() {
        EquationException e = failEquations("dv/dt = (El - v)/tau : volt (unless refractry)" + PARAMS);
        assertCaret(e, "dv/dt = (El - v)/tau : volt (unless refractry)", "unless refractry", "unknown flag 'unless refractry'");
    }

    @Test
    void circularSubexpressions() {
        EquationException e = failEquations("dv/dt = (a - v)/tau : volt\na = b : volt\nb = a : volt\ntau : second");
        assertCaret(e, "a = b : volt", "a", "'a' is defined in terms of itself");
    }

    @Test
    void reservedName() {
        EquationException e = failEquations("dv/dt = (El - v)/tau : volt" + PARAMS + "\nt : second");
        assertCaret(e, "t : second", "t", "'t' is reserved");
    }

    @Test
    void fractionalPowersOfUnitsAreAccepted() {
        CheckedModel model = check("""
            dv/dt = (El - v)/tau + sigma*xn + 0.1*mV/sqrt(ms)*xn + (El - v)**1.5/(tau*sqrt(mV)) : volt
            sigma : volt/second**0.5
            xn : second**-0.5
            tau3 = tau**(1/3)*tau**(2/3)*ms**0 : second""" + PARAMS, null, null, Refractoriness.none());
        assertEquals(Dimension.TIME.power(-1).root(2), model.dimensions().get("xn"));
    }

    @Test
    void unitMissingASquareRoot() {
        EquationException e = failEquations("dv/dt = (El - v)/tau + sigma*xn : volt\nsigma : volt\nxn : second**-0.5" + PARAMS);
        assertCaret(e, "dv/dt = (El - v)/tau + sigma*xn : volt", "sigma*xn",
            "cannot add (El - v) / tau (volt/second) and sigma * xn (volt/second**0.5): units differ");
    }

    @Test
    void subexpressionWithFractionalUnitDeclaredWrongly() {
        EquationException e = failEquations("dv/dt = (El - v)/tau + n : volt\nn = mV/sqrt(ms) : volt/second" + PARAMS);
        assertCaret(e, "n = mV/sqrt(ms) : volt/second", "mV/sqrt(ms)", "mV / sqrt(ms) is volt/second**0.5, not volt/second");
    }

    @Test
    void quantityWithUnitsRaisedToAVariablePower() {
        EquationException e = failEquations("dv/dt = (El - v)**(v/mV)/tau : volt" + PARAMS);
        assertCaret(e, "dv/dt = (El - v)**(v/mV)/tau : volt", "v/mV", "can only be raised to a constant number");
    }

    @Test
    void quantityWithUnitsRaisedToAnUnreadableFraction() {
        EquationException e = failEquations("dv/dt = (El - v)**0.3333*mV**0.6667/tau : volt" + PARAMS);
        assertCaret(e, "dv/dt = (El - v)**0.3333*mV**0.6667/tau : volt", "0.3333",
            "cannot raise volt to the power 0.3333: the power must be a whole number or a fraction with a denominator up to 12");
    }

    @Test
    void unlessRefractoryWithoutRefractoryPeriod() {
        EquationException e = failEquations("dv/dt = (El - v)/tau : volt (unless refractory)" + PARAMS);
        assertCaret(e, "dv/dt = (El - v)/tau : volt (unless refractory)", "dv/dt", "held while refractory, but the model has no refractory period");
    }

    @Test
    void refractoryThatIsNeitherDurationNorCondition() {
        EquationException e = assertThrows(EquationException.class,
            () -> check("dv/dt = (El - v)/tau : volt" + PARAMS, "v > -50*mV", null, Refractoriness.of("5*mV")));
        assertCaret(e, "5*mV", "5*mV", "the refractory period is volt");
    }

    @Test
    void derivativeWithRespectToSomethingElse() {
        EquationException e = failEquations("dv/dx = (El - v)/tau : volt" + PARAMS);
        assertCaret(e, "dv/dx = (El - v)/tau : volt", "dx", "derivatives must be taken with respect to t");
    }

    @Test
    void requestedMethodThatDoesNotApply() {
        EquationException e = assertThrows(EquationException.class, () -> ModelChecker.check(
            Equations.parse(new Source("equations", "dv/dt = (v**2/mV - v)/tau : volt\ntau : second (shared)")), null, null,
            Refractoriness.none(), Namespace.empty(), IntegrationMethod.EXACT));
        assertCaret(e, "dv/dt = (v**2/mV - v)/tau : volt", "dv/dt", "method 'exact' cannot integrate this model: dv/dt is not linear");
    }

    @Test
    void unexpectedCharacter() {
        EquationException e = failEquations("dv/dt = (El - v)/tau $ 2 : volt" + PARAMS);
        assertCaret(e, "dv/dt = (El - v)/tau $ 2 : volt", "$", "unexpected character '$'");
    }

    @Test
    void negativeRefractoryDuration() {
        EquationException e = assertThrows(EquationException.class,
            () -> check("dv/dt = (El - v)/tau : volt" + PARAMS, "v > -50*mV", null, Refractoriness.of(Units.ms.of(-1))));
        assertTrue(e.getMessage().contains("is not a duration of zero or more"), e.getMessage());
    }

    // ---- white noise ---------------------------------------------------------------------------

    private static final String NOISY = "dv/dt = (El - v)/tau + sigma*sqrt(2/tau)*xi : volt\nEl : volt\ntau : second\nsigma : volt";

    private static EquationException failNoisy(String equations, String threshold, String reset, IntegrationMethod method) {
        return assertThrows(EquationException.class, () -> ModelChecker.check(Equations.parse(new Source("equations of model 'm'", equations)),
            threshold, reset, Refractoriness.none(), Namespace.empty(), method));
    }

    @Test
    void noiseInTheThreshold() {
        EquationException e = failNoisy(NOISY, "v > El + xi*mV*ms**0.5", null, null);
        assertCaret(e, "v > El + xi*mV*ms**0.5", "xi", "the threshold uses white noise (xi), which only differential equations can contain");
        assertTrue(e.getMessage().contains("rand() or randn()"), e.getMessage());
    }

    @Test
    void noiseInTheResetThroughASubexpression() {
        EquationException e = failNoisy(NOISY + "\nkick = sigma*sqrt(ms)*xi : volt", "v > El", "v = El + kick", null);
        assertCaret(e, "v = El + kick", "kick", "the reset uses white noise (kick, which contains xi)");
    }

    @Test
    void noiseWithTheWrongUnit() {
        EquationException e = failNoisy("dv/dt = (El - v)/tau + sigma*xi : volt\nEl : volt\ntau : second\nsigma : volt", null, null, null);
        assertCaret(e, "dv/dt = (El - v)/tau + sigma*xi : volt", "sigma*xi",
            "cannot add (El - v) / tau (volt/second) and sigma * xi (volt/second**0.5): units differ");
        assertTrue(e.getMessage().contains("(white noise xi is in 1/second**0.5: scale it as in sigma*sqrt(2/tau)*xi)"), e.getMessage());
    }

    @Test
    void noiseThatIsNotATerm() {
        EquationException e = failNoisy("dv/dt = (El - v)/tau*exp(xi*sqrt(ms)) : volt\nEl : volt\ntau : second", null, null, null);
        assertCaret(e, "dv/dt = (El - v)/tau*exp(xi*sqrt(ms)) : volt", "dv/dt", "white noise enters dv/dt other than as a term g*xi");
    }

    @Test
    void deterministicMethodsRefuseNoise() {
        for (IntegrationMethod method : new IntegrationMethod[] {IntegrationMethod.EXACT, IntegrationMethod.RK4,
            IntegrationMethod.EXPONENTIAL_EULER}) {
            EquationException e = failNoisy(NOISY, null, null, method);
            assertTrue(e.getMessage().contains("method '" + method + "' cannot integrate this model: " + method
                + " is a method for deterministic equations, and dv/dt has white noise (xi)"), e.getMessage());
            assertTrue(e.getMessage().contains("euler (Euler–Maruyama) or milstein"), e.getMessage());
        }
    }

    @Test
    void milsteinWithoutNoise() {
        EquationException e = failNoisy("dv/dt = (El - v)/tau : volt\nEl : volt\ntau : second", null, null, IntegrationMethod.MILSTEIN);
        assertTrue(e.getMessage().contains("milstein is a method for stochastic equations, and these have no white noise (xi)"),
            e.getMessage());
    }

    @Test
    void milsteinWithTwoSourcesOfMultiplicativeNoise() {
        EquationException e = failNoisy("dx/dt = -x/tau + x*(xi_a + xi_b)*sqrt(1/tau) : 1\ntau : second", null, null,
            IntegrationMethod.MILSTEIN);
        assertTrue(e.getMessage().contains("dx/dt has several noise sources and one multiplies the state"), e.getMessage());
    }

    @Test
    void aVariableNamedXi() {
        EquationException e = failEquations("dxi/dt = -xi/tau : 1\ntau : second");
        assertTrue(e.getMessage().contains("'xi' is white noise (xi, xi_1, xi_input, ...) and cannot name a variable"), e.getMessage());
    }

    @Test
    void noiseInAnInitialValue() {
        EquationException e = assertThrows(EquationException.class, () -> ModelChecker.checkValue(Equations.parse(new Source("m", NOISY)),
            Namespace.empty(), new Source("initial value of v", "El + sigma*sqrt(ms)*xi"), org.synfire.units.Dimension.of(2, 1, -3, -1, 0, 0, 0)));
        assertCaret(e, "El + sigma*sqrt(ms)*xi", "xi", "initial value of v uses white noise (xi)");
    }
}
