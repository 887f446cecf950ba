package org.backstep.lesson;

import java.time.Instant;

/**
 * What a student did with one question, as a teacher marking a lab wants to know it: how many
 * tries, whether the first one was right, whether it was right in the end, whether the student
 * chose to be shown the answer, and when the question was settled (or last tried while open).
 * A revealed answer never counts as right first time, whatever is typed after it.
 *
 * @param tries         graded tries (an empty field or no option chosen is not a try)
 * @param firstTryRight the first graded try was right, before any reveal
 * @param right         some try was right
 * @param revealed      the student asked to be shown the answer
 * @param at            when the question was settled (right or revealed), or last tried; null if never
 */
public record Answer(int tries, boolean firstTryRight, boolean right, boolean revealed, Instant at) {
    /** A question not yet tried. */
    public static final Answer NONE = new Answer(0, false, false, false, null);

    public Answer {
        if (tries < 0) {
            throw new IllegalArgumentException("tries must be at least 0");
        }
    }

    /** Right or revealed: the student may go past the question. */
    public boolean settled() {
        return right || revealed;
    }

    /** This record after one more graded try at {@code now}. */
    public Answer tried(boolean correct, Instant now) {
        boolean first = tries == 0 && !revealed && correct;
        // Once settled, the time a teacher sees stays the time it was settled.
        Instant when = settled() ? at : now;
        return new Answer(tries + 1, firstTryRight || first, right || correct, revealed, when);
    }

    /** This record after the student chose to be shown the answer at {@code now}. */
    public Answer revealedAt(Instant now) {
        if (settled()) {
            return this;
        }
        return new Answer(tries, firstTryRight, right, true, now);
    }
}
