package org.backstep.lesson;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A lesson's texts in another language: title, goals, and per walkthrough stop its narration and
 * question texts. Numbers, selectors and answers are never translated, so a translation cannot
 * change what a lesson teaches.
 *
 * @param stops one entry per stop of the walkthrough, in stop order; null where a stop is not
 *              translated (it is then shown in the lesson's own language)
 */
public record Translation(String title, List<String> goals, List<StopText> stops) {

    /** The texts of one stop; fields of a question the stop does not ask are null. */
    public record StopText(String say, String hint, String prompt, List<String> options, String explain) {
        public StopText {
            options = options == null ? null : List.copyOf(options);
        }
    }

    public Translation {
        goals = List.copyOf(goals);
        // List.copyOf refuses nulls, and a null stop is meaningful here.
        stops = Collections.unmodifiableList(new ArrayList<>(stops));
    }

    /** This translation with an untranslated stop inserted at {@code index} (a stop added by a teacher). */
    Translation withUntranslatedStop(int index) {
        List<StopText> more = new ArrayList<>(stops);
        more.add(index, null);
        return new Translation(title, goals, more);
    }

    /** {@code stop}'s texts in this language, keeping the original where this one has none. */
    Walkthrough.Stop apply(int index, Walkthrough.Stop stop) {
        StopText text = index < stops.size() ? stops.get(index) : null;
        if (text == null) {
            return stop;
        }
        Question question = stop.question();
        if (question instanceof Question.Predict predict && text.hint() != null) {
            question = new Question.Predict(predict.tolerance(), text.hint());
        } else if (question instanceof Question.Choice choice) {
            question = new Question.Choice(text.prompt() == null ? choice.prompt() : text.prompt(),
                    text.options() == null ? choice.options() : text.options(), choice.answer(),
                    text.explain() == null ? choice.explanation() : text.explain());
        }
        return new Walkthrough.Stop(stop.at(), text.say(), question);
    }
}
