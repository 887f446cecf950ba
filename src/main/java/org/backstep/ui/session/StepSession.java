package org.backstep.ui.session;

import java.util.ArrayDeque;
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
 * happen here. Listeners are told on the thread that made the change (the Swing thread), one
 * change after another: a change a listener makes while it is being told is queued and told to
 * everyone once the change before has reached every listener, never inside it.
 */
public final class StepSession {
    /** A window holds at most this many events of one step; larger steps are cut and say so. */
    public static final int EVENT_CAP = 2_000_000;

    /** What changed, from the largest change to the smallest. */
    public enum Change { LESSON, RECORDING, POSITION }

    /** Told of every change; {@code origin} is whoever made it and said so (null: the student, by default). */
    public interface Listener {
        void sessionChanged(Change change, Object origin);
    }

    /**
     * Holds the cursor back while a question of the lesson's guide is open: no move goes past
     * {@link #limit()} while the step shown is the lesson as written (the step the questions are
     * about), and a move that wanted to is told to {@link #heldBack}.
     */
    public interface Gate {
        /** The furthest position the cursor may stand at now; {@code Integer.MAX_VALUE} when nothing is open. */
        int limit();

        /** A move asked to go past the limit and was stopped there (or did not happen). */
        void heldBack(Object origin);
    }

    private record Delivery(Change change, Object origin) {
    }

    private final List<Listener> listeners = new ArrayList<>();
    private final ArrayDeque<Delivery> queued = new ArrayDeque<>();
    private boolean delivering;
    private Lesson original;
    private Lesson lesson;
    /** The shown step, counted over the whole run (with full batch, its epoch). */
    private int shownStep;
    private TrainingState stepState;
    private TrainingStep step;
    private EventLog log;
    private ReplayCursor cursor;
    private Gate gate;

