package org.backstep.lesson;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import org.backstep.engine.Phase;
import org.backstep.trace.EventLog;

/**
 * Checks a lesson's walkthrough (format 2): every stop has a selector, a narration of sensible
 * length and at most one well-formed question, and every selector finds its event in the lesson's
 * recorded step. Problems go to the same located list as the rest of the lesson's.
 */
final class WalkthroughValidator {
    static final int MAX_STOPS = 200;
    static final int MAX_NARRATION = 2_000;
    static final int MAX_OPTIONS = 8;
    /** Recording the step to check the selectors stops here; a walkthrough is for small lessons. */
    static final int MAX_CHECKED_EVENTS = 2_000_000;

    private final BiConsumer<FieldPath, String> problem;

    WalkthroughValidator(BiConsumer<FieldPath, String> problem) {
        this.problem = problem;
    }

    /** The stops as written, or null when any is broken (each problem is reported). */
    List<Walkthrough.Stop> stops(List<LessonFile.StopFile> files, FieldPath at) {
        if (files.size() > MAX_STOPS) {
            problem.accept(at, "a walkthrough has at most " + MAX_STOPS + " stops");
            return null;
        }
        List<Walkthrough.Stop> stops = new ArrayList<>();
        boolean broken = false;
        for (int i = 0; i < files.size(); i++) {
            Walkthrough.Stop stop = stop(files.get(i), at.index(i));
            broken |= stop == null;
            stops.add(stop);
        }
        return broken ? null : stops;
    }

    private Walkthrough.Stop stop(LessonFile.StopFile file, FieldPath at) {
        if (file == null) {
            problem.accept(at, "a stop must be an object { \"at\": …, \"say\": … }");
            return null;
        }
        Selector selector = file.at() == null ? null : selector(file.at(), at.field("at"));
        if (file.at() == null) {
            problem.accept(at.field("at"), "missing; required: where the stop is, e.g. {\"phase\": \"backward\", "
                    + "\"quantity\": \"dL/da1[0]\"}");
        }
        boolean ok = selector != null;
        if (file.say() == null || file.say().isBlank() || file.say().length() > MAX_NARRATION) {
            problem.accept(at.field("say"), file.say() == null ? "missing; required: the narration of this stop"
                    : "the narration must have 1 to " + MAX_NARRATION + " characters");
            ok = false;
        }
        if (file.predict() != null && file.choice() != null) {
            problem.accept(at.field("choice"), "a stop asks at most one question; keep \"predict\" or \"choice\"");
            return null;
        }
        Question question = null;
        if (file.predict() != null) {
            question = predict(file.predict(), at.field("predict"));
            ok &= question != null;
        } else if (file.choice() != null) {
            question = choice(file.choice(), at.field("choice"));
            ok &= question != null;
        }
        return ok ? new Walkthrough.Stop(selector, file.say(), question) : null;
    }

    private Selector selector(LessonFile.SelectorFile file, FieldPath at) {
        boolean ok = true;
        Phase phase = null;
        if (file.phase() != null) {
            phase = Arrays.stream(Phase.values()).filter(p -> p.fileName().equals(file.phase())).findFirst()
                    .orElse(null);
            if (phase == null) {
                problem.accept(at.field("phase"), Suggestions.unknown("phase", file.phase(),
                        Arrays.stream(Phase.values()).map(Phase::fileName).toList(), "allowed"));
                ok = false;
            }
        }
        if (file.quantity() != null && file.quantity().isBlank()) {
            problem.accept(at.field("quantity"), "must name a quantity, e.g. \"z1[0]\" or \"dL/dW2*\"");
            ok = false;
        }
        int occurrence = file.occurrence() == null ? 1 : file.occurrence();
        if (occurrence < 1) {
            problem.accept(at.field("occurrence"), "counts matches from 1");
            ok = false;
        }
        if (file.phase() == null && file.quantity() == null && file.equation() == null) {
            problem.accept(at, "say where the stop is: a phase, a quantity, an equation line, or several");
            ok = false;
        }
        return ok ? new Selector(phase, file.quantity(), file.equation(), occurrence) : null;
    }

    private Question predict(LessonFile.PredictFile file, FieldPath at) {
        double tolerance = file.tolerance() == null ? 0.001 : file.tolerance();
        if (!(tolerance >= 0) || tolerance > 1e6) {
            problem.accept(at.field("tolerance"), "must be a number from 0 to 1000000");
            return null;
        }
        return new Question.Predict(tolerance, file.hint() == null ? "" : file.hint());
    }

    private Question choice(LessonFile.ChoiceFile file, FieldPath at) {
        List<String> options = file.options();
        if (options == null || options.size() < 2 || options.size() > MAX_OPTIONS
                || options.stream().anyMatch(o -> o == null || o.isBlank())) {
            problem.accept(at.field("options"), "must list 2 to " + MAX_OPTIONS + " answers, none empty");
            return null;
        }
        if (file.answer() == null || file.answer() < 0 || file.answer() >= options.size()) {
            problem.accept(at.field("answer"), "must be the index of the right option, from 0 to " + (options.size() - 1));
            return null;
        }
        if (file.prompt() == null || file.prompt().isBlank()) {
            problem.accept(at.field("prompt"), "missing; required: the question to ask");
            return null;
        }
        return new Question.Choice(file.prompt(), options, file.answer(), file.explain() == null ? "" : file.explain());
    }

    /** Reports every stop whose selector finds no event in the recorded step of {@code lesson}. */
    void checkSelectors(Lesson lesson, FieldPath at) {
        EventLog log = lesson.recordFirstStep(MAX_CHECKED_EVENTS);
        int[] events = lesson.walkthrough().resolve(log);
        int previous = -1;
        for (int i = 0; i < events.length; i++) {
            Selector selector = lesson.walkthrough().stop(i).at();
            if (events[i] < 0) {
                String names = selector.equation() == null
                        ? "quantities are named like z1[0], a1[0], L, dL/da1[0], dL/dW2[0][1], W1[0][0] (see the trace command)"
                        : "this lesson's equation lines are " + String.join(", ", equationIds(log));
                problem.accept(at.index(i).field("at"), "no event of the lesson's step matches " + selector + "; " + names);
            } else if (events[i] < previous) {
                // Next and Previous walk the step in order; a stop behind the one before it could never be reached
                // by stepping. Two stops on one event are fine (a teacher may add a second one there).
                problem.accept(at.index(i).field("at"), "this stop's event (" + selector + ", event " + events[i]
                        + ") comes before the previous stop's (event " + previous + "); stops follow the order of the step");
            }
            previous = Math.max(previous, events[i]);
        }
    }

    private static java.util.Set<String> equationIds(EventLog log) {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        for (int seq = 0; seq < log.size(); seq++) {
            ids.add(log.quantities().equation(log.slot(seq)).id());
        }
        return ids;
    }
}
