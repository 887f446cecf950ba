package org.backstep.lesson.results;

/**
 * How one student's question ended, as a teacher sorts it, best first. Exactly one applies: a
 * right first try; right after wrong tries; the answer shown (whatever was typed after it);
 * tried but not right yet; not tried.
 */
public enum Outcome {
    FIRST_TRY, AFTER_TRIES, SHOWN, NOT_YET_RIGHT, NOT_TRIED;

    /** The outcome of a question's record. */
    public static Outcome of(QuestionRecord q) {
        if (q.firstTryRight()) {
            return FIRST_TRY;
        }
        if (q.revealed()) {
            return SHOWN;
        }
        if (q.right()) {
            return AFTER_TRIES;
        }
        return q.tries() > 0 ? NOT_YET_RIGHT : NOT_TRIED;
    }
}
