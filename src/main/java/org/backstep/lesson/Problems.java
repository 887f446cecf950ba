package org.backstep.lesson;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The problems found in one lesson file so far, each located (line, column, field) in the file's
 * text. The binding and the lesson's validators all add to one list, so a teacher gets every
 * problem at once, in the order of the file. A value of the wrong kind is bound as missing; a
 * place reported once says nothing more (its "missing" would only repeat the same mistake).
 */
final class Problems {
    private final String file;
    private final Locator locator;
    private final List<LessonProblem> found = new ArrayList<>();
    /** Where a value of the wrong kind was: checks of the same place are not told again. */
    private final Set<FieldPath> wrongKind = new HashSet<>();
    /** Every problem found, told or not: a validator compares counts to tell whether its part was whole. */
    private int seen;

    Problems(String file, Locator locator) {
        this.file = file;
        this.locator = locator;
    }

    void add(FieldPath path, String message) {
        seen++;
        if (!wrongKind.contains(path)) {
            add(locator.position(path), path, message);
        }
    }

    /** A field that should not be there, placed at its name. */
    void addAtName(FieldPath path, String message) {
        add(locator.namePosition(path), path, message);
    }

    /** A problem at a byte of the file, found while reading it. */
    void addAt(long offset, FieldPath path, String message) {
        add(TextPosition.of(locator.content(), offset), path, message);
    }

    /**
     * A value of the wrong kind at {@code path}: it is bound as missing, and not reported again.
     * A null message only marks the place (a list whose numbers were each reported already).
     */
    void wrongKind(FieldPath path, String message) {
        if (message != null) {
            add(path, message);
        } else {
            seen++;
        }
        wrongKind.add(path);
    }

    private void add(TextPosition at, FieldPath path, String message) {
        seen++;
        found.add(new LessonProblem(file, at.line(), at.column(), path.toString(), message));
    }

    /** Whether {@code value} is there; a missing one is a problem saying what is required. */
    boolean require(Object value, FieldPath path, String what) {
        if (value == null) {
            missing(path, what);
            return false;
        }
        return true;
    }

    /** A field the file must give is missing; {@code what} says what it should hold. */
    void missing(FieldPath path, String what) {
        add(path, "missing; required: " + what);
    }

    /** A number too large for a double (bound as an infinity) is a problem. */
    void finite(double v, FieldPath at) {
        if (!Double.isFinite(v)) {
            add(at, "the number is too large to represent; every number must be finite (|v| < 1.8e308)");
        }
    }

    /**
     * How many problems were found, including those not told again at a place already reported:
     * a validator compares counts to tell whether its part was whole.
     */
    int count() {
        return seen;
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** The problems so far, in the order of the file, as the exception a loader throws. */
    LessonException exception() {
        List<LessonProblem> inOrder = new ArrayList<>(found);
        inOrder.sort(Comparator.comparingInt(LessonProblem::line).thenComparingInt(LessonProblem::column));
        return new LessonException(inOrder);
    }

    /** "1 row", "3 numbers". */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
