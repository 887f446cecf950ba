package org.backstep.ui.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.backstep.lesson.Answer;
import org.backstep.lesson.ProgressStore;
import org.backstep.lesson.Question;
import org.backstep.lesson.Walkthrough;
import org.backstep.trace.EventLog;

/**
 * Where a student is in a lesson's guide, and what the guide does when they move or answer: which
 * stop is shown, where the cursor stands for it (just before the event while a prediction is
 * open), how far the cursor may go while a question is open ({@link #limit}), which stop follows a
 * cursor the student moved, how an answer is graded, and what is saved as progress. No Swing: the
 * guide's panel shows this state and moves the cursor where it says.
 */
public final class GuideState {
    /** What a move of the cursor by the student did to the guide. */
    public enum Follow {
        /** Nothing: the stop shown is still the one at the cursor. */
        SAME,
        /** Another stop is shown now (and progress should be saved). */
        MOVED,
        /** Another stop is shown now, and the move passed stops without showing them (they are marked skipped). */
        SKIPPED
    }

    /** A pause longer than this between two things the student did is not counted as time spent. */
    static final Duration IDLE = Duration.ofMinutes(5);

    /** How an answer was taken. */
    public enum Grade { RIGHT, WRONG, NOT_A_NUMBER, NOTHING_CHOSEN }

    private final Walkthrough walkthrough;
    private int[] events;
    private int current;
    private final Set<Integer> visited = new HashSet<>();
    private final Set<Integer> skipped = new HashSet<>();
    private final Map<Integer, Answer> answers = new HashMap<>();
    private final Clock clock;
    private long activeSeconds;
    private Instant lastActivity;

    private GuideState(Walkthrough walkthrough, int[] events, Clock clock) {
        this.walkthrough = walkthrough;
        this.events = events;
        this.clock = clock;
    }

    /** The guide of {@code walkthrough} over the recorded step {@code log}, where {@code saved} left it. */
    public static GuideState of(Walkthrough walkthrough, EventLog log, ProgressStore.Progress saved) {
        return of(walkthrough, log, saved, Clock.systemUTC());
    }

    /** As {@link #of(Walkthrough, EventLog, ProgressStore.Progress)}, telling the time by {@code clock}. */
    public static GuideState of(Walkthrough walkthrough, EventLog log, ProgressStore.Progress saved, Clock clock) {
        GuideState guide = new GuideState(walkthrough, walkthrough.resolve(log), clock);
        if (!walkthrough.isEmpty()) {
            guide.visited.addAll(saved.visited());
            guide.skipped.addAll(saved.skipped());
            guide.skipped.removeAll(saved.visited());
            guide.answers.putAll(saved.answers());
            guide.activeSeconds = saved.activeSeconds();
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
        return predicts(index) && !settled(index) ? events[index] - 1 : events[index];
    }

    private boolean predicts(int index) {
        return walkthrough.stop(index).question() instanceof Question.Predict;
    }

    /**
     * The stop whose question is the first one in the step still open (neither answered right nor
     * revealed), or -1. Stops are in the step's order, so no later value comes before it.
     */
    public int firstOpenQuestion() {
        for (int i = 0; i < events.length; i++) {
            if (events[i] >= 0 && walkthrough.stop(i).question() != null && !settled(i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The furthest the cursor may go while questions are open: just before the event of the first
     * open prediction (its value, and all computed from it, stay unseen), or onto the event of the
     * first open choice; {@code Integer.MAX_VALUE} once every question is settled.
     */
    public int limit() {
        int open = firstOpenQuestion();
        return open < 0 ? Integer.MAX_VALUE : anchor(open);
    }

    /** Whether stop {@code index} can be shown: it exists and its event is in the recorded step. */
    public boolean canShow(int index) {
        return index >= 0 && index < walkthrough.size() && events[index] >= 0;
    }

    /** Shows stop {@code index} (see {@link #canShow}) and returns where the cursor goes for it. */
    public int goTo(int index) {
        touch();
        show(index);
        return anchor(index);
    }

    private void show(int index) {
        current = index;
        visited.add(index);
        skipped.remove(index);
    }

    /**
     * The student moved the cursor to {@code position}: the guide shows the last stop whose place
     * is at or before it. Stops a forward jump passed over without showing them are marked skipped
     * (not visited); the panel can show them.
     */
    public Follow follow(int position) {
        touch();
        int nearest = 0;
        for (int i = 0; i < events.length; i++) {
            if (events[i] >= 0 && anchor(i) <= position) {
                nearest = i;
            }
        }
        if (nearest == current) {
            return Follow.SAME;
        }
        boolean passed = false;
        for (int i = current + 1; i < nearest; i++) {
            if (events[i] >= 0 && !visited.contains(i)) {
                skipped.add(i);
                passed = true;
            }
        }
        show(nearest);
        return passed ? Follow.SKIPPED : Follow.MOVED;
    }

    /** Stops passed by a jump and not seen since, in order. */
    public java.util.List<Integer> skipped() {
        return skipped.stream().sorted().toList();
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

    /** Every graded try is counted; once answered right or revealed, a question stays so. */
    private Grade answered(boolean right) {
        Instant now = touch();
        answers.put(current, answer(current).tried(right, now));
        return right ? Grade.RIGHT : Grade.WRONG;
    }

    /** The student chose to be shown the answer of the stop shown: recorded as revealed, not right. */
    public void reveal() {
        Instant now = touch();
        answers.put(current, answer(current).revealedAt(now));
    }

    /** What the student did with the question of stop {@code index} so far. */
    public Answer answer(int index) {
        return answers.getOrDefault(index, Answer.NONE);
    }

    /** Whether the question of stop {@code index} was answered right. */
    public boolean answeredRight(int index) {
        return answer(index).right();
    }

    /** Whether the student may go past stop {@code index}'s question: answered right or revealed. */
    public boolean settled(int index) {
        return answer(index).settled();
    }

    /** Counts the time since the student last did something, unless it was a long pause. */
    private Instant touch() {
        Instant now = clock.instant();
        if (lastActivity != null) {
            Duration gap = Duration.between(lastActivity, now);
            if (!gap.isNegative() && gap.compareTo(IDLE) <= 0) {
                activeSeconds += gap.toSeconds();
            }
        }
        lastActivity = now;
        return now;
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
        skipped.clear();
        answers.clear();
        activeSeconds = 0;
        lastActivity = null;
    }

    /** What to save of the student's progress. */
    public ProgressStore.Progress progress() {
        return new ProgressStore.Progress(current, visited, skipped, answers, activeSeconds);
    }
}
