package org.backstep.lesson.worksheet;

/**
 * A value a question needs that the step computed before the question's event: a hidden unit's
 * output a prediction multiplies, the gradient an update subtracts. The sheet prints it under the
 * question, or, when an earlier question asks for it, points at that question instead of giving
 * its answer away.
 *
 * @param slot     the quantity (see {@code engine.Quantities})
 * @param name     its name as the app's tables write it, e.g. {@code a1[0]}
 * @param value    the value the event read
 * @param sample   the sample it belongs to, or -1 for a quantity of the whole batch
 * @param soFar    true when it is the event's own quantity before the event (a sum so far)
 * @param question the number of the earlier question whose answer it is, or 0 when it is printed
 */
public record Given(int slot, String name, double value, int sample, boolean soFar, int question) {

    /** Whether the sheet prints the number (rather than pointing at an earlier question). */
    public boolean printed() {
        return question == 0;
    }
}
