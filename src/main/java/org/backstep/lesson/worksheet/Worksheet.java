package org.backstep.lesson.worksheet;

import java.util.ArrayList;
import java.util.List;
import org.backstep.engine.Quantities;
import org.backstep.lesson.Lesson;

/**
 * What a printed worksheet of a lesson holds, before any renderer lays it out: the network with
 * every number the questions read from it, the questions of the walkthrough with the values each
 * needs from earlier in the step, and apart from them the answer key. It is written for the
 * lesson as written: its first step (epoch 0) from the file's own weights.
 *
 * @param lesson     the lesson, with its texts in the sheet's language
 * @param quantities the names and kinds of the step's numbers, for renderers that put them in words
 * @param flags      what the author should look at before printing
 */
public record Worksheet(Lesson lesson, Quantities quantities, PrintedNetwork network, List<SheetQuestion> questions,
                        List<KeyEntry> key, List<Flag> flags) {

    public Worksheet {
        questions = List.copyOf(questions);
        key = List.copyOf(key);
        flags = List.copyOf(flags);
    }

    /** The worksheet of {@code lesson} with its texts in {@code language} (where it has them). */
    public static Worksheet of(Lesson lesson, String language) {
        return new WorksheetBuilder(lesson.in(language)).build();
    }

    /**
     * Every number the student's copy prints: the network's parameters, the data, the learning
     * rate, and the values given under questions. No answer of the key may be among them.
     */
    public List<Double> printedNumbers() {
        List<Double> numbers = new ArrayList<>(network.numbers());
        for (SheetQuestion q : questions) {
            q.givens().stream().filter(Given::printed).forEach(g -> numbers.add(g.value()));
        }
        return numbers;
    }
}
