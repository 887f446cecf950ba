package org.backstep.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import org.backstep.engine.Limits;
import org.backstep.engine.NetworkShape;
import org.backstep.engine.Optimizer;
import org.backstep.engine.Training;
import org.backstep.engine.TrainingRun;
import org.backstep.engine.TrainingStep;
import org.backstep.lesson.Lesson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the lesson and print the loss of all the data before the first epoch and after each of N.")
final class TrainCommand extends LessonCommand {
    /** Output formats. */
    enum Format { CSV, JSON }

    @Option(names = "--epochs", paramLabel = "N", description = "number of epochs, each one step per batch (default: the lesson's)")
    Integer epochs;

    @Option(names = "--learning-rate", paramLabel = "ETA", description = "step size (default: the lesson's)")
    Double learningRate;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "csv (default: epoch,loss) or json (losses, parameters and outputs after N updates)")
    Format format = Format.CSV;

    @Option(names = "--per-step",
            description = "also each step's batch loss, before its update: csv step,epoch,batchLoss instead of "
                    + "epoch,loss; json \"stepLosses\" beside \"losses\"")
    boolean perStep;

    @Override
    String usageProblem() {
        if (epochs != null && !Limits.epochsAllowed(epochs)) {
            return "--epochs " + Limits.epochsRule();
        }
        if (learningRate != null && !Optimizer.LEARNING_RATE.accepts(learningRate)) {
            return "--learning-rate " + Optimizer.LEARNING_RATE.problem(learningRate);
        }
        return null;
    }

    @Override
    int run(Lesson l) throws IOException {
        Training asked = l.training();
        if (epochs != null) {
            asked = asked.withEpochs(epochs);
        }
        if (learningRate != null) {
            asked = asked.withOptimizer(asked.optimizer().withLearningRate(learningRate));
        }
        Lesson trained = l.withTraining(asked);
        TrainingStep step = trained.newStep();
        TrainingRun run = TrainingRun.train(step, trained.startState(), asked.epochs());
        PrintStream out = BackstepCommand.out(spec);
        double[] losses = run.losses();
        if (perStep && !run.keptEveryStepLoss()) {
            complain("only the first " + run.stepLosses().length + " batch losses are kept; the rest are left out");
        }
        if (format == Format.CSV) {
            out.print(perStep ? stepTable(run) : epochTable(losses));
            out.flush();
        } else {
            writeJson(out, run, step, losses, perStep);
        }
        if (run.divergedAt() >= 0) {
            complain("training diverged at epoch " + run.divergedAt() + ": the loss is no longer a finite number"
                    + firstBadNumber(run, step) + "; try a smaller learning rate (now " + asked.optimizer().learningRate() + ")");
        }
        return Cli.OK;
    }

    private static StringBuilder epochTable(double[] losses) {
        StringBuilder sb = new StringBuilder("epoch,loss\n");
        for (int e = 0; e < losses.length; e++) {
            sb.append(e).append(',').append(losses[e]).append('\n');
        }
        return sb;
    }

    private static StringBuilder stepTable(TrainingRun run) {
        int perEpoch = run.step().stepsPerEpoch();
        double[] steps = run.stepLosses();
        StringBuilder sb = new StringBuilder("step,epoch,batchLoss\n");
        for (int k = 0; k < steps.length; k++) {
            sb.append(k).append(',').append(k / perEpoch).append(',').append(steps[k]).append('\n');
        }
        return sb;
    }

    /** The most events the CLI records again to say where a diverged run broke. */
    private static final int WHY_CAP = 2_000_000;

    /**
     * Where the broken step first went out of range, named as the trace names it
     * ("; the first number out of range: z2[0] = 1.52e+154 (too large), event 7 of epoch 177").
     */
    private static String firstBadNumber(TrainingRun run, TrainingStep step) {
        return org.backstep.replay.Divergence.of(run, WHY_CAP)
                .filter(org.backstep.replay.Divergence::hasEvent)
                .map(d -> "; the first number out of range: "
                        + step.quantities().name(d.slot())
                        + " = " + org.backstep.engine.Numbers.format(d.value(), 6) + " (" + d.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                        + "), event " + (d.event() + 1) + " of " + (step.stepsPerEpoch() == 1 ? "epoch " + d.epoch()
                        : "step " + d.step() + " (epoch " + d.step() / step.stepsPerEpoch() + ")"))
                .orElse("");
    }

    private static void writeJson(PrintStream out, TrainingRun run, TrainingStep step, double[] losses,
                                  boolean perStep) throws IOException {
        NetworkShape shape = step.shape();
        double[] params = run.parametersAt(run.completedEpochs());
        try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeArrayFieldStart("losses");
            for (double loss : losses) {
                json.writeNumber(loss);
            }
            json.writeEndArray();
            if (perStep) {
                json.writeNumberField("stepsPerEpoch", step.stepsPerEpoch());
                json.writeArrayFieldStart("stepLosses");
                for (double loss : run.stepLosses()) {
                    json.writeNumber(loss);
                }
                json.writeEndArray();
            }
            json.writeObjectFieldStart("parameters");
            for (int p = 0; p < params.length; p++) {
                json.writeNumberField(shape.parameterName(p), params[p]);
            }
            json.writeEndObject();
            json.writeArrayFieldStart("outputs");
            for (double[] row : step.outputs(params)) {
                json.writeArray(row, 0, row.length);
            }
            json.writeEndArray();
            if (run.divergedAt() >= 0) {
                json.writeNumberField("divergedAt", run.divergedAt());
            }
            json.writeEndObject();
            json.writeRaw('\n');
        }
        out.flush();
    }
}
