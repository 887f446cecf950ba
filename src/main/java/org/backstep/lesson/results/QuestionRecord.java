package org.backstep.lesson.results;

import java.time.Instant;
import org.backstep.lesson.Answer;
import org.backstep.lesson.Question;
import org.backstep.lesson.Walkthrough;

/**
 * One question of a results file: which stop asked it (counted from 1, as a teacher reads the
 * lesson), what it asked in a few words, and what the student did.
 *
 * @param stop  the stop's number, from 1
 * @param kind  predict a value, or choose an option
 * @param label the quantity to predict ({@code z1[0]}) or the choice's prompt, shortened
 * @param at    when the question was settled or last tried; null if never
 */
public record QuestionRecord(int stop, Kind kind, String label, int tries, boolean firstTryRight, boolean right,
                             boolean revealed, Instant at) {
    /** Longest label kept; a prompt is a sentence, a column heading wants a few words. */
    static final int LABEL_LENGTH = 60;

    public enum Kind {
        PREDICT, CHOICE;

        /** The word a results file writes. */
        public String fileName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public QuestionRecord {
        if (stop < 1 || tries < 0) {
            throw new IllegalArgumentException("stops count from 1 and tries from 0");
        }
        label = label == null ? "" : label;
    }

    /** The record of the question at stop {@code index} (from 0), answered as {@code answer} says. */
    public static QuestionRecord of(int index, Walkthrough.Stop stop, Answer answer) {
        return of(index, stop, answer, name -> name);
    }

    /**
     * As {@link #of(int, Walkthrough.Stop, Answer)}, with a predicted quantity labelled by the name
     * the window shows for it ({@code shown}: "z(h1)" for {@code z1[0]}).
     */
    public static QuestionRecord of(int index, Walkthrough.Stop stop, Answer answer,
                                    java.util.function.UnaryOperator<String> shown) {
        Kind kind = stop.question() instanceof Question.Choice ? Kind.CHOICE : Kind.PREDICT;
        String label = stop.question() instanceof Question.Choice c ? c.prompt()
                : stop.at().quantity() != null ? shown.apply(stop.at().quantity()) : stop.at().toString();
        return new QuestionRecord(index + 1, kind, shorten(label), answer.tries(), answer.firstTryRight(),
                answer.right(), answer.revealed(), answer.at());
    }

    public Outcome outcome() {
        return Outcome.of(this);
    }

    /** The question without the student's answer: what a column of the class view is about. */
    public Heading heading() {
        return new Heading(stop, kind, label);
    }

    /** What a column of the class table is about: a stop's question. */
    public record Heading(int stop, Kind kind, String label) {
    }

    static String shorten(String text) {
        String one = text.strip().replaceAll("\\s+", " ");
        if (one.codePointCount(0, one.length()) <= LABEL_LENGTH) {
            return one;
        }
        return one.substring(0, one.offsetByCodePoints(0, LABEL_LENGTH - 1)).strip() + "…";
    }
}