    public StepSession(Lesson lesson) {
        open(lesson);
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    /** Stops telling {@code listener}; a change being delivered does not reach it any more. */
    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** Forgets every listener: the window that added them is being replaced (a new language). */
    public void removeAllListeners() {
        listeners.clear();
    }

    /** The gate every move goes through from now on (null: none); the cursor is brought within it. */
    public void setGate(Gate newGate) {
        gate = newGate;
        if (cursor.position() > limit()) {
            cursor.seek(limit());
            fire(Change.POSITION, null);
        }
    }

    /** How far the cursor may go now: the gate's limit while the step is the lesson as written. */
    public int limit() {
        return gate == null || !showsLessonAsWritten() ? Integer.MAX_VALUE : gate.limit();
    }

    /** Shows a new lesson from its first step, cursor at the start. */
    public void open(Lesson newLesson) {
        original = newLesson;
        lesson = newLesson;
        shownStep = 0;
        stepState = newLesson.startState();
        step = newLesson.newStep();
        record(ReplayCursor.START);
        fire(Change.LESSON, null);
    }

    /** Back to the lesson as it was opened: its inputs, targets and starting parameters. */
    public void reset() {
        open(original);
    }

    /**
     * Shows the first step of epoch {@code atEpoch} from a finished training run of this lesson;
     * see {@link #showStep}.
     */
    public boolean showEpoch(TrainingRun run, int atEpoch) {
        return showStep(run, atEpoch * run.step().stepsPerEpoch());
    }

    /**
     * Shows step {@code k} from a finished training run of this lesson; held back (and false) while
     * a question of the lesson's own first step is open, since later steps give its answer away.
     */
    public boolean showStep(TrainingRun run, int k) {
        if (k != shownStep && limit() != Integer.MAX_VALUE) {
            gate.heldBack(null);
            return false;
        }
        shownStep = k;
        stepState = run.stateAtStep(k);
        record(ReplayCursor.START);
        fire(Change.RECORDING, null);
        return true;
    }

    /** Changes a starting parameter of the shown step and re-records it; the cursor keeps its place. */
    public void setParameter(int parameter, double value) {
        stepState.parameters()[parameter] = value;
        if (shownStep == 0) {
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

    /**
     * Changes the optimizer, batches and epoch count used by the next training run and by the
     * update shown. With other batches the shown step becomes the first of its epoch.
     */
    public void setTraining(Training training) {
        boolean sameStep = training.sameStepAs(lesson.training());
        int shownEpoch = epoch();
        lesson = lesson.withTraining(training);
        // The epoch count is not part of the recorded step; an unchanged step records the same events.
        if (!sameStep) {
            step = lesson.newStep();
            shownStep = shownEpoch * step.stepsPerEpoch();
            stepState = stepState.keptFor(training.optimizer());
            rerecord();
        }
    }

    private void rerecord() {
        // An edit back to the lesson as written brings its open questions back, and the gate with them.
        record(Math.min(cursor.position(), limit()));
        fire(Change.RECORDING, null);
    }

    private void record(int position) {
        log = Recordings.record(step, stepState, shownStep, 1, EVENT_CAP);
        cursor = new ReplayCursor(log);
        cursor.seek(position);
    }

    /** Moves the cursor; every move goes through here so the panels hear of it. */
    public void seek(int event) {
        seek(event, null);
    }

    /** Moves the cursor for {@code origin}, which can tell its own moves from the student's. */
    public void seek(int event, Object origin) {
        move(c -> c.seek(event), origin);
    }

    /** Applies a cursor movement (step, phase jump, …) and tells the listeners if it moved. */
    public void move(ToIntFunction<ReplayCursor> movement) {
        move(movement, null);
    }

    /**
     * Applies a movement for {@code origin}. A movement that would end past the gate's limit ends
     * at the limit instead (or stays, if it started there) and the gate is told after the move.
     */
    public void move(ToIntFunction<ReplayCursor> movement, Object origin) {
        int before = cursor.position();
        int limit = limit();
        movement.applyAsInt(cursor);
        boolean held = cursor.position() > limit && cursor.position() > before;
        if (held) {
            cursor.seek(Math.max(limit, Math.min(before, cursor.position())));
        }
        if (cursor.position() != before) {
            fire(Change.POSITION, origin);
        }
        if (held) {
            gate.heldBack(origin);
        }
    }

    /** Whether a move to {@code position} would be held back by the gate. */
    public boolean wouldHold(int position) {
        return position > limit() && position > cursor.position();
    }

    private void fire(Change change, Object origin) {
        queued.add(new Delivery(change, origin));
        if (delivering) {
            return;
        }
        delivering = true;
        try {
            Delivery next;
            while ((next = queued.poll()) != null) {
                for (Listener l : List.copyOf(listeners)) {
                    if (listeners.contains(l)) {
                        l.sessionChanged(next.change(), next.origin());
                    }
                }
            }
        } finally {
            delivering = false;
            queued.clear();
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
        return shownStep == 0 && lesson.data() == original.data()
                && lesson.training().sameStepAs(original.training())
                && java.util.Arrays.equals(lesson.initialParameters(), original.initialParameters());
    }

    /** The lesson as it was opened. */
    public Lesson originalLesson() {
        return original;
    }

    /** The epoch of the shown step. */
    public int epoch() {
        return place().epoch();
    }

    /** The shown step, counted over the whole run from 0 (with full batch, the epoch). */
    public int shownStep() {
        return shownStep;
    }

    public EventLog log() {
        return log;
    }

    /** The cursor, to read; move it with {@link #seek} so listeners hear of it. */
    public ReplayCursor cursor() {
        return cursor;
    }

    /**
     * The sample whose numbers the panels show: the active event's, or the batch's first one at
     * the start and during the update, which concerns the whole batch. (With mini-batches the
     * batch may not hold sample 0, whose numbers this step never computes.)
     */
    public int shownSample() {
        if (!cursor.atStart() && cursor.currentEvent().sample() >= 0) {
            return cursor.currentEvent().sample();
        }
        return log.size() > 0 ? log.place(0).firstSample() : 0;
    }

    /** Where the shown step stands: its number, its epoch, and which batch of the epoch it takes. */
    public BatchPlace place() {
        return BatchPlace.of(shownStep, step.stepsPerEpoch());
    }

    /** The parameters the shown step started from. */
    public double[] stepParameters() {
        return stepState.parameters().clone();
    }
}
