package org.backstep.lesson;

import java.util.List;

/** A question a walkthrough stop asks before the student goes on. */
public sealed interface Question permits Question.Predict, Question.Choice {

    /**
     * Predict-then-reveal: the student types the value the stop's event is about to compute.
     *
     * @param tolerance how far from the true value an answer may be and still count (absolute)
     * @param hint      shown after a wrong answer
     */
    record Predict(double tolerance, String hint) implements Question {
        public Predict {
            if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
                throw new IllegalArgumentException("tolerance must be a finite number >= 0");
            }
        }

        /** True when {@code answer} is within the tolerance of {@code truth}. */
        public boolean accepts(double answer, double truth) {
            return Double.isFinite(answer) && Math.abs(answer - truth) <= tolerance;
        }
    }

    /**
     * Multiple choice.
     *
     * @param options     the choices, in the order shown
     * @param answer      the index of the right one
     * @param explanation shown once answered
     */
    record Choice(String prompt, List<String> options, int answer, String explanation) implements Question {
        public Choice {
            options = List.copyOf(options);
            if (answer < 0 || answer >= options.size()) {
                throw new IllegalArgumentException("answer must index one of the options");
            }
        }

        public boolean accepts(int chosen) {
            return chosen == answer;
        }
    }
}
