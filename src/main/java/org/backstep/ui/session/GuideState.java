package org.backstep.ui.session;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.backstep.lesson.ProgressStore;
import org.backstep.lesson.Question;
import org.backstep.lesson.Walkthrough;
import org.backstep.trace.EventLog;

/**
 * Where a student is in a lesson's guide, and what the guide does when they move or answer: which
 * stop is shown, where the cursor stands for it (just before the event while a prediction is
 * open), which stop follows a cursor the student moved, how an answer is graded, and what is saved
 * as progress. No Swing: the guide's panel shows this state and moves the cursor where it says.
 */
public final class GuideState {
    /** What a move of the cursor by the student did to the guide. */
    public enum Follow {
        /** Nothing: the stop shown is still the one at the cursor. */
        SAME,
        /** Another stop is shown now (and progress should be saved). */
        MOVED,
        /** The student stepped onto the value of the open prediction instead of predicting it. */
        STEPPED_ONTO
    }

    /** How an answer was taken. */
    public enum Grade { RIGHT, WRONG, NOT_A_NUMBER, NOTHING_CHOSEN }

    private final Walkthrough walkthrough;
    private int[] events;
    private int current;
    private final Set<Integer> visited = new HashSet<>();
    private final Map<Integer, Boolean> answers = new HashMap<>();

    private GuideState(Walkthrough walkthrough, int[] events) {
        this.walkthrough = walkthrough;
        this.events = events;
    }

    /** The guide of {@code walkthrough} over the recorded step {@code log}, where {@code saved} left it. */
    public static GuideState of(Walkthrough walkthrough, EventLog log, ProgressStore.Progress saved) {
        GuideState guide = new GuideState(walkthrough, walkthrough.resolve(log));
        if (!walkthrough.isEmpty()) {
            guide.visited.addAll(saved.visited());
            guide.answers.putAll(saved.answers());
            int stop = Math.min(saved.stop(), walkthrough.size() - 1);
            if (guide.events[stop] >= 0) {
                guide.current = stop;
                guide.visited.add(stop);
            }
        }
        return guide;
    }

    public boolean isEmpty() {
        return walkthrough.isEmpty();
    }

    public int size() {
        return walkthrough.size();
    }

    /** The stop shown. */
    public int current() {
        return current;
    }

    public Walkthrough.Stop stop() {
        return walkthrough.stop(current);
    }

    /** The event of the stop shown. */
    public int event() {
        return events[current];
    }

    /** The step was recorded again (an edit, another epoch): the stops find their events anew. */
    public void relocate(EventLog log) {
        events = walkthrough.resolve(log);
    }

    /** Where the cursor stands for stop {@code index}: before its event while its prediction is open. */
    public int anchor(int index) {
        boolean predictionOpen = walkthrough.stop(index).question() instanceof Question.Predict
                && !answeredRight(index);
        return predictionOpen ? events[index] - 1 : events[index];
    }

    /** Whether stop {@code index} can be shown: it exists and its event is in the recorded step. */
    public boolean canShow(int index) {
        return index >= 0 && index < walkthrough.size() && events[index] >= 0;
    }

    /** Shows stop {@code index} (see {@link #canShow}) and returns where the cursor goes for it. */
    public int goTo(int index) {
        current = index;
        visited.add(index);
        return anchor(index);
    }

    /**
     * The student moved the cursor to {@code position}: the guide shows the last stop whose place
     * is at or before it, and notices when the student stepped onto the value of an open prediction.
     */
    public Follow follow(int position) {
        int nearest = 0;
        for (int i = 0; i < events.length; i++) {
            if (events[i] >= 0 && anchor(i) <= position) {
                nearest = i;
            }
        }
        if (nearest != current) {
            current = nearest;
            visited.add(current);
            return Follow.MOVED;
        }
        boolean unanswered = stop().question() instanceof Question.Predict && !answers.containsKey(current);
        return unanswered && position >= events[current] ? Follow.STEPPED_ONTO : Follow.SAME;
    }

    /** Grades a predicted number against {@code truth}, the value the stop's event computed. */
    public Grade check(OptionalDouble typed, double truth) {
        if (typed.isEmpty()) {
            return Grade.NOT_A_NUMBER;
        }
        return answered(((Question.Predict) stop().question()).accepts(typed.getAsDouble(), truth));
    }

    /** Grades the option chosen (-1: none). */
    public Grade check(int chosen) {
        if (chosen < 0) {
            return Grade.NOTHING_CHOSEN;
        }
        return answered(((Question.Choice) stop().question()).accepts(chosen));
    }

    /** Once answered right, a question stays right; a wrong try only counts while there is no right one. */
    private Grade answered(boolean right) {
        answers.merge(current, right, Boolean::logicalOr);
        return right ? Grade.RIGHT : Grade.WRONG;
    }

    /** Whether the question of stop {@code index} was answered right. */
    public boolean answeredRight(int index) {
        return Boolean.TRUE.equals(answers.get(index));
    }

    public boolean hasPrevious() {
        return current > 0;
    }

    public boolean hasNext() {
        return current < walkthrough.size() - 1;
    }

    /** Forgets every answer and visited stop ("restart lesson"); the caller goes to the first stop. */
    public void restart() {
        visited.clear();
        answers.clear();
    }

    /** What to save of the student's progress. */
    public ProgressStore.Progress progress() {
        return new ProgressStore.Progress(current, visited, answers);
    }
}
