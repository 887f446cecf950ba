package org.backstep.lesson.worksheet;

/**
 * Something the lesson's author should look at before printing, told in the export's result
 * rather than left for a student to trip over.
 *
 * @param question the question's number on the sheet
 * @param stop     the walkthrough stop, counted from 1 as the app's stop list counts
 * @param kind     what is wrong
 * @param detail   the words found (app-only wording), or the name of the quantity concerned
 */
public record Flag(int question, int stop, Kind kind, String detail) {

    public enum Kind {
        /** The question's text asks for something only the app can do: hover, click, drag, press. */
        APP_ONLY_WORDING,
        /** A value the question needs prints as the same number as another question's answer. */
        GIVEN_SHOWS_AN_ANSWER,
        /** The stop's selector finds no event in the lesson's first step. */
        NO_EVENT
    }
}
