package org.backstep.ui.session;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.backstep.engine.Dataset;
import org.backstep.engine.Training;
import org.backstep.engine.TrainingRun;
import org.backstep.engine.TrainingState;
import org.backstep.engine.TrainingStep;
import org.backstep.lesson.Lesson;
import org.backstep.replay.ReplayCursor;
import org.backstep.trace.EventLog;
import org.backstep.trace.Recordings;

/**
 * What the debugger window shows: a lesson, the training step being replayed (its epoch, the
 * parameters it started from, its event log) and the replay cursor. Recording one step takes
 * microseconds, so edits re-record at once on the Swing thread; training many epochs does not
 * happen here. Listeners are told on the thread that made the change (the Swing thread).
 */
public final class StepSession {
    /** A window holds at most this many events of one step; larger steps are cut and say so. */
    public static final int EVENT_CAP = 2_000_000;

    /** What changed, from the largest change to the smallest. */
    public enum Change { LESSON, RECORDING, POSITION }

    public interface Listener {
        void sessionChanged(Change change);
    }

    private final List<Listener> listeners = new ArrayList<>();
    private Lesson original;
    private Lesson lesson;
    private int epoch;
    private TrainingState stepState;
    private TrainingStep step;
    private EventLog log;
    private ReplayCursor cursor;

    public StepSession(Lesson lesson) {
        open(lesson);
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    /** Forgets every listener: the window that added them is being replaced (a new language). */
    public void removeAllListeners() {
        listeners.clear();
    }

    /** Shows a new lesson from its first step, cursor at the start. */
    public void open(Lesson newLesson) {
        original = newLesson;
        lesson = newLesson;
        epoch = 0;
        stepState = newLesson.startState();
        step = newLesson.newStep();
        record(ReplayCursor.START);
        fire(Change.LESSON);
    }

    /** Back to the lesson as it was opened: its inputs, targets and starting parameters. */
    public void reset() {
        open(original);
    }

    /** Shows the step of {@code atEpoch} from a finished training run of this lesson. */
    public void showEpoch(TrainingRun run, int atEpoch) {
        epoch = atEpoch;
        stepState = run.stateAt(atEpoch);
        record(ReplayCursor.START);
        fire(Change.RECORDING);
    }

    /** Changes a starting parameter of the shown step and re-records it; the cursor keeps its place. */
    public void setParameter(int parameter, double value) {
        stepState.parameters()[parameter] = value;
        if (epoch == 0) {
            lesson = lesson.withInitialParameters(stepState.parameters());
        }
        rerecord();
    }

    /** Changes an input or a target of one sample and re-records the step. */
    public void setData(int sample, int index, boolean target, double value) {
        Dataset data = lesson.data().with(sample, index, target, value);
        lesson = lesson.withData(data);
        step = lesson.newStep();
        rerecord();
    }

    /** Changes the optimizer and epoch count used by the next training run and by the update shown. */
    public void setTraining(Training training) {
        boolean sameStep = training.optimizer().equals(lesson.training().optimizer());
        lesson = lesson.withTraining(training);
        // The epoch count is not part of the recorded step; an unchanged optimizer records the same events.
        if (!sameStep) {
            step = lesson.newStep();
            stepState = stepState.keptFor(training.optimizer());
            rerecord();
        }
    }

    private void rerecord() {
        record(cursor.position());
        fire(Change.RECORDING);
    }

    private void record(int position) {
        log = Recordings.record(step, stepState, epoch, 1, EVENT_CAP);
        cursor = new ReplayCursor(log);
        cursor.seek(position);
    }

    /** Moves the cursor; every move goes through here so the panels hear of it. */
    public void seek(int event) {
        int before = cursor.position();
        cursor.seek(event);
        if (cursor.position() != before) {
            fire(Change.POSITION);
        }
    }

    /** Applies a cursor movement (step, phase jump, …) and tells the listeners if it moved. */
    public void move(ToIntFunction<ReplayCursor> movement) {
        int before = cursor.position();
        movement.applyAsInt(cursor);
        if (cursor.position() != before) {
            fire(Change.POSITION);
        }
    }

    private void fire(Change change) {
        for (Listener l : List.copyOf(listeners)) {
            l.sessionChanged(change);
        }
    }

    /** The lesson as edited so far. */
    public Lesson lesson() {
        return lesson;
    }

    /**
     * True while the recorded step is the lesson's own first step: epoch 0, with the weights, data
     * and optimizer the file gives (a lesson's guide and its questions are written for it).
     */
    public boolean showsLessonAsWritten() {
        return epoch == 0 && lesson.data() == original.data()
                && lesson.training().optimizer().equals(original.training().optimizer())
                && java.util.Arrays.equals(lesson.initialParameters(), original.initialParameters());
    }

    /** The lesson as it was opened. */
    public Lesson originalLesson() {
        return original;
    }

    public int epoch() {
        return epoch;
    }

    public EventLog log() {
        return log;
    }

    /** The cursor, to read; move it with {@link #seek} so listeners hear of it. */
    public ReplayCursor cursor() {
        return cursor;
    }

    /**
     * The sample whose numbers the panels show: the active event's, or the first one at the start
     * and during the update, which concerns the whole batch.
     */
    public int shownSample() {
        return cursor.atStart() || cursor.currentEvent().sample() < 0 ? 0 : cursor.currentEvent().sample();
    }

    /** The parameters the shown step started from. */
    public double[] stepParameters() {
        return stepState.parameters().clone();
    }
}
