package org.backstep.lesson.worksheet;

import org.backstep.engine.EquationLine;
import org.backstep.lesson.Question;

/**
 * One answer of the key, which is printed apart from the student's copy.
 *
 * @param number  the question's number on the sheet
 * @param value   the value the question's event computed (the answer of a prediction)
 * @param working the event's working with its numbers substituted, e.g.
 *                {@code z1[0] = 0.5·0.8 + (-0.2)·0.2 + 0.1 = 0.46}; null when the stop finds no event
 * @param line    the chain-rule line the working instantiates, or null
 * @param question the stop's question: a prediction's hint, or a choice's answer and explanation
 */
public record KeyEntry(int number, double value, String working, EquationLine line, Question question) {

    /** The answer as the sheet prints it: the number of a prediction, the right option of a choice. */
    public String answer() {
        return question instanceof Question.Choice choice ? choice.options().get(choice.answer())
                : org.backstep.engine.Numbers.format(value);
    }
}
