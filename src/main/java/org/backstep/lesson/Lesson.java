package org.backstep.lesson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.backstep.engine.Dataset;
import org.backstep.engine.NetworkShape;
import org.backstep.engine.Training;
import org.backstep.engine.TrainingState;
import org.backstep.engine.TrainingStep;

/**
 * A checked lesson, ready to train and record: its network, starting parameters (given or drawn
 * from the seed), data, training settings, and the names students see for inputs and units.
 *
 * @param source      the file name or bundled id the lesson came from, for messages
 * @param training    the optimizer and the epochs of a training run
 * @param unitNames   per layer, the display name of each unit (the last layer's are the outputs)
 * @param walkthrough the guided tour of the step, {@link Walkthrough#NONE} when the lesson has none
 * @param about       learning goals and length, for the lesson browser
 * @param language    the language the lesson is written in (a tag such as "en")
 * @param translations its texts in other languages, by language tag
 */
public record Lesson(String source, String id, String title, List<String> inputNames, List<List<String>> unitNames,
                     NetworkShape shape, double[] initialParameters, Dataset data, Training training,
                     Walkthrough walkthrough, About about, String language, Map<String, Translation> translations) {

    /**
     * What a lesson browser shows besides the title.
     *
     * @param goals   what a student should be able to do afterwards (may be empty)
     * @param minutes about how long the lesson takes, or 0 when the lesson does not say
     */
    public record About(List<String> goals, int minutes) {
        public static final About NONE = new About(List.of(), 0);

        public About {
            goals = List.copyOf(goals);
        }
    }

    public Lesson {
        inputNames = List.copyOf(inputNames);
        unitNames = unitNames.stream().map(List::copyOf).toList();
        initialParameters = initialParameters.clone();
        translations = java.util.Collections.unmodifiableMap(new TreeMap<>(translations));
    }

    /** The languages this lesson can be shown in, its own first. */
    public List<String> languages() {
        List<String> all = new ArrayList<>();
        all.add(language);
        all.addAll(translations.keySet());
        return all;
    }

    /**
     * This lesson with its title, goals and walkthrough texts in {@code wanted} where it has a
     * translation, else as written. Numbers, selectors and answers stay the same.
     */
    public Lesson in(String wanted) {
        Translation t = translations.get(wanted);
        if (t == null || wanted.equals(language)) {
            return this;
        }
        List<Walkthrough.Stop> stops = new ArrayList<>();
        for (int i = 0; i < walkthrough.size(); i++) {
            stops.add(t.apply(i, walkthrough.stop(i)));
        }
        return new Lesson(source, id, t.title(), inputNames, unitNames, shape, initialParameters, data, training,
                walkthrough.isEmpty() ? walkthrough : new Walkthrough(stops),
                new About(t.goals().isEmpty() ? about.goals() : t.goals(), about.minutes()), language, translations);
    }

    /**
     * This lesson with {@code stop} added to its walkthrough in step order; translations get an
     * untranslated entry at the same place, so they stay aligned with the stops.
     */
    public Lesson withStop(Walkthrough.Stop stop, org.backstep.trace.EventLog log) {
        Walkthrough more = walkthrough.withStop(stop, log);
        int index = more.stops().indexOf(stop);
        Map<String, Translation> aligned = new LinkedHashMap<>();
        translations.forEach((tag, t) -> aligned.put(tag, t.withUntranslatedStop(index)));
        return new Lesson(source, id, title, inputNames, unitNames, shape, initialParameters, data, training,
                more, about, language, aligned);
    }

    /** A copy of the starting parameters, in the order of {@link NetworkShape}. */
    @Override
    public double[] initialParameters() {
        return initialParameters.clone();
    }

    /** This lesson starting from other parameters (for edits in the debugger). */
    public Lesson withInitialParameters(double[] parameters) {
        if (parameters.length != shape.parameterCount()) {
            throw new IllegalArgumentException("expected " + shape.parameterCount() + " parameters");
        }
        return new Lesson(source, id, title, inputNames, unitNames, shape, parameters, data, training,
                walkthrough, about, language, translations);
    }

    /** This lesson with other samples of the same widths. */
    public Lesson withData(Dataset newData) {
        if (newData.inputWidth() != shape.inputs() || newData.targetWidth() != shape.outputs()) {
            throw new IllegalArgumentException("the data do not fit the network");
        }
        return new Lesson(source, id, title, inputNames, unitNames, shape, initialParameters, newData, training,
                walkthrough, about, language, translations);
    }

    /** This lesson with other training settings. */
    public Lesson withTraining(Training newTraining) {
        return new Lesson(source, id, title, inputNames, unitNames, shape, initialParameters, data, newTraining,
                walkthrough, about, language, translations);
    }

    /** This lesson trained with the same optimizer at another step size. */
    public Lesson withLearningRate(double rate) {
        return withTraining(training.withOptimizer(training.optimizer().withLearningRate(rate)));
    }

    /** A new step computer for this lesson (each holds its own work arrays). */
    public TrainingStep newStep() {
        return new TrainingStep(shape, data, training.optimizer(), training.batching());
    }

    /**
     * The lesson's own first step, recorded (at most {@code cap} events): what its walkthrough and
     * worksheet are written for.
     */
    public org.backstep.trace.EventLog recordFirstStep(int cap) {
        return org.backstep.trace.Recordings.record(newStep(), startState(), 1, cap);
    }

    /** The state training starts from: the starting parameters, and the optimizer's state at zero. */
    public TrainingState startState() {
        return TrainingState.start(initialParameters, training.optimizer());
    }
}
