package org.backstep.ui.session;

import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.backstep.engine.NetworkShape;
import org.backstep.engine.TrainingRun;
import org.backstep.lesson.Lesson;
import org.backstep.replay.ReplayCursor;
import org.backstep.replay.landscape.Landscape;
import org.backstep.replay.landscape.LandscapePath;
import org.backstep.replay.landscape.RunPath;
import org.backstep.replay.landscape.SteepestPair;
import org.backstep.trace.EventLog;

/**
 * What the landscape tab shows, without Swing: which two parameters (the student's pick, or the
 * two steepest when a lesson opens or on asking), which path (the last training run of this
 * lesson as it starts now, or else the shown step's own update), where the marker stands (the
 * two parameters at the cursor), and whether what was drawn is out of date. The grid is worked
 * out by the job it makes, on any thread; everything else here is the Swing thread's.
 */
public final class LandscapeChoice {
    /** An axis of the landscape. */
    public enum Axis { ACROSS, UP }

    /** The inputs of one drawing; another drawing is needed when any of them is another object. */
    public record Inputs(Lesson lesson, EventLog log, int across, int up, TrainingRun run) {
        public boolean sameAs(Inputs other) {
            return other != null && lesson == other.lesson && log == other.log && across == other.across
                    && up == other.up && run == other.run;
        }
    }

    /** Work that draws a landscape: run it on any thread; it stops between rows once {@code cancelled} says so. */
    public interface Job {
        Landscape run(BooleanSupplier cancelled, IntConsumer rowsDone);
    }

    private final StepSession session;
    private final Supplier<TrainingRun> lastRun;
    /** The lesson (as opened) the pair was chosen for; another lesson gets the steepest pair again. */
    private Lesson chosenFor;
    private int across = -1;
    private int up = -1;

    /** @param lastRun the training tab's last finished run, or null (asked on the Swing thread) */
    public LandscapeChoice(StepSession session, Supplier<TrainingRun> lastRun) {
        this.session = session;
        this.lastRun = lastRun;
    }

    /** Whether the lesson trains two parameters at least: a landscape needs two. */
    public boolean hasPair() {
        follow();
        return across >= 0;
    }

    /** The parameter across (the horizontal axis); -1 without a pair. */
    public int across() {
        follow();
        return across;
    }

    /** The parameter up (the vertical axis); -1 without a pair. */
    public int up() {
        follow();
        return up;
    }

    /** The parameter on {@code axis}. */
    public int on(Axis axis) {
        return axis == Axis.ACROSS ? across() : up();
    }

    /**
     * Puts {@code parameter} on {@code axis}. Picking the other axis's parameter swaps the two, so
     * the pair always has two different parameters; a frozen parameter is refused (false).
     */
    public boolean pick(Axis axis, int parameter) {
        follow();
        NetworkShape shape = session.lesson().shape();
        if (across < 0 || parameter < 0 || parameter >= shape.parameterCount() || !shape.isTrainable(parameter)) {
            return false;
        }
        int other = axis == Axis.ACROSS ? up : across;
        int own = axis == Axis.ACROSS ? across : up;
        if (parameter == other) {
            other = own;
        }
        across = axis == Axis.ACROSS ? parameter : other;
        up = axis == Axis.ACROSS ? other : parameter;
        return true;
    }

    /** Back to the two parameters with the largest gradient at the shown step's start. */
    public void useLargestGradients() {
        Lesson lesson = session.lesson();
        int[] pair = SteepestPair.of(lesson.newStep(), session.stepParameters());
        chosenFor = session.originalLesson();
        across = pair == null ? -1 : pair[0];
        up = pair == null ? -1 : pair[1];
    }

    /** A lesson opened since the pair was chosen: its own steepest pair. */
    private void follow() {
        if (chosenFor != session.originalLesson()) {
            useLargestGradients();
        }
    }

    /** The parameters the student may pick, in the network's order: the trained ones. */
    public int[] trainable() {
        NetworkShape shape = session.lesson().shape();
        return java.util.stream.IntStream.range(0, shape.parameterCount()).filter(shape::isTrainable).toArray();
    }

    /**
     * The training tab's last run, when it trained the lesson shown as it starts now (the same
     * network, data and starting parameters); null before any run, or once the lesson was edited.
     */
    public TrainingRun run() {
        TrainingRun run = lastRun.get();
        Lesson lesson = session.lesson();
        if (run == null || run.step().data() != lesson.data() || run.step().shape() != lesson.shape()) {
            return null;
        }
        return java.util.Arrays.equals(run.parametersAt(0), lesson.initialParameters()) ? run : null;
    }

    /** What a drawing made now would be of. */
    public Inputs inputs() {
        return new Inputs(session.lesson(), session.log(), across(), up(), run());
    }

    /** The path of {@code inputs}' run, to read a slice at a time on this thread; null without a run. */
    public RunPath runPath(Inputs inputs) {
        return inputs.run() == null ? null : new RunPath(inputs.run(), inputs.across(), inputs.up());
    }

    /** The shown step's own update as a path: the pair before and after it. */
    public LandscapePath stepPath(Inputs inputs) {
        return LandscapePath.ofStep(inputs.log(), inputs.across(), inputs.up());
    }

    /**
     * The job that works out the landscape of {@code inputs} with {@code path}: every other
     * parameter held where the shown step starts, the range covering the path and the step's update.
     */
    public Job job(Inputs inputs, LandscapePath path) {
        double[] held = session.stepParameters();
        LandscapePath update = stepPath(inputs);
        double[][] alsoShow = new double[update.size()][];
        for (int k = 0; k < update.size(); k++) {
            alsoShow[k] = new double[] {update.xs()[k], update.ys()[k]};
        }
        // A step of its own: the session's belongs to the Swing thread.
        var step = inputs.lesson().newStep();
        return (cancelled, rowsDone) -> Landscape.compute(step, held, inputs.across(), inputs.up(), path, alsoShow,
                cancelled, rowsDone);
    }

    /** Where the cursor stands in the plane: the pair's values at its position (before or after their update). */
    public double[] marker() {
        ReplayCursor cursor = session.cursor();
        var quantities = cursor.log().quantities();
        return new double[] {cursor.value(quantities.parameterSlot(across())), cursor.value(quantities.parameterSlot(up()))};
    }

    /** The two parameters' values where the shown step starts: the point the landscape is held at. */
    public double[] start() {
        double[] p = session.stepParameters();
        return new double[] {p[across()], p[up()]};
    }
}
