package org.backstep.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.backstep.engine.TrainingRun;
import org.backstep.lesson.Lesson;
import org.backstep.trace.EventLog;
import org.backstep.trace.Recordings;
import org.backstep.trace.TraceWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "Print every operation of one training step: forward pass, loss, backward pass, update.")
final class TraceCommand extends LessonCommand {
    @Mixin
    StepOptions at = new StepOptions();

    @Option(names = "--format", paramLabel = "FORMAT", description = "jsonl (default), table or csv")
    TraceWriter.Format format = TraceWriter.Format.JSONL;

    @Option(names = "--max-events", paramLabel = "N",
            description = "stop recording after N events (default: ${DEFAULT-VALUE})")
    int maxEvents = EventLog.DEFAULT_CAP;

    @Override
    String usageProblem() {
        String problem = at.problem();
        if (problem != null) {
            return problem;
        }
        return maxEvents >= 1 ? null : "--max-events must be at least 1";
    }

    @Override
    int run(Lesson l) throws IOException {
        TrainingRun run = at.trainTo(l, l.newStep(), this::complain);
        if (run == null) {
            return Cli.CHECK_FAILED;
        }
        EventLog log = Recordings.recordStep(run, at.stepIn(run.step().stepsPerEpoch()), maxEvents);
        OutputStream out = new BufferedOutputStream(BackstepCommand.out(spec), 1 << 16);
        TraceWriter.write(log, format, out);
        out.flush();
        if (log.isTruncated()) {
            complain(TraceWriter.truncationMessage(log));
        }
        return Cli.OK;
    }
}
