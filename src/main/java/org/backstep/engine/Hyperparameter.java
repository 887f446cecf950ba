package org.backstep.engine;

/**
 * One setting of an optimizer as a lesson file names it ({@code learningRate}, {@code momentum}),
 * with its default and the range it must lie in. The lesson validator, the command line and the
 * window all check a value with {@link #problem}, so they accept the same numbers and say the
 * same thing about the others.
 *
 * @param field        the field's name in a lesson file's {@code training} object
 * @param defaultValue the value when the file does not give one; NaN when it must
 */
public record Hyperparameter(String field, double defaultValue, double min, boolean minIncluded, double max,
                             boolean maxIncluded) {

    /** Whether a lesson file must give this setting. */
    public boolean required() {
        return Double.isNaN(defaultValue);
    }

    /** Whether {@code value} lies in the range. */
    public boolean accepts(double value) {
        return Double.isFinite(value) && (minIncluded ? value >= min : value > min)
                && (maxIncluded ? value <= max : value < max);
    }

    /** What is wrong with {@code value} ("must be greater than 0 and at most 100"), or null when nothing is. */
    public String problem(double value) {
        return accepts(value) ? null : "must be " + range();
    }

    /** What a missing required value should be: "a number greater than 0". */
    public String wanted() {
        return "a number " + (minIncluded ? "of at least " : "greater than ") + Numbers.format(min);
    }

    /** The range in words: "greater than 0 and at most 100". */
    public String range() {
        return (minIncluded ? "at least " : "greater than ") + Numbers.format(min) + " and "
                + (maxIncluded ? "at most " : "less than ") + Numbers.format(max);
    }
}
