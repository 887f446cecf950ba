package org.backstep.lesson.worksheet;

import java.util.List;
import org.backstep.engine.EquationLine;
import org.backstep.engine.Phase;
import org.backstep.lesson.Question;

/**
 * One question of the student's copy: the stop's narration and question as written (a choice's
 * options in order, its answer left for the key), the event it asks about, and what the student
 * needs that the network's printed numbers do not show.
 *
 * @param number   1, 2, … in the order of the sheet
 * @param stop     the index of the walkthrough stop (0-based)
 * @param quantity the name of the quantity the event computes, e.g. {@code z1[0]}; null when the stop finds no event
 * @param sample   the sample whose pass the event belongs to, or -1 (an update)
 * @param line     the chain-rule line the event instantiates; null when the stop finds no event
 * @param givens   the values the event read that came earlier in the step, in the order it read them
 */
public record SheetQuestion(int number, int stop, String narration, Question question, Phase phase, String quantity,
                            int sample, EquationLine line, List<Given> givens) {
    public SheetQuestion {
        givens = List.copyOf(givens);
    }
}
